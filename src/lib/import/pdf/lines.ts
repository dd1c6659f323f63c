/**
 * Positioned text items to lines and cells. Items whose baselines lie
 * within a fraction of the font size of each other are one line: a table
 * prints its labels and its figures in different fonts, a point or two
 * apart. Along a line, a gap of half a character separates two cells (the
 * cells of a tight table sit that close), unless a space glyph fills it:
 * then it takes a whole character. The gaps inside a line of prose are a
 * quarter of a character at most.
 */
import type { Page, TextItem } from './text-items.ts';
import { isCjk, joinText } from './text.ts';

/** One cell of a line: the text between two wide gaps. */
export interface Fragment {
  text: string;
  page: number;
  /** Left and right edges, points from the page's left. */
  x0: number;
  x1: number;
  /** Baseline, points from the page's top. */
  y: number;
  size: number;
}

export interface Line {
  page: number;
  /** Baseline of the line's first item, points from the page's top. */
  y: number;
  x0: number;
  x1: number;
  /** The largest font size on the line. */
  size: number;
  /** Left to right. */
  cells: Fragment[];
}

/** Baselines closer than this many font sizes are one line. */
const SAME_LINE = 0.45;
/** A gap wider than this many font sizes starts a new cell; with a space glyph in it, CELL_GAP_SPACED. */
const CELL_GAP = 0.45;
const CELL_GAP_SPACED = 1.0;
/** A gap wider than this many font sizes is a space (between Latin letters or digits). */
const SPACE_GAP = 0.25;

export function pageLines(page: Page): Line[] {
  const items = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextItem[][] = [];
  let current: TextItem[] = [];
  let ref = 0;
  let refSize = 0;
  for (const item of items) {
    if (current.length && Math.abs(item.y - ref) <= SAME_LINE * Math.min(item.size, refSize)) {
      current.push(item);
      refSize = Math.min(refSize, item.size);
      continue;
    }
    if (current.length) groups.push(current);
    current = [item];
    ref = item.y;
    refSize = item.size;
  }
  if (current.length) groups.push(current);
  return groups.map((g) => toLine(g, page.number));
}

function toLine(items: TextItem[], page: number): Line {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const cells: Fragment[] = [];
  let cell: { items: TextItem[]; text: string; x1: number } | undefined;
  const close = () => {
    if (!cell) return;
    const largest = cell.items.reduce((m, i) => (i.size > m.size ? i : m));
    cells.push({ text: cell.text.trim(), page, x0: cell.items[0]!.x, x1: cell.x1, y: largest.y, size: largest.size });
  };
  for (const item of sorted) {
    if (cell) {
      const last = cell.items.at(-1)!;
      // The same glyphs drawn twice, a hair apart, is how some producers fake bold type.
      if (item.text === last.text && Math.abs(item.x - last.x) < 0.2 * item.size) continue;
      const gap = item.x - cell.x1;
      // A space glyph counts only where it stands, between the two pieces: its position in the content stream proves nothing.
      const spaceBetween = item.spaceAt !== undefined && item.spaceAt >= cell.x1 - 0.3 * item.size && item.spaceAt <= item.x + 0.3 * item.size;
      if (gap <= (spaceBetween ? CELL_GAP_SPACED : CELL_GAP) * Math.max(item.size, last.size)) {
        // Word and WPS set Chinese a little apart from Latin letters and digits with no space typed (2023年): only a space glyph counts there.
        const latin = !isCjk(cell.text.at(-1)) && !isCjk(item.text[0]);
        cell.text = joinText(cell.text, item.text, spaceBetween || (latin && gap > SPACE_GAP * item.size));
        cell.items.push(item);
        cell.x1 = Math.max(cell.x1, item.x + item.width);
        continue;
      }
      close();
    }
    cell = { items: [item], text: item.text, x1: item.x + item.width };
  }
  close();
  const nonEmpty = cells.filter((c) => c.text);
  return {
    page,
    y: items[0]!.y,
    x0: nonEmpty[0]?.x0 ?? 0,
    x1: Math.max(...nonEmpty.map((c) => c.x1)),
    size: Math.max(...nonEmpty.map((c) => c.size)),
    cells: nonEmpty,
  };
}

export const lineText = (line: Line, separator = ' ') =>
  line.cells.reduce((text, c, i) => (i ? (separator === ' ' ? joinText(text, c.text, true) : `${text}${separator}${c.text}`) : c.text), '');
