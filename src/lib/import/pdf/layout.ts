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
  // Prose is what runs across the page in one piece: a table's cells, however many characters they hold, never do.
  const widest = Math.max(0, ...lines.map((l) => l.x1 - l.x0));
  const running = lines.filter((l) => l.cells.length === 1 && l.x1 - l.x0 >= 0.6 * widest);
  const sizes = new Map<number, number>();
  for (const l of running) sizes.set(round(l.size), (sizes.get(round(l.size)) ?? 0) + l.cells[0]!.text.length);
  const body = mode(sizes) ?? 12;
  const prose = running.filter((l) => Math.abs(l.size - body) < 0.1 * body);
  const left = mode(tally(prose.map((l) => round(l.x0)))) ?? 0;
  return { body, left, right: rightEdge(prose.map((l) => l.x1)) };
}

export const isHeading = (line: Line) => line.cells.length === 1 && headingIndex(lineText(line)) !== undefined;

export function blocks(lines: readonly Line[], m: Measure): Block[] {
  const table = lines.map((l) => !isHeading(l) && (l.cells.length > 1 || l.size < TABLE_TYPE * m.body));
  const narrow = (l: Line) => l.x1 < m.right - 3 * l.size;
  for (let i = 0; i < lines.length; i++) {
    if (table[i] || isHeading(lines[i]!) || !table[i - 1]) continue;
    // A run of short lines after a table line: the pieces of cells that wrapped.
    let j = i;
    while (j < lines.length && !table[j] && !isHeading(lines[j]!) && narrow(lines[j]!)) j++;
    if (table[j]) {
      // Between two table lines, however far apart (a page break may come between them).
      for (let k = i; k < j; k++) table[k] = true;
      continue;
    }
    // After a table, as long as each line sits close under the one before; what starts the next page is prose.
    for (let k = i; k < j; k++) {
      const prev = lines[k - 1]!;
      const line = lines[k]!;
      if (prev.page !== line.page || line.y - prev.y > WRAP_DISTANCE * line.size) break;
      table[k] = true;
    }
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

/**
 * Justified text ends most lines at one place (a comma may hang past it);
 * ragged-right text ends them anywhere in the last few characters, and
 * the right edge is then where three in four lines end before.
 */
function rightEdge(ends: number[]): number {
  if (!ends.length) return 0;
  const counts = tally(ends.map(round));
  const justified = mode(counts)!;
  if (counts.get(justified)! >= 0.25 * ends.length) return justified;
  const sorted = [...ends].sort((a, b) => a - b);
  return sorted[Math.floor(0.75 * (sorted.length - 1))]!;
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
