/**
 * Checks across a body's years. What one report carries forward
 * (结转下年度继续办理) should come back as the next year's 上年结转; and in
 * table 二, what is in force at the end of a year should be what was in force
 * the year before, plus what was issued, less what was repealed. Bodies
 * restate these, so a mismatch is a warning, not an error.
 */
import { APPLICANT_COLUMNS } from '../model/catalogue.ts';
import type { ReportRecord } from '../corpus/load.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ActiveCells } from '../read/active.ts';
import type { ApplicationCells } from '../read/applications.ts';

export interface ReadCells {
  applicationCells?: ApplicationCells;
  activeCells?: ActiveCells;
}

const DOCUMENT_ROWS = [
  { id: 'regulations', label: '规章' },
  { id: 'normative_documents', label: '行政规范性文件' },
] as const;

/** The place of 现行有效件数 among a document row's three cells. */
const IN_FORCE = 2;

export function crossYear(reports: readonly ReportRecord[], cellsOf: (r: ReportRecord) => ReadCells | undefined): Array<{ record: ReportRecord; diagnostic: Diagnostic }> {
  const out: Array<{ record: ReportRecord; diagnostic: Diagnostic }> = [];
  const byKey = new Map(reports.map((r) => [`${r.bodyId}/${r.report.year}`, r]));
  for (const record of reports) {
    const previous = byKey.get(`${record.bodyId}/${record.report.year - 1}`);
    if (!previous) continue;
    const located = cellsOf(record);
    const cells = located?.applicationCells?.carried_over;
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
    for (const row of DOCUMENT_ROWS) {
      const now = record.report.active_disclosure[row.id];
      const before = previous.report.active_disclosure[row.id].in_force;
      const expected = before + now.issued - now.repealed;
      if (now.in_force === expected) continue;
      const at = located?.activeCells?.[row.id]?.[IN_FORCE] ?? { line: 1, column: 1 };
      out.push({
        record,
        diagnostic: diagnostic(
          'warning',
          'documents-in-force',
          at,
          `表二「${row.label}」行：本年现行有效 ${now.in_force} 件，但 ${previous.report.year} 年报告现行有效 ${before} 件 + 本年制发 ${now.issued} 件 − 本年废止 ${now.repealed} 件 = ${expected} 件；二者通常应相等`,
        ),
      });
    }
  }
  return out;
}
