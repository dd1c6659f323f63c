/**
 * Text whose cells were run together, as some crawlers and copy-paste tools
 * leave a web page (…申请数量801000081二、…): the labels and numbers are
 * there, but where one cell ends and the next begins is lost, and no reading
 * can get it back. Said once, plainly, instead of a cascade of row errors.
 */
import type { Cell } from './cells.ts';

/** A label with a run of digits glued to it and more text after: 行政规范性文件6233440, 数量801000081二. */
const GLUED = /\p{Script=Han}[\d.]{2,}(?:\p{Script=Han}|$)/u;
/** Two such cells are a pattern, not a label that happens to hold a number. */
const GLUED_CELLS = 2;
const SAMPLE = 24;

export function gluedCell(cells: readonly Cell[]): Cell | undefined {
  const glued = cells.filter((c) => c.kind === 'label' && GLUED.test(c.text));
  return glued.length >= GLUED_CELLS ? glued[0] : undefined;
}

/** A section heading inside a line of running text (…0二、主动公开政府信息情况第二十条…), where a heading can't be found. */
export function inlineHeading(lines: readonly string[], numeral: string, key: RegExp): { line: number; column: number; sample: string } | undefined {
  const heading = new RegExp(`${numeral}[、.．]\\s*(?=(\\S{2,20}))`, 'gu');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    for (const m of line.matchAll(heading)) {
      if (m.index === 0 || !key.test(m[1]!)) continue;
      const from = Math.max(0, m.index - SAMPLE / 2);
      return { line: i + 1, column: m.index + 1, sample: line.slice(from, m.index + SAMPLE) };
    }
  }
  return undefined;
}

export const sampleOf = (cell: Cell) => (cell.raw.length > SAMPLE ? `${cell.raw.slice(0, SAMPLE)}…` : cell.raw);
