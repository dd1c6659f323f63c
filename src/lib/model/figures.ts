/**
 * Every figure of a report as a flat list, in table order: the one place that
 * knows how the nested report maps to (table, row, column). Datasets, the data
 * dictionary and comparisons all read figures through here.
 */
import {
  ACTIVE_ROWS,
  ACTIVE_SCALAR_LABELS,
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DOCUMENT_COLUMNS,
} from './catalogue.ts';
import type { Report } from './schema.ts';

export type TableId = 'active_disclosure' | 'applications' | 'review_litigation';

export const TABLE_LABELS: Record<TableId, string> = {
  active_disclosure: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  review_litigation: '四、政府信息公开行政复议、行政诉讼情况',
};

export interface FigureDef {
  /** Stable key: `table.row.column`, or `table.row` for single values. */
  key: string;
  table: TableId;
  row: string;
  row_label: string;
  /** Empty for rows with a single value. */
  column: string;
  column_label: string;
  /** 'count', or 'amount' for fees in 万元. */
  unit: 'count' | 'amount';
  /** null where the report does not give the figure (a sub-row of a 其他处理 printed as one row). */
  get: (r: Report) => number | null;
}

const defs: FigureDef[] = [];
for (const row of ACTIVE_ROWS) {
  if (row.id === 'regulations' || row.id === 'normative_documents') {
    const id = row.id;
    for (const c of DOCUMENT_COLUMNS) {
      defs.push({ key: `active_disclosure.${id}.${c.id}`, table: 'active_disclosure', row: id, row_label: row.label, column: c.id, column_label: c.label, unit: 'count', get: (r) => r.active_disclosure[id][c.id] });
    }
  } else {
    const id = row.id;
    const [rowLabel, columnLabel] = ACTIVE_SCALAR_LABELS[id].split(' ') as [string, string];
    defs.push({ key: `active_disclosure.${id}`, table: 'active_disclosure', row: id, row_label: rowLabel, column: '', column_label: columnLabel, unit: id === 'fees' ? 'amount' : 'count', get: (r) => r.active_disclosure[id] });
  }
}
for (const row of APPLICATION_ROWS) {
  for (const c of APPLICANT_COLUMNS) {
    defs.push({ key: `applications.${row.id}.${c.id}`, table: 'applications', row: row.id, row_label: row.label, column: c.id, column_label: c.label, unit: 'count', get: (r) => r.applications[row.id]?.[c.id] ?? null });
  }
}
for (const g of APPEAL_GROUPS) {
  for (const c of APPEAL_COLUMNS) {
    defs.push({ key: `review_litigation.${g.id}.${c.id}`, table: 'review_litigation', row: g.id, row_label: g.label, column: c.id, column_label: c.label, unit: 'count', get: (r) => r.review_litigation[g.id][c.id] });
  }
}

/** All figure definitions, in table order (6 + 25×7 + 3×5 rows of values: 200 figures). */
export const FIGURES: readonly FigureDef[] = defs;

export const figureByKey = new Map(FIGURES.map((f) => [f.key, f]));

export interface Figure extends Omit<FigureDef, 'get'> {
  value: number | null;
}

export function figures(report: Report): Figure[] {
  return FIGURES.map(({ get, ...def }) => ({ ...def, value: get(report) }));
}
