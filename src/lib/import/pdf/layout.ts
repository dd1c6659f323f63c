/**
 * Which lines are prose and which are a table. A PDF says neither: a table
 * is only text placed in columns. A line is taken for a table line when it
 * has more than one cell or is set smaller than the report's body text
 * (annual reports set their tables in 7.5 to 10 pt under 16 pt prose); a
 * short line in body type between two table lines, or just under one, is a
 * cell that wrapped. Section headings are never table lines.
 */
import { headingIndex } from '../../read/sections.ts';
import { lineText, type Line } from './lines.ts';

export type Block = { kind: 'prose'; lines: Line[] } | { kind: 'table'; lines: Line[] };

/** Table type is smaller than this share of the body type. */
const TABLE_TYPE = 0.85;
/** A wrapped table cell sits at most this many font sizes under the line above it. */
const WRAP_DISTANCE = 2.5;

export interface Measure {
  /** The body text's font size: the size most characters are set in. */
  body: number;
  /** Where prose lines start and end: the text block's left and right edges. */
  left: number;
  right: number;
}

export function measure(lines: readonly Line[]): Measure {
  const sizes = new Map<number, number>();
  for (const l of lines) for (const c of l.cells) sizes.set(round(c.size), (sizes.get(round(c.size)) ?? 0) + c.text.length);
  const body = mode(sizes) ?? 12;
  const prose = lines.filter((l) => l.cells.length === 1 && Math.abs(l.size - body) < 0.1 * body);
  const left = mode(tally(prose.map((l) => round(l.x0)))) ?? 0;
  const right = mode(tally(prose.map((l) => round(l.x1)))) ?? 0;
  return { body, left, right };
}

export const isHeading = (line: Line) => line.cells.length === 1 && headingIndex(lineText(line)) !== undefined;

export function blocks(lines: readonly Line[], m: Measure): Block[] {
  const table = lines.map((l) => !isHeading(l) && (l.cells.length > 1 || l.size < TABLE_TYPE * m.body));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (table[i] || isHeading(line) || !table[i - 1]) continue;
    const prev = lines[i - 1]!;
    const narrow = line.x1 < m.right - 3 * line.size;
    const near = prev.page === line.page && line.y - prev.y <= WRAP_DISTANCE * line.size;
    if (table[i + 1] || (narrow && near)) table[i] = true;
  }
  const out: Block[] = [];
  lines.forEach((line, i) => {
    const kind = table[i] ? 'table' : 'prose';
    const last = out.at(-1);
    if (last?.kind === kind) last.lines.push(line);
    else out.push({ kind, lines: [line] });
  });
  // Lines in columns with no figures among them and in body type are prose set with wide gaps (a signature and its date).
  return out.map((b) => (b.kind === 'table' && !b.lines.some((l) => l.size < TABLE_TYPE * m.body) && !b.lines.some(hasFigure) ? { kind: 'prose', lines: b.lines } : b));
}

const hasFigure = (l: Line) => l.cells.some((c) => /^[-+−]?\d[\d,，]*(?:\.\d+)?%?$/.test(c.text));

const round = (n: number) => Math.round(n * 2) / 2;

function tally(values: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function mode(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
