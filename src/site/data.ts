/**
 * The site's one way to the data: the corpus the content loader checked
 * (src/site/corpus-cache.ts), sorted once and cached, so thousands of pages
 * neither call getCollection() nor hold a deserialized copy of every record.
 */
import type { BodyRecord, ReportRecord } from '../lib/corpus/load.ts';
import { checkedCorpus } from './corpus-cache.ts';

let cache: Promise<{ reports: ReportRecord[]; bodies: BodyRecord[] }> | undefined;

export function siteData() {
  cache ??= (async () => {
    const corpus = await checkedCorpus();
    const reports = [...corpus.reports];
    const bodies = [...corpus.bodies];
    reports.sort((a, b) => a.bodyId.localeCompare(b.bodyId) || a.report.year - b.report.year);
    bodies.sort((a, b) => a.id.localeCompare(b.id));
    return { reports, bodies };
  })();
  return cache;
}
