/**
 * Read a hand-written YAML metadata file against a zod schema, turning
 * syntax errors and schema violations into positioned diagnostics.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { diagnostic, type Diagnostic, type RuleId } from '../diagnostics/diagnostic.ts';

z.config(z.locales.zhCN());

export type YamlRead<T> = { ok: true; value: T; lineOf: (path: readonly (string | number)[]) => number } | { ok: false; diagnostics: Diagnostic[] };

export function readYaml<S extends z.ZodType>(text: string, schema: S, rule: RuleId): YamlRead<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) => {
        // linePos is only filled with prettyErrors, which also rewrites the message; ask the counter.
        const pos = lineCounter.linePos(e.pos[0]);
        return diagnostic('error', rule, { line: pos.line, column: pos.col }, `YAML 语法错误：${e.message.split('\n')[0]}`);
      }),
    };
  }
  const lineOf = (path: readonly (string | number)[]) => {
    for (let k = path.length; k >= 0; k--) {
      const node = doc.getIn(path.slice(0, k), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      diagnostics: parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const where = path.length ? `${path.join('.')}：` : '';
        return diagnostic('error', rule, { line: lineOf(path), column: 1 }, `${where}${issue.message}`);
      }),
    };
  }
  return { ok: true, value: parsed.data, lineOf };
}
