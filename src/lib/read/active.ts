/** 二、主动公开政府信息情况: six rows, documents with three counts, the rest one value. */
import { ACTIVE_ROWS, DOCUMENT_COLUMNS, type ActiveRowId } from '../model/catalogue.ts';
import { labelKey, type Cell } from './cells.ts';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import { TABLE_NAMES } from '../diagnostics/messages.ts';
import type { ActiveDisclosure } from '../model/schema.ts';
import { FEE_DECIMALS } from '../model/numbers.ts';
import { readTable, type TableRowDef } from './table.ts';

const DEFS: TableRowDef<ActiveRowId>[] = ACTIVE_ROWS.map((r) => ({
  id: r.id,
  key: r.key,
  label: r.label,
  columns: r.columns.length ? DOCUMENT_COLUMNS.map((c) => c.label) : [r.id === 'fees' ? '本年收费金额（万元）' : '本年处理决定数量'],
  decimals: r.id === 'fees' ? FEE_DECIMALS : 0,
}));

/** Where each value of the table was read, for positioned checks across years. */
export type ActiveCells = Partial<Record<ActiveRowId, Cell[]>>;

export interface ActiveRead {
  value?: ActiveDisclosure;
  /** Where each value was read. */
  cells: ActiveCells;
}

/** The table's own headings, never a row's label: in text copied from a PDF they fall between a label and its value. */
const HEADING = /^(?:信息内容|本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额(?:单位)?(?:万元)?|第二十条第[一二三四五六七八九十]+项)$/;

export function readActive(cells: readonly Cell[], end: Position, diagnostics: Diagnostic[]): ActiveRead {
  const labelled = cells.filter((c) => c.kind === 'value' || !HEADING.test(labelKey(c.text)));
  const rows = readTable(TABLE_NAMES.active_disclosure, labelled, DEFS, end, diagnostics);
  const located = Object.fromEntries([...rows].map(([id, r]) => [id, r.cells]));
  if (rows.size !== DEFS.length) return { cells: located };
  const v = (id: ActiveRowId) => rows.get(id)!.values;
  const documents = (id: ActiveRowId) => {
    const [issued, repealed, in_force] = v(id) as [number, number, number];
    return { issued, repealed, in_force };
  };
  const value = {
    regulations: documents('regulations'),
    normative_documents: documents('normative_documents'),
    licensing: v('licensing')[0]!,
    penalty: v('penalty')[0]!,
    coercion: v('coercion')[0]!,
    fees: v('fees')[0]!,
  };
  return { value, cells: located };
}
