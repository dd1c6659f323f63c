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
  // Each label's key is worked out once, when first needed: tables are read for every report.
  let keys: Array<string | undefined> = [];
  const keyOf = (i: number) => (keys[i] ??= labelKey(labels[i]!.text));
  let current: { values: Cell[] } | undefined;
  let previous = -1;
  const push = (row: RowRead<Id>) => {
    rows.push(row);
    previous = patterns.findIndex((p) => p.id === row.id);
  };
  // Rows after the previous one whose label stands alone among the first `count` labels were printed without values.
  const bareRows = (count: number, to: number) => {
    for (let k = previous + 1; k < to; k++) {
      const p = patterns[k]!;
      for (let i = 0; i < count; i++) {
        if (p.key.test(keyOf(i))) {
          push({ id: p.id, label: labels[i]!, values: [] });
          break;
        }
      }
    }
  };
  for (const cell of cells) {
    if (cell.kind === 'label') {
      labels.push(cell);
      continue;
    }
    if (labels.length) {
      const match = matchRow(labels.length, keyOf, patterns);
      if (match) {
        bareRows(match.from, match.index);
        current = { values: [] };
        push({ id: patterns[match.index]!.id, label: labels[match.from]!, values: current.values });
      } else {
        current = { values: [] };
        strays.push({ label: labels[labels.length - 1]!, values: current.values });
      }
      labels = [];
      keys = [];
    } else if (!current) {
      current = { values: [] };
      strays.push({ values: current.values });
    }
    current.values.push(cell);
  }
  // The table's last rows may be printed without values too.
  bareRows(labels.length, patterns.length);
  return { rows, strays };
}

/**
 * The pattern matching the shortest tail of the labels, and among those the
 * one matching latest. `from` is the first label cell of the matched tail,
 * `index` the pattern's place in `patterns`.
 */
function matchRow<Id extends string>(count: number, keyOf: (i: number) => string, patterns: readonly RowPattern<Id>[]) {
  const memo = memoFor(patterns);
  let text = '';
  for (let from = count - 1; from >= 0; from--) {
    text = keyOf(from) + text;
    let index = memo?.get(text);
    if (index === undefined) {
      index = latestMatch(text, patterns);
      if (memo) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(text, index);
      }
    }
    if (index >= 0) return { index, from };
    // A row's label spans a few cells and a few dozen characters; searching ever longer tails of a
    // long run of labels made reading quadratic (32,000 labels: 17 s, 865 MB).
    if (count - from >= MAX_TAIL_CELLS || text.length >= MAX_TAIL_CHARS) break;
  }
  return undefined;
}

/** How far back a row's label is looked for: far more than any label broken over cells or lines needs. */
const MAX_TAIL_CELLS = 32;
const MAX_TAIL_CHARS = 256;

function latestMatch(text: string, patterns: readonly RowPattern[]): number {
  let index = -1;
  let at = 0;
  for (let k = 0; k < patterns.length; k++) {
    const m = patterns[k]!.key.exec(text);
    if (m && (index < 0 || m.index + m[0].length > at)) {
      index = k;
      at = m.index + m[0].length;
    }
  }
  return index;
}

/**
 * The same labels come back in every report, so the pattern a label text
 * matches is remembered per pattern list. Only for keys without the g or y
 * flag: those carry state from one exec to the next.
 */
const memos = new WeakMap<readonly RowPattern[], Map<string, number> | null>();
const MEMO_LIMIT = 20_000;

function memoFor(patterns: readonly RowPattern[]): Map<string, number> | null {
  let memo = memos.get(patterns);
  if (memo === undefined) {
    memo = patterns.every((p) => !p.key.global && !p.key.sticky) ? new Map() : null;
    memos.set(patterns, memo);
  }
  return memo;
}
