/**
 * A report file as a person saved it, to the text content/reports keeps:
 * UTF-8, LF line endings, no byte-order mark. Text in UTF-8, UTF-16 or
 * GBK/GB18030 is decoded as it is; a .docx, a saved .html page and a PDF
 * with a text layer are converted. What cannot be read is refused with
 * what to do instead.
 */
import { extname } from 'node:path';
import { decode, type Encoding } from '../read/decode.ts';
import { messages } from '../diagnostics/messages.ts';
import { docxToText } from './docx.ts';
import { htmlToText } from './html.ts';
import { pdfToText, PdfUnreadable } from './pdf/index.ts';

export type InputFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export type InputRead =
  | { ok: true; text: string; format: InputFormat; encoding?: Encoding; crlf: boolean }
  | { ok: false; message: string; hint: string };

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
const LOOKS_LIKE_HTML = /^\s*<(?:!doctype\s+html|html|head|body|meta)\b/i;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** BOM dropped, every line ending made LF; nothing else in the text changes. */
export const normaliseText = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export async function readInput(name: string, bytes: Uint8Array): Promise<InputRead> {
  const ext = extname(name).toLowerCase();
  if (ZIP.every((b, i) => bytes[i] === b)) return readDocx(bytes);
  // A .pdf that is not one (a web page saved under the name) is refused as a broken PDF, not read as text.
  if (ext === '.pdf' || PDF.every((b, i) => bytes[i] === b)) return readPdf(bytes);
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const [message, hint] = messages.unreadable[decoded.reason]!;
    return { ok: false, message, hint };
  }
  const crlf = decoded.text.includes('\r');
  const encoding = decoded.encoding;
  if (HTML_EXTENSIONS.has(ext) || (!TEXT_EXTENSIONS.has(ext) && LOOKS_LIKE_HTML.test(decoded.text))) {
    return { ok: true, text: htmlToText(decoded.text), format: 'html', encoding, crlf };
  }
  return { ok: true, text: normaliseText(decoded.text), format: ext === '.md' || ext === '.markdown' ? 'markdown' : 'text', encoding, crlf };
}

async function readDocx(bytes: Uint8Array): Promise<InputRead> {
  try {
    return { ok: true, text: normaliseText(await docxToText(bytes)), format: 'docx', crlf: false };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      message: `文件是 ZIP 压缩包，但不是可以读取的 Word 文档（.docx）：${detail}`,
      hint: '请在 Word 或 WPS 中打开后另存为 .docx 再导入，或把报告全文复制粘贴到 .txt 文件中。',
    };
  }
}

async function readPdf(bytes: Uint8Array): Promise<InputRead> {
  try {
    return { ok: true, text: await pdfToText(bytes), format: 'pdf', crlf: false };
  } catch (error) {
    if (error instanceof PdfUnreadable) return { ok: false, message: error.message, hint: error.hint };
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `读取 PDF 时出现内部错误：${detail}`, hint: '请把这个文件报告给维护者；也可以把报告全文复制到 .txt 文件中导入。' };
  }
}
