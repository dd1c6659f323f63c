/**
 * Figures printed as empty cells, by figure key (applications.granted.total):
 * the rules count them as 0, and the published data says they were blank,
 * so that a reader can tell a printed 0 from a cell left empty.
 */
import { ACTIVE_ROWS, APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS, DOCUMENT_COLUMNS, OTHER_PROCESSING } from '../model/catalogue.ts';
import type { Cell } from './cells.ts';

type Located = Partial<Record<string, Cell[]>>;

function keysOf(table: string, located: Located, rows: readonly string[], columns: ReadonlyArray<string | undefined>): string[] {
  const out: string[] = [];
  for (const row of rows) {
    located[row]?.forEach((cell, i) => {
      if (cell.raw === '') out.push([table, row, columns[i]].filter(Boolean).join('.'));
    });
  }
  return out;
}

export function blankKeys(active: Located, applications: Located, appeals: Located): string[] {
  return [
    ...ACTIVE_ROWS.flatMap((r) => keysOf('active_disclosure', active, [r.id], r.columns.length ? DOCUMENT_COLUMNS.map((c) => c.id) : [undefined])),
    ...keysOf('applications', applications, [...APPLICATION_ROWS.map((r) => r.id), OTHER_PROCESSING.id], APPLICANT_COLUMNS.map((c) => c.id)),
    ...keysOf('review_litigation', appeals, APPEAL_GROUPS.map((g) => g.id), APPEAL_COLUMNS.map((c) => c.id)),
  ];
}
