/**
 * The data dictionary the /data/ page shows, read off FIGURES so that it
 * names exactly the rows and columns the files hold.
 */
import { FIGURES, TABLE_LABELS, type TableId } from '../model/figures.ts';
import type { PublishedReport } from './record.ts';

export interface DictionaryColumn {
  id: string;
  label: string;
  /** The figure key: `table.row.column`, or `table.row`. */
  key: string;
  unit: 'count' | 'amount';
}

export interface DictionaryRow {
  id: string;
  label: string;
  columns: DictionaryColumn[];
}

export interface DictionaryTable {
  id: TableId;
  label: string;
  rows: DictionaryRow[];
  /** The columns, when every row has the same ones (tables 三 and 四). */
  sharedColumns?: Array<{ id: string; label: string }>;
}

export function dictionary(): DictionaryTable[] {
  const tables = new Map<TableId, DictionaryTable>();
  for (const f of FIGURES) {
    let table = tables.get(f.table);
    if (!table) tables.set(f.table, (table = { id: f.table, label: TABLE_LABELS[f.table], rows: [] }));
    let row = table.rows.at(-1);
    if (row?.id !== f.row) table.rows.push((row = { id: f.row, label: f.row_label, columns: [] }));
    row.columns.push({ id: f.column, label: f.column_label, key: f.key, unit: f.unit });
  }
  for (const table of tables.values()) {
    const signature = (r: DictionaryRow) => r.columns.map((c) => `${c.id}\u0000${c.label}`).join('\u0001');
    const first = table.rows[0]!;
    if (table.rows.every((r) => signature(r) === signature(first))) table.sharedColumns = first.columns.map(({ id, label }) => ({ id, label }));
  }
  return [...tables.values()];
}

/** The keys of reports.json and /reports/<id>.json, each with what it holds. */
export const PUBLISHED_KEYS: Record<keyof PublishedReport, string> = {
  schema: '数据格式版本，现为 gongkai/report@1',
  id: '报告编号（机关编号-年份）',
  agency: '机关名称',
  year: '报告年度',
  active_disclosure: '表二 主动公开：regulations、normative_documents 各含 issued、repealed、in_force；licensing、penalty、coercion 为件数；fees 为万元',
  applications: '表三 申请：行编号 → 列编号 → 件数（见下方行、列编号）；“（六）其他处理”印成一行时，其下 3 项为 null，该行在 other_processing',
  review_litigation: '表四 复议与诉讼：分组编号 → 列编号 → 件数',
  narrative: '正文：overview（一、总体情况）、problems（五、存在的主要问题及改进情况）、other_matters（六、其他需要报告的事项），各为段落数组',
  blank_cells: '原文中印成空白的格子（数字编号，如 applications.granted.total），核对时按 0 计；没有空白格时不出现',
  body_id: '机关编号',
  body: '机关：name、kind、region（province、city、county，缺省为 null）',
  source: '原文网址，未记录时为 null',
  retrieved: '获取原文的日期（YYYY-MM-DD），未记录时为 null',
  added: '收录到本站的日期（YYYY-MM-DD），未记录时为 null',
  corrections: '本站对原文的更正：line（行号）、published（原文）、corrected（更正后）、reason（理由）',
  waivers: '豁免的规则：rule（规则编号）、line（行号）、reason（理由）',
};
