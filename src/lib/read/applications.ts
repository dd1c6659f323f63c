/** 三、收到和处理政府信息公开申请情况: 25 rows of 7 counts. */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, type ApplicantColumnId, type ApplicationRowId } from '../model/catalogue.ts';
import type { Cell } from './cells.ts';
import { diagnostic, hasErrors, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { messages, TABLE_NAMES } from '../diagnostics/messages.ts';
import type { ApplicantCounts, Applications } from '../model/schema.ts';
import { readTable, type TableRowDef } from './table.ts';
import { placeByTemplate } from './template-order.ts';

const DEFS: TableRowDef<ApplicationRowId>[] = APPLICATION_ROWS.map((r) => ({
  id: r.id,
  key: r.key,
  label: r.label,
  columns: APPLICANT_COLUMNS.map((c) => c.label),
  decimals: 0,
}));

/** Where each value of the table was read, for positioned rule messages. */
export type ApplicationCells = Partial<Record<ApplicationRowId, Cell[]>>;

export interface ApplicationsRead {
  /** Rows read whole; the consistency rules check what is here. */
  rows: Partial<Record<ApplicationRowId, ApplicantCounts>>;
  cells: ApplicationCells;
  complete: boolean;
}

export function readApplications(cells: readonly Cell[], end: Position, diagnostics: Diagnostic[]): ApplicationsRead {
  const own: Diagnostic[] = [];
  let read = readTable(TABLE_NAMES.applications, cells, DEFS, end, own);
  const placed = read.size === DEFS.length && !hasErrors(own) ? undefined : placeByTemplate(cells, DEFS.length, APPLICANT_COLUMNS.length);
  if (placed) {
    read = new Map(DEFS.map((d, i) => [d.id, { label: placed.cells[i]![0]!, cells: placed.cells[i]!, values: placed.values[i]! }]));
    diagnostics.push(diagnostic('warning', 'template-order', placed.cells[0]![0]!, messages.templateOrder(TABLE_NAMES.applications, DEFS.length * APPLICANT_COLUMNS.length)));
  } else diagnostics.push(...own);
  const rows: ApplicationsRead['rows'] = {};
  const located: ApplicationCells = {};
  for (const [id, row] of read) {
    const counts = {} as Record<ApplicantColumnId, number>;
    APPLICANT_COLUMNS.forEach((c, i) => (counts[c.id] = row.values[i]!));
    rows[id] = counts;
    located[id] = row.cells;
  }
  return { rows, cells: located, complete: read.size === DEFS.length };
}

export function applicationsOf(read: ApplicationsRead): Applications | undefined {
  if (!read.complete) return undefined;
  const out = {} as Applications;
  for (const r of APPLICATION_ROWS) out[r.id] = read.rows[r.id]!;
  return out;
}
