/**
 * Read a hand-written YAML metadata file against a zod schema, turning
 * syntax errors and schema violations into positioned diagnostics.
 */
import { isAlias, LineCounter, parseDocument, visit } from 'yaml';
import { z } from 'zod';
import { diagnostic, type Diagnostic, type RuleId } from '../diagnostics/diagnostic.ts';

z.config(z.locales.zhCN());

export type YamlRead<T> = { ok: true; value: T; lineOf: (path: readonly (string | number)[]) => number } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Anchors and aliases (&a, *a) are allowed a few times; expanding a chain of
 * them doubles the data at each step, so an "alias bomb" of a few hundred bytes
 * would take gigabytes. The yaml package counts expansions against this.
 */
const MAX_ALIASES = 10;

export function readYaml<S extends z.ZodType>(text: string, schema: S, rule: RuleId): YamlRead<z.output<S>> {
  try {
    return read(text, schema, rule);
  } catch (error) {
    // Deep nesting can still exhaust the stack: a message about this file, never a crash of the loader.
    return { ok: false, diagnostics: [diagnostic('error', rule, { line: 1, column: 1 }, `YAML 无法读取：${error instanceof Error ? error.message : String(error)}`)] };
  }
}

function read<S extends z.ZodType>(text: string, schema: S, rule: RuleId): YamlRead<z.output<S>> {
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
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let at = 0;
    visit(doc, {
      Alias(_, node) {
        at = isAlias(node) && node.range ? node.range[0] : 0;
        return visit.BREAK;
      },
    });
    const pos = lineCounter.linePos(at);
    return { ok: false, diagnostics: [diagnostic('error', rule, { line: pos.line, column: pos.col }, `YAML 别名（*引用）展开过多，超过 ${MAX_ALIASES} 次：请直接写出内容，不要用 & 和 * 复用`)] };
  }
  const parsed = schema.safeParse(data ?? {});
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
