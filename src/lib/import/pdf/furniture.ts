/**
 * Page furniture: what a PDF prints on every page around the report, and
 * which a copy of the text must not keep. Page numbers (-2-, — 2 —, 第 2 页,
 * 2/6, 第2页 共6页) would land between two rows of a table that continues
 * on the next page, or in the middle of a sentence; a running header or
 * footer would do the same on every page. Only the first and last lines of
 * a page are looked at, and only near the page's edge.
 */
import { parseTitle } from '../../read/title.ts';
import { lineText, type Line } from './lines.ts';

/** The top and bottom of a page where furniture is printed, as a share of its height. */
const EDGE = 0.12;
/** At most this many lines at either edge of a page are furniture. */
const MAX_EDGE_LINES = 2;

const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const isWholeTitle = (text: string) => {
  const t = parseTitle(text);
  return t.agency !== undefined && t.year !== undefined && /报告$/.test(compact(text));
};

const DASHES = '-–—―－_~·•*';
const PAGE_NUMBER = [
  new RegExp(`^[${DASHES}]*(\\d{1,4})[${DASHES}]*$`),
  /^第(\d{1,4})页(?:[,，/|]?共\d{1,4}页)?$/,
  /^共\d{1,4}页[,，/|]?第(\d{1,4})页$/,
  /^(\d{1,4})\/\d{1,4}$/,
  /^(?:page)?(\d{1,4})(?:of\d{1,4})?$/i,
];

/** The page number a line states, if the line is nothing but one. */
export function pageNumberOf(text: string): number | undefined {
  // Spaces go, except between digits: 12 34 is two figures, not page 1234.
  const t = text.normalize('NFKC').trim().replace(/(?<!\d)\s+|\s+(?!\d)/g, '');
  for (const re of PAGE_NUMBER) {
    const m = re.exec(t);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The same words on several pages; page numbers inside them do not count as a difference. */
const shape = (line: Line) => compact(lineText(line)).replace(/\d+/g, '#');

export interface PageLines {
  number: number;
  height: number;
  lines: Line[];
}

/** Each page's lines without its furniture, in reading order. */
export function dropFurniture(pages: readonly PageLines[]): Line[][] {
  const edges = pages.map((p) => edgeLines(p));
  // A header or footer is the same text at the same edge of most pages.
  const counts = new Map<string, number>();
  for (const e of edges) for (const key of new Set(e.map((x) => `${x.where}:${shape(x.line)}`))) counts.set(key, (counts.get(key) ?? 0) + 1);
  // Words, that is: two pages whose first line is a row of figures do not share a header.
  const repeated = (key: string) =>
    pages.length >= 2 && /[\p{L}]/u.test(key.slice(key.indexOf(':') + 1)) && (counts.get(key) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));

  return pages.map((page, i) => {
    const drop = new Set<Line>();
    for (const { line, where } of edges[i]!) {
      const n = pageNumberOf(lineText(line));
      const bare = /^\d+$/.test(compact(lineText(line)));
      // A bare number is a page number only when it is this page's (or a page numbering that starts later).
      // A running header may repeat the whole title; on the first page such a line is kept, as it may be the title itself.
      const title = i === 0 && isWholeTitle(lineText(line));
      if ((n !== undefined && (!bare || isPageNumber(n, page.number, pages.length))) || (!title && repeated(`${where}:${shape(line)}`))) drop.add(line);
    }
    return page.lines.filter((l) => !drop.has(l));
  });
}

const isPageNumber = (n: number, page: number, pages: number) => n >= page && n - page <= Math.max(2, pages);

/** The lines at the top and bottom edge of a page that could be furniture, outermost first. */
function edgeLines(page: PageLines): Array<{ line: Line; where: 'top' | 'bottom' }> {
  const out: Array<{ line: Line; where: 'top' | 'bottom' }> = [];
  const lines = page.lines;
  for (let i = 0; i < Math.min(MAX_EDGE_LINES, lines.length); i++) {
    if (lines[i]!.y > page.height * EDGE + lines[i]!.size) break;
    out.push({ line: lines[i]!, where: 'top' });
  }
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - MAX_EDGE_LINES); i--) {
    if (lines[i]!.y < page.height * (1 - EDGE) || out.some((o) => o.line === lines[i])) break;
    out.push({ line: lines[i]!, where: 'bottom' });
  }
  return out;
}
