/**
 * A report as the datasets publish it: the canonical report plus where it
 * comes from and what the portal changed or waived in it.
 */
import type { ReportRecord } from '../corpus.ts';
import type { Correction, Waiver } from '../metadata.ts';
import type { Report } from '../schema.ts';

export interface PublishedReport extends Report {
  body_id: string;
  source: string | null;
  retrieved: string | null;
  corrections: Correction[];
  waivers: Waiver[];
}

export function publishedReport(r: ReportRecord): PublishedReport {
  return {
    ...r.report,
    body_id: r.bodyId,
    source: r.source ?? null,
    retrieved: r.retrieved ?? null,
    corrections: r.corrections,
    waivers: r.waivers,
  };
}
