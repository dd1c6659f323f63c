/**
 * The tables' own consistency rules (勾稽关系). Each runs on whatever rows
 * were read whole and reports at the cell that holds the printed total.
 */
import { APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS, isOtherRow, OTHER_PROCESSING, OUTCOME_ROWS } from '../model/catalogue.ts';
import type { ApplicantCounts } from '../model/schema.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';
import type { AppealsRead } from '../read/appeals.ts';
import type { ApplicationsRead } from '../read/applications.ts';

const TOTAL_COLUMN = APPLICANT_COLUMNS.length - 1;

export function checkApplications({ rows, cells }: ApplicationsRead): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { received, carried_over, total, carried_forward } = rows;
  APPLICANT_COLUMNS.forEach((column, i) => {
    if (received && carried_over && total && carried_forward) {
      const [a, b, c, d] = [received[column.id], carried_over[column.id], total[column.id], carried_forward[column.id]];
      if (a + b !== c + d) {
        out.push(diagnostic('error', 'applications-balance', cells.carried_forward![i]!, messages.balance(column.label, a, b, c, d), messages.balanceHint));
      }
    }
    // （六）其他处理 printed as one row stands for its three sub-rows.
    const outcomes: Array<ApplicantCounts | undefined> = rows.other_processing
      ? [...OUTCOME_ROWS.filter((r) => !isOtherRow(r.id)).map((r) => rows[r.id]), rows.other_processing]
      : OUTCOME_ROWS.map((r) => rows[r.id]);
    if (total && outcomes.every(Boolean)) {
      const sum = outcomes.reduce((s, r) => s + r![column.id], 0);
      if (sum !== total[column.id]) {
        out.push(diagnostic('error', 'applications-outcome-sum', cells.total![i]!, messages.outcomeSum(column.label, total[column.id], sum)));
      }
    }
  });
  for (const row of [...APPLICATION_ROWS, OTHER_PROCESSING]) {
    const counts = rows[row.id];
    if (!counts) continue;
    const sum = APPLICANT_COLUMNS.slice(0, TOTAL_COLUMN).reduce((s, c) => s + counts[c.id], 0);
    if (sum !== counts.total) {
      out.push(diagnostic('error', 'applications-row-total', cells[row.id]![TOTAL_COLUMN]!, messages.rowTotal(row.label, counts.total, sum)));
    }
  }
  return out;
}

export function checkAppeals({ value, cells }: AppealsRead): Diagnostic[] {
  if (!value) return [];
  const out: Diagnostic[] = [];
  for (const group of APPEAL_GROUPS) {
    const { upheld, corrected, other, pending, total } = value[group.id];
    const sum = upheld + corrected + other + pending;
    if (sum !== total) {
      out.push(diagnostic('error', 'appeals-total', cells[group.id]![4]!, messages.appealsTotal(group.label, total, sum, [upheld, corrected, other, pending])));
    }
  }
  return out;
}
