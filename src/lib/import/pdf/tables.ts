/**
 * The lines of one table to its rows, one line each: the row's label cells
 * first, then its values, separated by tabs, as a Word table comes out.
 *
 * A PDF keeps no cells, only text at positions, so a cell's text has to be
 * put back together:
 * - A label that wraps inside its cell is printed over two or three lines,
 *   with the row's figures centred beside it, one line above and one below
 *   them: the pieces stacked in one column are one label (a piece that
 *   starts a new enumeration, 2. or （三）, starts a new label).
 * - A label printed down a narrow cell one character per line
 *   (三、/本/年/度/…) is one label.
 * - A label that spans several rows (三、本年度办理结果, （三）不予公开) is
 *   centred on them; it is put on the first of its rows, where Word puts a
 *   merged cell, so it never breaks a row of its own.
 * - A table that continues on the next page continues: a label cut by the
 *   page break is joined across it.
 */
import type { Line } from './lines.ts';
import { closeUpCjk, isCjk, joinText } from './text.ts';

interface Piece {
  text: string;
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Index of its line in the table. */
  line: number;
  value: boolean;
  /** The piece below that continues this one's cell, and the one above that this one continues. */
  next?: Piece;
  prev?: Piece;
  /** This piece is the label next to a row's figures, on the same line. */
  ownOf?: Row;
}

interface Row {
  line: number;
  page: number;
  y: number;
  /** Left edge of the first figure. */
  firstValue: number;
  own?: Label;
  groups: Label[];
}

/** One cell's text: pieces joined from top to bottom. */
interface Label {
  pieces: Piece[];
  x0: number;
  x1: number;
  text: string;
  role?: 'own' | 'group';
}

const VALUE = /^(?:[-+−]?\d[\d,，]*(?:\.\d+)?%?|[-–—－/／]+|\d[\d,.]*\s*(?:件|个|条|项|份|次|人|万元|元))$/;
/** What a new label starts with: 一、 1. （一） （1） ① 第一. */
const ENUMERATOR = /^\s*(?:[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[项条部])/;
/** The first of an enumeration. */
const FIRST = /^\s*(?:[(（]\s*[一1]\s*[)）]|[一1]\s*[、.．](?!\d)|①|第[一1][项条部])/;

/** Pieces of one cell sit at most this many font sizes apart. */
const WRAP_PITCH = 2.4;
/** In a table's header, whose cells are spaced out more, when the piece above fills its cell. */
const HEADER_WRAP_PITCH = 4;
/** WPS spreads a label written down its cell over the cell's height. */
const VERTICAL_PITCH = 4;

export function tableRows(lines: readonly Line[]): string[] {
  const pieces = lines.map((line, i) =>
    line.cells.map((c): Piece => ({ text: c.text, page: c.page, x0: c.x0, x1: c.x1, y: c.y, size: c.size, line: i, value: VALUE.test(c.text.normalize('NFKC')) })),
  );
  const rows = findRows(pieces);
  const firstRowLine = rows[0]?.line ?? lines.length;
  for (const line of pieces) for (const p of line) if (!p.value) link(p, pieces, firstRowLine);
  const labels = collect(pieces);
  assignOwn(rows, labels);
  assignGroups(rows, labels);
  return render(pieces, rows, labels);
}

function findRows(pieces: Piece[][]): Row[] {
  const rows: Row[] = [];
  pieces.forEach((line, i) => {
    const values = line.filter((p) => p.value);
    if (!values.length) return;
    const firstValue = Math.min(...values.map((v) => v.x0));
    const row: Row = { line: i, page: values[0]!.page, y: values[0]!.y, firstValue, groups: [] };
    // The label beside the figures is the one nearest them; any further left belong to labels spanning several rows.
    const own = line.filter((p) => !p.value && p.x1 <= firstValue + p.size).at(-1);
    if (own) own.ownOf = row;
    rows.push(row);
  });
  return rows;
}

const overlaps = (a: Piece, b: Piece) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
const aligned = (a: Piece, b: Piece, size: number) => Math.abs(a.x0 - b.x0) <= 0.6 * size || Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) <= 0.6 * size;
const singleChar = (p: Piece) => [...p.text].length === 1 && isCjk(p.text);

