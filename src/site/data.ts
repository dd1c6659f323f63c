/**
 * The site's one way to the data: collections read once and cached, so
 * thousands of pages do not each call getCollection().
 */
import { getCollection } from 'astro:content';
import type { BodyRecord, ReportRecord } from '../lib/corpus.ts';

let cache: Promise<{ reports: ReportRecord[]; bodies: BodyRecord[] }> | undefined;

export function siteData() {
  cache ??= (async () => {
    const reports = (await getCollection('reports')).map((e) => e.data as unknown as ReportRecord);
    const bodies = (await getCollection('bodies')).map((e) => e.data as unknown as BodyRecord);
    reports.sort((a, b) => a.bodyId.localeCompare(b.bodyId) || a.report.year - b.report.year);
    bodies.sort((a, b) => a.id.localeCompare(b.id));
    return { reports, bodies };
  })();
  return cache;
}
