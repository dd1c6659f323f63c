/** indicators.csv: every derived indicator of every report. */
import type { ReportRecord } from '../corpus/load.ts';
import { indicator, INDICATORS } from '../model/indicators.ts';
import { BODY_FOREIGN_KEY, defineTable, REPORT_KEY_COLUMNS, sortedReports, type Column } from './table.ts';

const columns: Array<Column<ReportRecord>> = INDICATORS.map((def) => ({
  name: def.id,
  type: 'number',
  title: def.label,
  description: `${def.formula}；以小数表示（0.25 即 25%），保留 6 位小数；分母为 0 时无定义，留空`,
  constraints: { minimum: 0 },
  value: (r) => indicator(def, r.report).value,
}));

export const INDICATOR_TABLE = defineTable<ReportRecord>({
  name: 'indicators',
  path: 'indicators.csv',
  title: '派生指标',
  description: '每份报告一行，每个派生指标（公开率、各类办理结果占比、复议纠错率、诉讼败诉率）一列；分母为 0 的指标留空，而不是 0。',
  columns: [...REPORT_KEY_COLUMNS, ...columns],
  primaryKey: ['report_id'],
  foreignKeys: [BODY_FOREIGN_KEY, { fields: 'report_id', reference: { resource: 'reports-wide', fields: 'report_id' } }],
  rows: sortedReports,
});
