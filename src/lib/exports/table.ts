/**
 * A tabular dataset defined once: each column's name, type, Chinese title,
 * description and value together, so the CSV file and its Table Schema in
 * datapackage.json cannot drift apart.
 */
import type { BodyRecord, ReportRecord } from '../corpus/load.ts';
import { csvHead, csvRecords, type Cell } from './csv.ts';
import type { TextSink } from './sink.ts';

export interface ExportData {
  reports: readonly ReportRecord[];
  bodies: readonly BodyRecord[];
}

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'date';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  enum?: string[];
}

/** A Table Schema field descriptor. */
export interface Field {
  name: string;
  type: FieldType;
  title: string;
  description: string;
  format?: 'uri';
  constraints?: FieldConstraints;
}

export interface Column<R> extends Field {
  value: (row: R) => Cell;
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface Table {
  /** Resource name in datapackage.json. */
  name: string;
  /** File name under /data/. */
  path: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  csv: (data: ExportData) => string;
  /** BOM and header record: what every file of this table starts with. */
  head: string;
  /** The data records only, in file order, each ended by CRLF. */
  writeRecords: (data: ExportData, sink: TextSink) => void;
}

export interface TableSpec<R> extends Omit<Table, 'fields' | 'csv' | 'foreignKeys' | 'head' | 'writeRecords'> {
  columns: ReadonlyArray<Column<R>>;
  foreignKeys?: ForeignKey[];
  rows: (data: ExportData) => Iterable<R>;
}

export function defineTable<R>({ columns, rows, foreignKeys = [], ...meta }: TableSpec<R>): Table {
  const fields = columns.map(({ value: _value, ...field }) => field);
  const head = csvHead(columns.map((c) => c.name));
  const writeRecords = (data: ExportData, sink: TextSink) => {
    const record = csvRecords(columns.length);
    for (const row of rows(data)) sink.write(record(columns.map((c) => c.value(row))));
  };
  return {
    ...meta,
    fields,
    foreignKeys,
    head,
    writeRecords,
    csv: (data) => {
      const parts = [head];
      writeRecords(data, { write: (text) => parts.push(text) });
      return parts.join('');
    },
  };
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Reports in the order of every dataset: by body id, then year. */
export const sortedReports = (data: ExportData): ReportRecord[] =>
  [...data.reports].sort((a, b) => byCodeUnits(a.bodyId, b.bodyId) || a.report.year - b.report.year);

export const sortedBodies = (data: ExportData): BodyRecord[] => [...data.bodies].sort((a, b) => byCodeUnits(a.id, b.id));

/** The columns that name a report, first in every per-report table. */
export const REPORT_KEY_COLUMNS: ReadonlyArray<Column<ReportRecord>> = [
  { name: 'report_id', type: 'string', title: '报告编号', description: '报告的稳定编号（机关编号-年份），与 reports.json 的 id 和报告页面地址 /reports/<编号>/ 相同', constraints: { required: true }, value: (r) => r.id },
  { name: 'body_id', type: 'string', title: '机关编号', description: '发布报告的机关的稳定编号，见 bodies.csv', constraints: { required: true }, value: (r) => r.bodyId },
  { name: 'agency', type: 'string', title: '机关名称', description: '发布报告的机关全称', constraints: { required: true }, value: (r) => r.report.agency },
  { name: 'year', type: 'integer', title: '报告年度', description: '报告所报告的年度（不是发布年份）', constraints: { required: true }, value: (r) => r.report.year },
];

export const BODY_FOREIGN_KEY: ForeignKey = { fields: 'body_id', reference: { resource: 'bodies', fields: 'body_id' } };

/** The report key columns for rows that carry a report inside them. */
export const reportKeyColumns = <R>(recordOf: (row: R) => ReportRecord): Array<Column<R>> =>
  REPORT_KEY_COLUMNS.map((c) => ({ ...c, value: (row: R) => c.value(recordOf(row)) }));
