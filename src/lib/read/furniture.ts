/**
 * Page furniture that text copied out of a PDF carries between the lines of
 * a report: page numbers (-2-, — 2 —, 第 2 页, 第2页 共6页, 2/6). Such a line is
 * never a table row or a sentence, so the reader passes over it.
 */
const PAGE_NUMBER = [
  /^[-—–－~～]\s*\d{1,3}\s*[-—–－~～]$/,
  /^第\s*\d{1,3}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(?:page\s*)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i,
];

export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 16) return false;
  const folded = t.normalize('NFKC');
  return PAGE_NUMBER.some((p) => p.test(folded));
}
