/**
 * Content collections fed by src/lib: every report under content/reports is
 * parsed and checked once; any error stops the build with every diagnostic.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { formatDiagnostic } from './lib/diagnostics/diagnostic.ts';
import { checkedCorpus, CONTENT_ROOT } from './site/corpus-cache.ts';

export { CONTENT_ROOT };

/** One read of the content root per build, shared by both collections and the datasets integration. */
const load = () => checkedCorpus(CONTENT_ROOT);

const reportsLoader: Loader = {
  name: 'gongkai-reports',
  async load({ store, logger }) {
    const c = await load();
    store.clear();
    for (const r of c.reports) {
      for (const w of r.warnings) logger.warn(formatDiagnostic(`${CONTENT_ROOT}/${r.file}`, w));
      // The pages read whole records from the shared corpus (src/site/data.ts); storing them here
      // too cost most of the content sync and a second copy in memory at 10,000 reports.
      store.set({ id: r.id, data: { bodyId: r.bodyId, year: r.report.year, file: r.file } });
    }
  },
};

const bodiesLoader: Loader = {
  name: 'gongkai-bodies',
  async load({ store }) {
    const c = await load();
    store.clear();
    for (const b of c.bodies) store.set({ id: b.id, data: { name: b.meta.name } });
  },
};

export const collections = {
  reports: defineCollection({ loader: reportsLoader }),
  bodies: defineCollection({ loader: bodiesLoader }),
};
