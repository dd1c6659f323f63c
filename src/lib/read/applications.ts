/** 三、收到和处理政府信息公开申请情况: 25 rows of 7 counts. */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, isOtherRow, OTHER_PROCESSING, OTHER_ROWS, type ApplicantColumnId, type ApplicationRowId } from '../model/catalogue.ts';
import type { Cell } from './cells.ts';
import { diagnostic, hasErrors, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { messages, TABLE_NAMES } from '../diagnostics/messages.ts';
import type { ApplicantCounts, Applications } from '../model/schema.ts';
import { readTable, type TableRowDef } from './table.ts';
import { columnOrder } from './column-order.ts';
import { placeByTemplate } from './template-order.ts';

const counts = (label: string) => ({ label, columns: APPLICANT_COLUMNS.map((c) => c.label), decimals: 0 });
const DEFS: TableRowDef<ApplicationRowId>[] = APPLICATION_ROWS.map((r) => ({ id: r.id, key: r.key, ...counts(r.label) }));

type ReadRowId = ApplicationRowId | typeof OTHER_PROCESSING.id;
/**
 * The 25 rows, with （六）其他处理 as a row of its own just before its sub-rows:
 * printed with values, it is the single row of the 2019 template; printed
 * as a bare heading over its sub-rows, it is passed over.
 */
const withCombined = (subRowsOptional: boolean): TableRowDef<ReadRowId>[] => {
  const defs: TableRowDef<ReadRowId>[] = DEFS.map((d) => (subRowsOptional && isOtherRow(d.id) ? { ...d, optional: true } : d));
  const at = defs.findIndex((d) => d.id === OTHER_ROWS[0]);
  defs.splice(at, 0, { id: OTHER_PROCESSING.id, key: OTHER_PROCESSING.key, ...counts(OTHER_PROCESSING.label), optional: true });
  return defs;
};
const SPLIT = withCombined(false);
const COMBINED = withCombined(true);

/** Where each value of the table was read, for positioned rule messages. */
export type ApplicationCells = Partial<Record<ReadRowId, Cell[]>>;

export interface ApplicationsRead {
  /** Rows read whole; the consistency rules check what is here. */
  rows: Partial<Record<ReadRowId, ApplicantCounts>>;
  cells: ApplicationCells;
  complete: boolean;
}

function readRowsOf(cells: readonly Cell[], end: Position, diagnostics: Diagnostic[]) {
  const own: Diagnostic[] = [];
  const read = readTable(TABLE_NAMES.applications, cells, SPLIT, end, own);
  const combined = read.get(OTHER_PROCESSING.id);
  if (!combined || OTHER_ROWS.some((id) => read.has(id))) {
    // Beside its sub-rows, a （六）其他处理 row with values only restates their sum.
    read.delete(OTHER_PROCESSING.id);
    return { read, own };
  }
  const again: Diagnostic[] = [];
  const asOne = readTable(TABLE_NAMES.applications, cells, COMBINED, end, again);
  again.push(diagnostic('warning', 'other-combined', combined.label, messages.otherCombined));
  return { read: asOne, own: again };
}

/** The header's column order, where it is not the template's: label cells before the first row read. */
function headerOrder(cells: readonly Cell[], read: ReadonlyMap<ReadRowId, { label: Cell }>) {
  const first = Math.min(...[...read.values()].map((r) => cells.indexOf(r.label)).filter((i) => i >= 0));
  const header = cells.slice(0, Number.isFinite(first) ? first : 0).filter((c) => c.kind === 'label');
  const order = columnOrder(header);
  if (!order) return undefined;
  const printed = APPLICANT_COLUMNS.map((c, i) => ({ label: c.short, at: order[i]! })).sort((a, b) => a.at - b.at);
  return Object.assign(order, { header: header[0]!, names: printed.map((p) => p.label) });
}

export function readApplications(cells: readonly Cell[], end: Position, diagnostics: Diagnostic[]): ApplicationsRead {
  let { read, own } = readRowsOf(cells, end, diagnostics);
  const whole = (r: Map<ReadRowId, unknown>) => DEFS.every((d) => r.has(d.id)) || (r.has(OTHER_PROCESSING.id) && DEFS.every((d) => isOtherRow(d.id) || r.has(d.id)));
  const placed = whole(read) && !hasErrors(own) ? undefined : placeByTemplate(cells, DEFS.length, APPLICANT_COLUMNS.length);
  if (placed) {
    read = new Map(DEFS.map((d, i) => [d.id, { label: placed.cells[i]![0]!, cells: placed.cells[i]!, values: placed.values[i]! }]));
    diagnostics.push(diagnostic('warning', 'template-order', placed.cells[0]![0]!, messages.templateOrder(TABLE_NAMES.applications, DEFS.length * APPLICANT_COLUMNS.length)));
  } else diagnostics.push(...own);
  const order = placed ? undefined : headerOrder(cells, read);
  if (order) {
    read = new Map([...read].map(([id, row]) => [id, { ...row, values: order.map((p) => row.values[p]!), cells: order.map((p) => row.cells[p]!) }]));
    diagnostics.push(diagnostic('warning', 'column-order', order.header, messages.columnOrder(order.names)));
  }
  const rows: ApplicationsRead['rows'] = {};
  const located: ApplicationCells = {};
  for (const [id, row] of read) {
    const counts = {} as Record<ApplicantColumnId, number>;
    APPLICANT_COLUMNS.forEach((c, i) => (counts[c.id] = row.values[i]!));
    rows[id] = counts;
    located[id] = row.cells;
  }
  return { rows, cells: located, complete: whole(read) };
}

export function applicationsOf(read: ApplicationsRead): Applications | undefined {
  if (!read.complete) return undefined;
  const out = {} as Record<string, ApplicantCounts | null>;
  const combined = read.rows[OTHER_PROCESSING.id];
  for (const r of APPLICATION_ROWS) out[r.id] = combined && isOtherRow(r.id) ? null : read.rows[r.id]!;
  if (combined) out[OTHER_PROCESSING.id] = combined;
  return out as Applications;
}
