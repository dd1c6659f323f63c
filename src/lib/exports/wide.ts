/** reports-wide.csv: one row per report, one column per figure. */
import { FIGURES, TABLE_LABELS } from '../model/figures.ts';
import { FEE_DECIMALS } from '../model/numbers.ts';
import { BODY_KINDS } from '../model/metadata.ts';
import type { ReportRecord } from '../corpus/load.ts';
import { BODY_FOREIGN_KEY, defineTable, REPORT_KEY_COLUMNS, sortedReports, type Column } from './table.ts';

const kinds = Object.entries(BODY_KINDS).map(([id, label]) => `${id}（${label}）`).join('、');

export const BODY_KIND_FIELD = {
  name: 'kind',
  type: 'string',
  title: '机关类型',
  description: `取值：${kinds}`,
  constraints: { required: true, enum: Object.keys(BODY_KINDS) },
} as const;

export const REGION_FIELDS = [
  { name: 'province', type: 'string', title: '省级行政区', description: '机关所在的省、自治区、直辖市', constraints: { required: true } },
  { name: 'city', type: 'string', title: '地级行政区', description: '机关所在的地级市、州、盟；省级机关为空' },
  { name: 'county', type: 'string', title: '县级行政区', description: '机关所在的县、县级市、区、旗；省级和地级机关为空' },
] as const;

const figureColumns: Array<Column<ReportRecord>> = FIGURES.map((f) => ({
  name: f.key,
  type: f.unit === 'amount' ? 'number' : 'integer',
  title: f.column_label ? `${f.row_label}｜${f.column_label}` : f.row_label,
  description: `${TABLE_LABELS[f.table]}。${f.unit === 'amount' ? `单位：万元，最多 ${FEE_DECIMALS} 位小数` : '单位：件'}`,
  constraints: { required: true, minimum: 0 },
  value: (r) => f.get(r.report),
}));

export const WIDE_TABLE = defineTable<ReportRecord>({
  name: 'reports-wide',
  path: 'reports-wide.csv',
  title: '全部报告（宽表）',
  description: `每份报告一行，每个数字一列（共 ${FIGURES.length} 列，列名为 表.行.列），另有报告编号、机关、年度、地区和来源。适合在电子表格中横向比较。`,
  columns: [
    ...REPORT_KEY_COLUMNS,
    { ...BODY_KIND_FIELD, value: (r) => r.body.kind },
    { ...REGION_FIELDS[0], value: (r) => r.body.region.province },
    { ...REGION_FIELDS[1], value: (r) => r.body.region.city },
    { ...REGION_FIELDS[2], value: (r) => r.body.region.county },
    { name: 'source', type: 'string', format: 'uri', title: '原文地址', description: '机关发布该报告的网页地址；未记录时为空', value: (r) => r.source },
    { name: 'corrections', type: 'integer', title: '更正处数', description: '本站更正原文的行数；大于 0 时请在 reports.json 或报告页面查看更正记录', constraints: { required: true, minimum: 0 }, value: (r) => r.corrections.length },
    ...figureColumns,
  ],
  primaryKey: ['report_id'],
  foreignKeys: [BODY_FOREIGN_KEY],
  rows: sortedReports,
});