/** Link `p` to the piece above it when `p` continues that piece's cell. */
function link(p: Piece, pieces: Piece[][], firstRowLine: number): void {
  // The nearest piece above in p's column, on this page or, for the first piece of a page, the page before.
  let above: Piece | undefined;
  for (let i = p.line - 1; i >= 0 && !above; i--) above = pieces[i]!.find((q) => overlaps(q, p));
  if (!above || above.value || above.next) return;
  const size = Math.max(p.size, above.size);
  if (!aligned(above, p, size) || ENUMERATOR.test(p.text)) return;
  // Two rows' own labels never make one label: 行政处罚 above 行政强制 are two rows.
  if (p.ownOf && above.ownOf && p.ownOf !== above.ownOf) return;
  const crossesPage = above.page !== p.page;
  const pitch = p.y - above.y;
  // Down a narrow cell, one character per line, spread over the cell's height; a page break may cut it (三、本年度办理 | 结果).
  const vertical = singleChar(p) && [...above.text].length <= 2 && (crossesPage || pitch <= VERTICAL_PITCH * size);
  if (!vertical) {
    if (!crossesPage && pitch > (p.line < firstRowLine ? HEADER_WRAP_PITCH : WRAP_PITCH) * size) return;
    const pLine = pieces[p.line]!;
    const aboveLine = pieces[above.line]!;
    const beside = pLine.filter((q) => q !== p && q.x0 > p.x0 + p.size);
    // The piece above must not reach over a neighbour of p: then it is a wider cell above p's (法人或其他组织 over 商业企业).
    if (above.x1 > Math.min(...beside.map((q) => q.x0)) + 0.5 * size) return;
    // The label of a row of figures under a row of labels is not its last line: 信息内容 | 本年处理决定数量 over 行政许可 | 4521.
    if (pLine.some((q) => q.value) && !beside.some((q) => !q.value) && aboveLine.some((a) => a !== above && !a.value && a.x0 > above.x1)) return;
    // A label beside p with nothing above it starts a new row, and p is that row's first label (第二十条 over 信息内容).
    if (!pLine.some((q) => q.value) && beside.some((q) => !q.value && !aboveLine.some((a) => a !== above && overlaps(a, q)))) return;
    // Under a row's own label, only the rest of that label: the label above must have run out of room beside its figures.
    if (above.ownOf && !p.ownOf && !crossesPage && !fills(above, pieces)) return;
  }
  above.next = p;
  p.prev = above;
}

/**
 * The piece runs to the next column (to within a few characters: cells have
 * padding, and figures are centred in theirs), so it wrapped because its
 * cell was full. Columns start wherever any piece of the table starts.
 */
function fills(p: Piece, pieces: Piece[][]): boolean {
  let next = Infinity;
  for (const line of pieces) for (const q of line) if (q.x0 > p.x1 - 0.25 * p.size && q.x0 < next) next = q.x0;
  return Number.isFinite(next) && next - p.x1 < 3 * p.size;
}

function collect(pieces: Piece[][]): Label[] {
  const labels: Label[] = [];
  for (const line of pieces) {
    for (const p of line) {
      if (p.value || p.prev) continue;
      const chain: Piece[] = [];
      for (let q: Piece | undefined = p; q; q = q.next) chain.push(q);
      const text = chain.reduce((t, q) => joinText(t, q.text, !isCjk(t.at(-1)) && !isCjk(q.text[0])), '');
      labels.push({ pieces: chain, x0: Math.min(...chain.map((q) => q.x0)), x1: Math.max(...chain.map((q) => q.x1)), text: closeUpCjk(text) });
    }
  }
  return labels;
}

/** Does the label's height, on the row's page, take in the row's baseline? */
function covers(label: Label, row: Row): boolean {
  const here = label.pieces.filter((p) => p.page === row.page);
  if (!here.length) return false;
  const pad = 0.5 * Math.max(...here.map((p) => p.size));
  return Math.min(...here.map((p) => p.y)) - pad <= row.y && row.y <= Math.max(...here.map((p) => p.y)) + pad;
}

const onLine = (label: Label, line: number) => label.pieces.some((p) => p.line === line);

