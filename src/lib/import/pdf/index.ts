/**
 * A PDF report to report text: prose as one line per paragraph, headings
 * on lines of their own, each table row as one line of tab-separated cells
 * (its labels, then its values), as the .docx and .html imports give it.
 *
 * text-items: pdf.js → positioned text; lines: baselines → lines, gaps →
 * cells; furniture: page numbers, running headers and footers dropped;
 * layout: prose or table; paragraphs and tables: each put back together.
 */
import { dropFurniture } from './furniture.ts';
import { blocks, measure } from './layout.ts';
import { pageLines } from './lines.ts';
import { pdfMessages } from './messages.ts';
import { paragraphs } from './paragraphs.ts';
import { tableRows } from './tables.ts';
import { PdfError, readTextItems, type Page } from './text-items.ts';

/** A PDF that cannot be read as text: what is wrong, and what to do instead. */
export class PdfUnreadable extends Error {
  readonly hint: string;
  constructor([message, hint]: readonly [string, string]) {
    super(message);
    this.name = 'PdfUnreadable';
    this.hint = hint;
  }
}

/** Fewer letters and digits than this in the whole file: there is no text layer worth the name. */
const MIN_TEXT = 20;

/** A PDF starts with %PDF- within its first kilobyte. */
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-');
const LOOKS_LIKE_HTML = /^\s*<(?:!doctype\s+html|html|head|body|meta)\b/i;

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  if (!isPdf(bytes)) {
    const start = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '');
    throw new PdfUnreadable(pdfMessages.notPdf(LOOKS_LIKE_HTML.test(start)));
  }
  let pages: Page[];
  try {
    pages = await readTextItems(bytes);
  } catch (error) {
    if (!(error instanceof PdfError)) throw error;
    throw new PdfUnreadable(error.reason === 'encrypted' ? pdfMessages.encrypted : pdfMessages.broken(error.message));
  }
  checkTextLayer(pages);
  const lines = dropFurniture(pages.map((p) => ({ number: p.number, height: p.height, lines: pageLines(p) }))).flat();
  const m = measure(lines);
  const out: string[] = [];
  for (const block of blocks(lines, m)) out.push(...(block.kind === 'table' ? tableRows(block.lines) : paragraphs(block.lines, m)));
  const text = out.map((l) => l.replace(/[ \u00a0]+/g, ' ').trim()).filter(Boolean);
  return text.length ? `${text.join('\n')}\n` : '';
}

/** Throws when the PDF has no text to read: a scan, or glyphs that map to no characters. */
export function checkTextLayer(pages: readonly Page[]): void {
  let letters = 0;
  let unreadable = 0;
  for (const page of pages) {
    for (const item of page.items) {
      for (const ch of item.text) {
        // Private-use code points and U+FFFD are what pdf.js gives for glyphs a font does not map to any character.
        if (/[\ue000-\uf8ff\ufffd]/u.test(ch)) unreadable++;
        else if (/[\p{L}\p{N}]/u.test(ch)) letters++;
      }
    }
  }
  if (letters + unreadable < MIN_TEXT) throw new PdfUnreadable(pdfMessages.noText);
  if (unreadable > letters) throw new PdfUnreadable(pdfMessages.garbled);
}
