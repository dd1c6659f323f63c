/**
 * A PDF's bytes to its pages of positioned text items, through Mozilla's
 * pdf.js. Only the text layer is read: nothing is rendered, so no canvas
 * is needed. Everything pdf.js might otherwise fetch (the CJK character
 * maps that Chinese PDFs name, the standard fonts, the image decoders) is
 * read from the pdfjs-dist package on disk; nothing is downloaded.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GlobalWorkerOptions, getDocument, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem as PdfjsTextItem } from 'pdfjs-dist/types/src/display/api';
import { foldIdeographs } from './text.ts';

export interface TextItem {
  text: string;
  /** Left edge, in points from the page's left. */
  x: number;
  /** Baseline, in points from the page's top: y grows down the page, as one reads. */
  y: number;
  width: number;
  /** Font size in points: the item's height on the page. */
  size: number;
  /** Where a space character the PDF drew just before this item starts, when on the same baseline. */
  spaceAt?: number;
}

export interface Page {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
}

/** Why a PDF could not be read. */
export class PdfError extends Error {
  readonly reason: 'encrypted' | 'broken';
  constructor(reason: 'encrypted' | 'broken', detail: string) {
    super(detail);
    this.name = 'PdfError';
    this.reason = reason;
  }
}

const pkg = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdf.js wants directory "URLs" ending in a separator; in Node it reads them with fs.
const dir = (name: string) => join(pkg, name) + sep;

// In Node pdf.js runs its worker code on the main thread (a "fake worker"), which suits a
// command-line tool on a shared machine; it is loaded from this file of the same package.
GlobalWorkerOptions.workerSrc = pathToFileURL(join(pkg, 'legacy', 'build', 'pdf.worker.mjs')).href;

export async function readTextItems(bytes: Uint8Array): Promise<Page[]> {
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
    data: bytes.slice(),
    cMapUrl: dir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dir('standard_fonts'),
    wasmUrl: dir('wasm'),
    iccUrl: dir('iccs'),
    useSystemFonts: false,
    // A document from a stranger runs no code of its own, and says nothing on the console.
    isEvalSupported: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
    stopAtErrors: false,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw asPdfError(error);
    }
    const pages: Page[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(await doc.getPage(n), n));
      } catch (error) {
        throw asPdfError(error, n);
      }
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>;

async function readPage(page: PdfPage, number: number): Promise<Page> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ disableNormalization: false });
  const items: TextItem[] = [];
  let space: { x: number; y: number } | undefined;
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as PdfjsTextItem;
    // Into the page's viewport: page rotation and crop box applied, y measured down from the top.
    const [, , c, d, x, y] = Util.transform(viewport.transform, item.transform) as number[];
    if (!item.str.trim()) {
      // Space items carry no reliable width (WPS gives them the width of a whole run); only where they start counts.
      space = item.str ? { x: x!, y: y! } : undefined;
      continue;
    }
    const size = Math.hypot(c!, d!) || item.height;
    const spaceAt = space && Math.abs(space.y - y!) <= 0.5 * size ? { spaceAt: space.x } : {};
    items.push({ text: foldIdeographs(item.str), x: x!, y: y!, width: item.width, size, ...spaceAt });
    space = undefined;
  }
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, items };
}

function asPdfError(error: unknown, page?: number): PdfError {
  if (error instanceof PdfError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfError('encrypted', message);
  // pdf.js says this in English for any file whose structure it cannot make out at all.
  const detail = name === 'InvalidPDFException' ? '文件结构无效' : message;
  return new PdfError('broken', page ? `第 ${page} 页：${detail}` : detail);
}