/** Each row's own label: beside its figures, or wrapped around them with nothing of its own on their line. */
function assignOwn(rows: Row[], labels: Label[]): void {
  for (const row of rows) {
    const candidates = labels.filter(
      (l) =>
        !l.role &&
        l.x1 <= row.firstValue + l.pieces[0]!.size &&
        (onLine(l, row.line) || (covers(l, row) && !l.pieces.some((p) => p.ownOf && p.ownOf !== row))),
    );
    const own = candidates.reduce<Label | undefined>((best, l) => (!best || l.x0 > best.x0 ? l : best), undefined);
    if (own) {
      own.role = 'own';
      row.own = own;
    }
  }
}

/**
 * Labels left of rows' own labels span those rows. Each is put on the first
 * row it spans: from the rows it sits beside, up while the rows above are
 * indented under it, to the row whose next label starts an enumeration
 * (1. or （一）) or up to a row that is not indented under it.
 */
function assignGroups(rows: Row[], labels: Label[]): void {
  const spanning = labels.filter((l) => !l.role).sort((a, b) => b.x0 - a.x0);
  const inside = (label: Label, row: Row) => row.own !== undefined && row.own.x0 >= label.x1 - 0.5 * label.pieces[0]!.size;
  const claimed = new Map<Row, Label[]>();
  const core = new Map<Label, Row[]>();
  for (const label of spanning) {
    let rowsBeside = rows.filter((r) => inside(label, r) && (onLine(label, r.line) || covers(label, r)));
    if (!rowsBeside.length) {
      // A label of two lines centred on an even number of rows sits between two of them.
      const first = label.pieces[0]!;
      const near = rows
        .filter((r) => inside(label, r) && r.page === first.page)
        .map((r) => ({ r, d: Math.abs(r.y - (first.y + label.pieces.filter((p) => p.page === first.page).at(-1)!.y) / 2) }))
        .sort((a, b) => a.d - b.d)[0];
      const height = label.pieces.filter((p) => p.page === first.page).at(-1)!.y - first.y;
      if (near && near.d <= height / 2 + 3 * first.size) rowsBeside = [near.r];
    }
    if (!rowsBeside.length) continue;
    core.set(label, rowsBeside);
    for (const r of rowsBeside) claimed.set(r, [...(claimed.get(r) ?? []), label]);
  }
  for (const label of spanning) {
    const beside = core.get(label);
    if (!beside) continue;
    const tol = 0.5 * label.pieces[0]!.size;
    const sameColumn = (other: Label) => other !== label && Math.abs(other.x0 - label.x0) <= tol;
    let at = rows.indexOf(beside[0]!);
    for (;;) {
      const row = rows[at]!;
      const next = [...row.groups, row.own!].filter((l) => l.x0 >= label.x1 - tol).sort((a, b) => a.x0 - b.x0)[0];
      if (next && FIRST.test(next.text)) break;
      const above = rows[at - 1];
      if (!above || !inside(label, above) || above.groups.some((g) => g.x0 <= label.x1 - tol) || (claimed.get(above) ?? []).some(sameColumn)) break;
      at--;
    }
    label.role = 'group';
    rows[at]!.groups.push(label);
  }
}

function render(pieces: Piece[][], rows: Row[], labels: Label[]): string[] {
  const labelOf = new Map<Piece, Label>();
  for (const l of labels) for (const p of l.pieces) labelOf.set(p, l);
  const rowAt = new Map(rows.map((r) => [r.line, r]));
  const out: string[] = [];
  pieces.forEach((line, i) => {
    const row = rowAt.get(i);
    const cells: Array<{ x: number; text: string }> = [];
    if (row) for (const l of [...row.groups, ...(row.own ? [row.own] : [])]) cells.push({ x: l.x0, text: l.text });
    for (const p of line) {
      if (p.value) {
        cells.push({ x: p.x0, text: p.text.trim() });
        continue;
      }
      const label = labelOf.get(p)!;
      // A label is written once, on its row, or where its first piece is.
      if (label.role || label.pieces[0] !== p) continue;
      cells.push({ x: label.x0, text: label.text });
    }
    if (cells.length) out.push(cells.sort((a, b) => a.x - b.x).map((c) => c.text).join('\t'));
  });
  return out;
}
