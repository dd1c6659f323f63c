/**
 * Checks across a body's years: what one report carries forward
 * (结转下年度继续办理) should come back as the next year's 上年结转.
 * Bodies restate these, so a mismatch is a warning, not an error.
 */
import { APPLICANT_COLUMNS } from '../model/catalogue.ts';
import type { ReportRecord } from '../corpus/load.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ApplicationCells } from '../read/applications.ts';

export function crossYear(
  reports: readonly ReportRecord[],
  cellsOf: (r: ReportRecord) => ApplicationCells | undefined,
): Array<{ record: ReportRecord; diagnostic: Diagnostic }> {
  const out: Array<{ record: ReportRecord; diagnostic: Diagnostic }> = [];
  const byKey = new Map(reports.map((r) => [`${r.bodyId}/${r.report.year}`, r]));
  for (const record of reports) {
    const previous = byKey.get(`${record.bodyId}/${record.report.year - 1}`);
    if (!previous) continue;
    const cells = cellsOf(record)?.carried_over;
    APPLICANT_COLUMNS.forEach((column, i) => {
      const now = record.report.applications.carried_over[column.id];
      const before = previous.report.applications.carried_forward[column.id];
      if (now === before) return;
      const at = cells?.[i] ?? { line: 1, column: 1 };
      out.push({
        record,
        diagnostic: diagnostic(
          'warning',
          'cross-year',
          at,
          `「${column.label}」列：本年“二、上年结转”为 ${now}，但 ${previous.report.year} 年报告“四、结转下年度继续办理”为 ${before}；二者通常应相等`,
        ),
      });
    });
  }
  return out;
}
