/**
 * Values placed by the template's fixed order of rows and columns, for text
 * copied out of a PDF in reading order, where the labels drift away from
 * their values. Only when there is no doubt: exactly one value per cell of
 * the template, every one a count, and each row's last value (its 总计) the
 * sum of the others, which a value out of place almost never keeps; and only
 * for text in reading order, never to paper over a row whose label was lost.
 */
import { parseNumber, type Cell } from './cells.ts';

export interface Placed {
  cells: Cell[][];
  values: number[][];
}

/** Reading order puts each value on a line of its own; a table of rows, where a row's label was lost, does not. */
const ALONE_SHARE = 0.9;

function inReadingOrder(cells: readonly Cell[], values: readonly Cell[]): boolean {
  const perLine = new Map<number, number>();
  for (const c of cells) perLine.set(c.line, (perLine.get(c.line) ?? 0) + 1);
  return values.filter((v) => perLine.get(v.line) === 1).length >= ALONE_SHARE * values.length;
}

export function placeByTemplate(cells: readonly Cell[], rows: number, columns: number): Placed | undefined {
  const found = cells.filter((c) => c.kind === 'value');
  if (found.length !== rows * columns || !inReadingOrder(cells, found)) return undefined;
  const numbers: number[] = [];
  for (const cell of found) {
    const parsed = parseNumber(cell.text, 0);
    if (!parsed.ok) return undefined;
    numbers.push(parsed.value);
  }
  const placed: Placed = { cells: [], values: [] };
  for (let r = 0; r < rows; r++) {
    const values = numbers.slice(r * columns, (r + 1) * columns);
    const sum = values.slice(0, -1).reduce((s, v) => s + v, 0);
    if (sum !== values.at(-1)) return undefined;
    placed.values.push(values);
    placed.cells.push(found.slice(r * columns, (r + 1) * columns));
  }
  return placed;
}
