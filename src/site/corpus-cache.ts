/**
 * The content root read and checked once per process. The content loader
 * (run through Vite) and the datasets integration (loaded with the config)
 * are separate module instances, so the cache lives on globalThis: both get
 * the very same records instead of parsing thousands of reports twice.
 */
import { loadCorpus, type Corpus } from '../lib/corpus/load.ts';
import { formatDiagnostic } from '../lib/diagnostics/diagnostic.ts';

export const CONTENT_ROOT = process.env.GONGKAI_CONTENT ?? 'content/reports';

const KEY = Symbol.for('gongkai.corpus');
type Holder = { [KEY]?: Map<string, Promise<Corpus>> };

/** Any error stops the build with every diagnostic, whoever asks first. */
export function checkedCorpus(root: string = CONTENT_ROOT): Promise<Corpus> {
  const holder = globalThis as Holder;
  const byRoot = (holder[KEY] ??= new Map());
  let corpus = byRoot.get(root);
  if (!corpus) byRoot.set(root, (corpus = Promise.resolve().then(() => checked(loadCorpus(root)))));
  return corpus;
}

function checked(c: Corpus): Corpus {
  const errors = c.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(f.path, d)));
  if (errors.length) {
    for (const line of errors) console.error(line);
    throw new Error(`${errors.length} 个错误：报告未通过检查，构建中止（见上方各行 文件:行:列）`);
  }
  return c;
}
