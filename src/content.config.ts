/**
 * Content collections fed by src/lib: every report under content/reports is
 * parsed and checked once; any error stops the build with every diagnostic.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { loadCorpus, type Corpus } from './lib/corpus.ts';
import { formatDiagnostic } from './lib/diagnostic.ts';

export const CONTENT_ROOT = process.env.GONGKAI_CONTENT ?? 'content/reports';

let corpus: Promise<Corpus> | undefined;
/** One read of the content root per build, shared by both collections. */
const load = () => (corpus ??= Promise.resolve().then(() => checked(loadCorpus(CONTENT_ROOT))));

function checked(c: Corpus): Corpus {
  const errors = c.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(f.path, d)));
  if (errors.length) {
    for (const line of errors) console.error(line);
    throw new Error(`${errors.length} 个错误：报告未通过检查，构建中止（见上方各行 文件:行:列）`);
  }
  return c;
}

const reportsLoader: Loader = {
  name: 'gongkai-reports',
  async load({ store, logger }) {
    const c = await load();
    store.clear();
    for (const r of c.reports) {
      for (const w of r.warnings) logger.warn(formatDiagnostic(`${CONTENT_ROOT}/${r.file}`, w));
      store.set({ id: r.id, data: r as unknown as Record<string, unknown> });
    }
  },
};

const bodiesLoader: Loader = {
  name: 'gongkai-bodies',
  async load({ store }) {
    const c = await load();
    store.clear();
    for (const b of c.bodies) store.set({ id: b.id, data: b as unknown as Record<string, unknown> });
  },
};

export const collections = {
  reports: defineCollection({ loader: reportsLoader }),
  bodies: defineCollection({ loader: bodiesLoader }),
};
