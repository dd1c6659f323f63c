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
  /** The official label: a published label that is only close to it can still name the row. */
  label?: string;
}

export interface RowRead<Id extends string = string> {
  id: Id;
  label: Cell;
  values: Cell[];
  /** The published label, when it only resembles the official one (a typo or variant). */
  variant?: string;
}

export interface RowsRead<Id extends string = string> {
  rows: RowRead<Id>[];
  /** Value cells with no row label before them that names a row. */
  strays: Array<{ label?: Cell; values: Cell[] }>;
}

/** Labels, then the values that follow them: the unit in which a table is read. */
interface Segment {
  labels: Cell[];
  values: Cell[];
}

function segmentsOf(cells: readonly Cell[]): Segment[] {
  const out: Segment[] = [];
  let seg: Segment = { labels: [], values: [] };
  for (const cell of cells) {
    if (cell.kind === 'label' && seg.values.length) {
      out.push(seg);
      seg = { labels: [], values: [] };
    }
    (cell.kind === 'label' ? seg.labels : seg.values).push(cell);
  }
  if (seg.labels.length || seg.values.length) out.push(seg);
  return out;
}

/** A label wrapped around its values (重新出 / 1 0 0 … / 具已获取信息) takes at most this many cells from after them. */
const WRAP_CELLS = 2;

export function readRows<Id extends string>(cells: readonly Cell[], patterns: readonly RowPattern<Id>[]): RowsRead<Id> {
  const rows: RowRead<Id>[] = [];
  const strays: RowsRead<Id>['strays'] = [];
  let previous = -1;
  const push = (row: RowRead<Id>) => {
    rows.push(row);
    previous = patterns.findIndex((p) => p.id === row.id);
  };
  // Rows after the previous one whose label stands alone among the first `count` labels were printed without values.
  const bareRows = (labels: readonly Cell[], keyOf: (i: number) => string, count: number, to: number) => {
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
  const segments = segmentsOf(cells);
  segments.forEach((seg, s) => {
    const keys: Array<string | undefined> = [];
    let labels = seg.labels;
    const keyOf = (i: number) => (keys[i] ??= labelKey(labels[i]!.text));
    if (!seg.values.length) {
      // The table's last rows may be printed without values too.
      bareRows(labels, keyOf, labels.length, patterns.length);
      return;
    }
    if (!labels.length) {
      strays.push({ values: seg.values });
      return;
    }
    let match = matchRow(labels.length, keyOf, patterns);
    const next = segments[s + 1];
    if (!match && next) {
      const wrapped = wrappedLabel(labels, next.labels, patterns);
      if (wrapped) {
        next.labels = next.labels.slice(wrapped.taken);
        labels = wrapped.labels;
        keys.length = 0;
        match = wrapped.match;
      }
    }
    if (match) {
      bareRows(labels, keyOf, match.from, match.index);
      push({ id: patterns[match.index]!.id, label: labels[match.from]!, values: seg.values });
      return;
    }
    const variant = closestRow(labels, patterns, previous, new Set(rows.map((r) => r.id)));
    if (variant) push({ id: patterns[variant.index]!.id, label: variant.label, values: seg.values, variant: variant.label.raw });
    else strays.push({ label: labels[labels.length - 1]!, values: seg.values });
  });
  return { rows, strays };
}

/**
 * The labels before some values name no row, but with the first cells after
 * the values they do: a label that wraps around the values of its own row.
 * The cells taken must not name a row themselves, so the next row keeps its label.
 */
function wrappedLabel<Id extends string>(labels: readonly Cell[], after: readonly Cell[], patterns: readonly RowPattern<Id>[]) {
  for (let taken = 1; taken <= Math.min(WRAP_CELLS, after.length); taken++) {
    const tail = after.slice(0, taken);
    if (matchRow(tail.length, (i) => labelKey(tail[i]!.text), patterns)) return undefined;
    const joined = [...labels, ...tail];
    const match = matchRow(joined.length, (i) => labelKey(joined[i]!.text), patterns);
    // The match must start in the labels before the values, or it is the next row's label alone.
    if (match && match.from < labels.length) return { labels: joined, match, taken };
  }
  return undefined;
}

/** How alike a published label must be to the official one, and how much less alike the runner-up. */
const VARIANT_SIMILARITY = 0.75;
const VARIANT_MARGIN = 0.15;
/** The rows, counted from the last one read, that a variant label may name. */
const VARIANT_AHEAD = 2;

/**
 * A label that matches no row's key but is close to the label of a row the
 * template expects next (2.其他法律行政止公开 for 2.其他法律行政法规禁止公开).
 * Never when another row's label is about as close.
 */
function closestRow(labels: readonly Cell[], patterns: readonly RowPattern[], previous: number, seen: ReadonlySet<string>) {
  const tails = [labels.slice(-1), labels.slice(-2)].filter((t, i) => i === 0 || t.length === 2);
  for (const tail of tails) {
    const text = bareLabel(tail.map((c) => c.text).join(''));
    if (text.length < 3) continue;
    const scored = patterns
      .map((p, index) => ({ index, score: p.label ? similarity(text, officialBare(p.label)) : 0 }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || best.score < VARIANT_SIMILARITY || (second && best.score - second.score < VARIANT_MARGIN)) continue;
    const ahead = best.index - previous;
    if (ahead < 1 || ahead > VARIANT_AHEAD || seen.has(patterns[best.index]!.id)) continue;
    return { index: best.index, label: tail[0]! };
  }
  return undefined;
}

const ENUMERATORS = /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[.、．,，])+/u;

/** A label without its enumerators, punctuation and spaces: 2. 其他法律行政止公开 → 其他法律行政止公开. */
const bareLabel = (text: string) => labelKey(text.normalize('NFKC').replace(/\s+/g, '').replace(ENUMERATORS, ''));

/** The official label's last part: （三）不予公开 1.属于国家秘密 → 属于国家秘密. */
const officialBare = (label: string) => bareLabel(label.trim().split(/\s+/).pop()!);

/** Dice coefficient over the longest common subsequence: 1 for equal strings, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return (2 * row[b.length]!) / (a.length + b.length);
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
