/** Words and rows of a body's page built from its records. */
import { formatCount } from '../charts/format.ts';
import type { BodyRecord, ReportRecord } from '../corpus/load.ts';
import { keyFigures, type KeyFigures } from '../model/report-stats.ts';
import { yearSpan } from './summaries.ts';

export interface ReportFlag {
  kind: 'correction' | 'waiver' | 'warning';
  label: string;
}

export interface ReportRow {
  id: string;
  year: number;
  figures: KeyFigures;
  flags: ReportFlag[];
}

/** What a reader should know before quoting a report: the portal corrected, waived or warned about something. */
export function reportFlags(r: ReportRecord): ReportFlag[] {
  const flags: ReportFlag[] = [];
  if (r.corrections.length) flags.push({ kind: 'correction', label: `更正 ${r.corrections.length} 处` });
  if (r.waivers.length) flags.push({ kind: 'waiver', label: `豁免 ${r.waivers.length} 处` });
  const warnings = r.warnings.length - r.waivers.length;
  if (warnings > 0) flags.push({ kind: 'warning', label: `警告 ${warnings} 条` });
  return flags;
}

/** Newest first: a reader usually wants the latest report. */
export const reportRows = (reports: readonly ReportRecord[]): ReportRow[] =>
  [...reports]
    .sort((a, b) => b.report.year - a.report.year)
    .map((r) => ({ id: r.id, year: r.report.year, figures: keyFigures(r.report), flags: reportFlags(r) }));

export function bodyDescription(body: BodyRecord, reports: readonly ReportRecord[]): string {
  if (!reports.length) return `${body.meta.name}：本站尚未收录其政府信息公开工作年度报告。`;
  const span = yearSpan(reports.map((r) => r.report.year));
  const received = reports.reduce((s, r) => s + r.report.applications.received.total, 0);
  return `${body.meta.name} ${span}的政府信息公开工作年度报告（${reports.length} 份）：共新收申请 ${formatCount(received)} 件，附历年趋势图、统计表和数据下载。`;
}
