/**
 * Attribute the cells of a table to its rows by their labels, never by
 * counting: the value cells that follow a label belong to that label's row.
 * A label may be broken over several cells or lines, and header cells come
 * before the first row, so the row is the one whose key phrase appears
 * latest in the labels read since the previous value.
 */
import { labelKey, type Cell } from './cells.ts';

export interface RowPattern<Id extends string = string> {
  id: Id;
  key: RegExp;
}

export interface RowRead<Id extends string = string> {
  id: Id;
  label: Cell;
  values: Cell[];
}

export interface RowsRead<Id extends string = string> {
  rows: RowRead<Id>[];
  /** Value cells with no row label before them that names a row. */
  strays: Array<{ label?: Cell; values: Cell[] }>;
}

export function readRows<Id extends string>(cells: readonly Cell[], patterns: readonly RowPattern<Id>[]): RowsRead<Id> {
  const rows: RowRead<Id>[] = [];
  const strays: RowsRead<Id>['strays'] = [];
  let labels: Cell[] = [];
  let current: { values: Cell[] } | undefined;
  const previous = () => (rows.length ? patterns.findIndex((p) => p.id === rows[rows.length - 1]!.id) : -1);
  // Rows after the previous one whose label stands alone among these labels were printed without values.
  const bareRows = (skipped: readonly Cell[], candidates: readonly RowPattern<Id>[]) => {
    for (const p of candidates) {
      const bare = skipped.find((l) => p.key.test(labelKey(l.text)));
      if (bare) rows.push({ id: p.id, label: bare, values: [] });
    }
  };
  for (const cell of cells) {
    if (cell.kind === 'label') {
      labels.push(cell);
      continue;
    }
    if (labels.length) {
      const match = matchRow(labels, patterns);
      if (match) {
        bareRows(labels.slice(0, match.from), patterns.slice(previous() + 1, patterns.indexOf(match.pattern)));
        current = { values: [] };
        rows.push({ id: match.pattern.id, label: labels[match.from]!, values: current.values });
      } else {
        current = { values: [] };
        strays.push({ label: labels[labels.length - 1]!, values: current.values });
      }
      labels = [];
    } else if (!current) {
      current = { values: [] };
      strays.push({ values: current.values });
    }
    current.values.push(cell);
  }
  // The table's last rows may be printed without values too.
  bareRows(labels, patterns.slice(previous() + 1));
  return { rows, strays };
}

/**
 * The pattern matching the shortest tail of the labels, and among those the
 * one matching latest. `from` is the first label cell of the matched tail.
 */
function matchRow<Id extends string>(labels: readonly Cell[], patterns: readonly RowPattern<Id>[]) {
  let text = '';
  for (let from = labels.length - 1; from >= 0; from--) {
    text = labelKey(labels[from]!.text) + text;
    let best: { pattern: RowPattern<Id>; at: number } | undefined;
    for (const pattern of patterns) {
      const m = pattern.key.exec(text);
      if (m && (!best || m.index + m[0].length > best.at)) best = { pattern, at: m.index + m[0].length };
    }
    if (best) return { pattern: best.pattern, from };
  }
  return undefined;
}
