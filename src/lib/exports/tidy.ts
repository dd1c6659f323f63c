/** reports.csv: every figure of every report, one row each (tidy data). */
import type { ReportRecord } from '../corpus/load.ts';
import { FIGURES, TABLE_LABELS, type FigureDef } from '../model/figures.ts';
import { FEE_DECIMALS } from '../model/numbers.ts';
import { BODY_FOREIGN_KEY, defineTable, reportKeyColumns, sortedReports, type Column } from './table.ts';

interface TidyRow {
  record: ReportRecord;
  figure: FigureDef;
}

const TABLE_IDS = Object.keys(TABLE_LABELS);
const tableList = Object.entries(TABLE_LABELS).map(([id, label]) => `${id}（${label}）`).join('、');

const columns: Array<Column<TidyRow>> = [
  ...reportKeyColumns((row: TidyRow) => row.record),
  { name: 'figure', type: 'string', title: '数字编号', description: '表.行.列（单值行为 表.行），与 reports-wide.csv 的列名相同', constraints: { required: true, enum: FIGURES.map((f) => f.key) }, value: (r) => r.figure.key },
  { name: 'table', type: 'string', title: '表格', description: `表格编号：${tableList}`, constraints: { required: true, enum: TABLE_IDS }, value: (r) => r.figure.table },
  { name: 'row', type: 'string', title: '行编号', description: '该表中的行编号（表四为复议、诉讼的分组）', constraints: { required: true }, value: (r) => r.figure.row },
  { name: 'row_label', type: 'string', title: '行名称', description: '该行在 2021 年版模板表格中的名称', constraints: { required: true }, value: (r) => r.figure.row_label },
  { name: 'column', type: 'string', title: '列编号', description: '该表中的列编号；只有一个数值的行（行政许可、行政处罚、行政强制、行政事业性收费）为空', value: (r) => r.figure.column },
  { name: 'column_label', type: 'string', title: '列名称', description: '该列在模板表格中的名称', constraints: { required: true }, value: (r) => r.figure.column_label },
  { name: 'value', type: 'number', title: '数值', description: `件数为非负整数；行政事业性收费为本年收费金额，单位万元，最多 ${FEE_DECIMALS} 位小数；报告把“（六）其他处理”印成一行时，其下 3 项为空（未知，不是 0），该行见 reports.json 的 applications.other_processing`, constraints: { minimum: 0 }, value: (r) => r.figure.get(r.record.report) },
];

export const TIDY_TABLE = defineTable<TidyRow>({
  name: 'reports',
  path: 'reports.csv',
  title: '全部报告的全部数字（长表）',
  description: '每份报告表二、表三、表四的每个数字一行，含报告编号、机关、年度、表格、行、列及其中文名称。适合筛选、透视和编程分析。',
  columns,
  primaryKey: ['report_id', 'figure'],
  foreignKeys: [BODY_FOREIGN_KEY, { fields: 'report_id', reference: { resource: 'reports-wide', fields: 'report_id' } }],
  rows: function* (data) {
    for (const record of sortedReports(data)) for (const figure of FIGURES) yield { record, figure };
  },
});

/** /reports/<id>.csv: the same rows for one report. */
export const reportCsv = (record: ReportRecord): string => TIDY_TABLE.csv({ reports: [record], bodies: [] });
