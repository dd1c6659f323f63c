/**
 * Read one statistical table: attribute cells to rows by label, then check
 * that each row has exactly its number of cells and each cell is a number.
 * Rows that fail are left out of the result, so the consistency rules run
 * only on rows that were read whole.
 */
import { parseNumber, type Cell } from './cells.ts';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';
import { readRows, type RowPattern } from './rows.ts';

export interface TableRowDef<Id extends string = string> extends RowPattern<Id> {
  label: string;
  /** Column labels, one per value cell. */
  columns: readonly string[];
  /** Decimal places allowed (0 for counts). */
  decimals: number;
  /** A row the table may lack: no row-missing message, and a bare label of it is passed over. */
  optional?: boolean;
}

/** This many rows missing at a table's end are reported as one cut. */
const TRUNCATED_ROWS = 3;

export interface RowValues {
  label: Cell;
  cells: Cell[];
  values: number[];
}

export function readTable<Id extends string>(
  table: string,
  cells: readonly Cell[],
  defs: readonly TableRowDef<Id>[],
  end: Position,
  diagnostics: Diagnostic[],
): Map<Id, RowValues> {
  const { rows, strays } = readRows(cells, defs);
  for (const stray of strays) {
    const at = stray.label ?? stray.values[0]!;
    diagnostics.push(diagnostic('error', 'cell-count', at, messages.strayValues(table, stray.values.length, stray.label?.raw), messages.cellCountHint));
  }
  const result = new Map<Id, RowValues>();
  const seen = new Map<Id, Cell>();
  for (const row of rows) {
    const def = defs.find((d) => d.id === row.id)!;
    if (def.optional && !row.values.length) continue;
    const first = seen.get(row.id);
    if (first) {
      diagnostics.push(diagnostic('error', 'file-layout', row.label, messages.rowDuplicate(table, def.label, first.line)));
      // Which copy is right cannot be known (a header cell such as 其他 may have named the first), so neither is used.
      result.delete(row.id);
      continue;
    }
    seen.set(row.id, row.label);
    if (row.variant !== undefined) diagnostics.push(diagnostic('warning', 'label-variant', row.label, messages.labelVariant(table, row.variant, def.label)));
    const values = checkCells(table, def, row.label, row.values, diagnostics);
    if (values) result.set(row.id, { label: row.label, cells: row.values, values });
  }
  // Rows missing from the end of a table, several of them, mean the text stops there: say so once.
  let tail = defs.length;
  while (tail > 0 && !seen.has(defs[tail - 1]!.id)) tail--;
  while (tail < defs.length && defs[tail]!.optional) tail++;
  const lost = defs.slice(tail).filter((d) => !d.optional).length;
  const cut = lost >= TRUNCATED_ROWS && tail > 0;
  defs.forEach((def, i) => {
    if (seen.has(def.id) || (cut && i > tail) || def.optional) return;
    if (cut && i === tail) {
      diagnostics.push(diagnostic('error', 'row-missing', end, messages.tableCut(table, def.label, lost), messages.tableCutHint));
      return;
    }
    const next = defs.slice(i + 1).find((d) => seen.has(d.id));
    const at = next ? seen.get(next.id)! : end;
    diagnostics.push(diagnostic('error', 'row-missing', at, messages.rowMissing(table, def.label, next?.label)));
  });
  return result;
}

function checkCells(table: string, def: TableRowDef, label: Cell, cells: readonly Cell[], diagnostics: Diagnostic[]): number[] | undefined {
  const expected = def.columns.length;
  if (cells.length !== expected) {
    // Which cell is extra or missing cannot be known, so point at the row's first value.
    const text = cells.length > expected ? messages.tooManyCells : messages.tooFewCells;
    diagnostics.push(diagnostic('error', 'cell-count', cells[0] ?? label, text(table, def.label, cells.length, expected), messages.cellCountHint));
    return undefined;
  }
  const values: number[] = [];
  let ok = true;
  cells.forEach((cell, i) => {
    // A cell printed empty counts as 0 for the rules; the report records that it was empty.
    const parsed = cell.raw === '' ? ({ ok: true, value: 0 } as const) : parseNumber(cell.text, def.decimals);
    if (parsed.ok) {
      values.push(parsed.value);
      return;
    }
    ok = false;
    const problem = def.decimals && parsed.problem === 'not-a-number' ? 'not-an-amount' : parsed.problem;
    diagnostics.push(diagnostic('error', 'cell-value', cell, messages.cellValue(table, def.label, def.columns[i] ?? '', cell.raw, messages.cellProblem[problem]!)));
  });
  return ok ? values : undefined;
}
