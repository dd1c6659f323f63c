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
  // zod returns the keys of a strict object in schema order: the canonical order.
  const report = Report.safeParse(r.report);
  if (!report.success) {
    // gongkai check runs this very schema, so this is a bug; it still names the file, not just a ZodError stack.
    const issues = report.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；');
    throw new Error(`content/reports/${r.file}:1:1: error: 报告数据不符合数据模型：${issues}（gongkai check 应已报告此问题，请报告给维护者） [file-layout]`);
  }
  return {
    ...report.data,
    body_id: r.bodyId,
    body: publishedBody(r.body),
    source: r.source ?? null,
    retrieved: r.retrieved ?? null,
    added: r.added ?? null,
    corrections: r.corrections.map((c) => ({ line: c.line, published: c.published, corrected: c.corrected, reason: c.reason })),
    waivers: r.waivers.map((w) => ({ rule: w.rule, line: w.line, reason: w.reason })),
  };
}
