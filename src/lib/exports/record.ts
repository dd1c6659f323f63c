/**
 * A report as the datasets publish it: the canonical report (DATA-MODEL.md),
 * then the body it belongs to, where it comes from, and what the portal
 * corrected or waived in it. Objects are rebuilt key by key so that the
 * order of keys, and with it every byte of the JSON, depends only on the
 * content, never on how the record travelled through the build.
 */
import type { ReportRecord } from '../corpus/load.ts';
import type { Body, Correction, Waiver } from '../model/metadata.ts';
import { Report } from '../model/schema.ts';

export interface PublishedBody {
  name: string;
  kind: Body['kind'];
  region: { province: string; city: string | null; county: string | null };
}

export interface PublishedReport extends Report {
  body_id: string;
  body: PublishedBody;
  source: string | null;
  retrieved: string | null;
  /** When the report was added to the portal. */
  added: string | null;
  corrections: Correction[];
  waivers: Waiver[];
}

export const publishedBody = (body: Body): PublishedBody => ({
  name: body.name,
  kind: body.kind,
  region: { province: body.region.province, city: body.region.city ?? null, county: body.region.county ?? null },
});

export function publishedReport(r: ReportRecord): PublishedReport {
  return {
    // zod returns the keys of a strict object in schema order: the canonical order.
    ...Report.parse(r.report),
    body_id: r.bodyId,
    body: publishedBody(r.body),
    source: r.source ?? null,
    retrieved: r.retrieved ?? null,
    added: r.added ?? null,
    corrections: r.corrections.map((c) => ({ line: c.line, published: c.published, corrected: c.corrected, reason: c.reason })),
    waivers: r.waivers.map((w) => ({ rule: w.rule, line: w.line, reason: w.reason })),
  };
}
