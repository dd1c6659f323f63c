/**
 * 四、行政复议、行政诉讼情况: 15 counts. The model table prints them as one
 * row under a two-level header (复议 5, 直接起诉 5, 复议后起诉 5); some reports
 * transpose it into three labelled rows of five, which is read by label.
 */
import { APPEAL_COLUMNS, APPEAL_GROUPS, type AppealGroupId } from '../model/catalogue.ts';
import type { Cell } from './cells.ts';
import { diagnostic, hasErrors, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { messages, TABLE_NAMES } from '../diagnostics/messages.ts';
import { readRows } from './rows.ts';
import type { AppealCounts, ReviewLitigation } from '../model/schema.ts';
import { readTable, type TableRowDef } from './table.ts';
import { placeByTemplate } from './template-order.ts';

const FLAT: TableRowDef<'all'>[] = [
  {
    id: 'all',
    key: /.*/,
    label: '行政复议、行政诉讼数据',
    columns: APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `${g.short}·${c.label}`)),
    decimals: 0,
  },
];

const BY_GROUP: TableRowDef<AppealGroupId>[] = APPEAL_GROUPS.map((g) => ({
  id: g.id,
  key: g.key,
  label: g.label,
  columns: APPEAL_COLUMNS.map((c) => c.label),
  decimals: 0,
}));

export interface AppealsRead {
  value?: ReviewLitigation;
  cells: Partial<Record<AppealGroupId, Cell[]>>;
}

export function readAppeals(cells: readonly Cell[], end: Position, diagnostics: Diagnostic[]): AppealsRead {
  if (isTransposed(cells)) {
    const own: Diagnostic[] = [];
    const rows = readTable(TABLE_NAMES.review_litigation, cells, BY_GROUP, end, own);
    const placed = rows.size === BY_GROUP.length && !hasErrors(own) ? undefined : placeByTemplate(cells, BY_GROUP.length, APPEAL_COLUMNS.length);
    if (placed) {
      diagnostics.push(diagnostic('warning', 'template-order', placed.cells[0]![0]!, messages.templateOrder(TABLE_NAMES.review_litigation, 15)));
      return {
        value: Object.fromEntries(APPEAL_GROUPS.map((g, i) => [g.id, counts(placed.values[i]!)])) as ReviewLitigation,
        cells: Object.fromEntries(APPEAL_GROUPS.map((g, i) => [g.id, placed.cells[i]!])),
      };
    }
    diagnostics.push(...own);
    const located = Object.fromEntries([...rows].map(([id, r]) => [id, r.cells]));
    if (rows.size !== BY_GROUP.length) return { cells: located };
    return { value: Object.fromEntries(APPEAL_GROUPS.map((g) => [g.id, counts(rows.get(g.id)!.values)])) as ReviewLitigation, cells: located };
  }
  // The header is all labels; every value cell belongs to the one data row.
  const values = cells.filter((c) => c.kind === 'value');
  const flat = values.length ? [{ ...values[0]!, kind: 'label' as const, raw: '', text: '' }, ...values] : [];
  const rows = readTable(TABLE_NAMES.review_litigation, flat, FLAT, end, diagnostics);
  const row = rows.get('all');
  if (!row) return { cells: {} };
  const located = Object.fromEntries(APPEAL_GROUPS.map((g, i) => [g.id, row.cells.slice(i * 5, i * 5 + 5)]));
  const value = Object.fromEntries(APPEAL_GROUPS.map((g, i) => [g.id, counts(row.values.slice(i * 5, i * 5 + 5))])) as ReviewLitigation;
  return { value, cells: located };
}

/** Three group labels each followed by its own values. */
function isTransposed(cells: readonly Cell[]): boolean {
  const { rows } = readRows(cells, BY_GROUP);
  return new Set(rows.filter((r) => r.values.length > 0).map((r) => r.id)).size >= 2;
}

const counts = (v: number[]): AppealCounts => Object.fromEntries(APPEAL_COLUMNS.map((c, i) => [c.id, v[i]!])) as AppealCounts;
