/**
 * A Word document (.docx) to report text. mammoth keeps tables as tables,
 * merged cells included, so the figures come out one row per line through
 * the same HTML reader as a saved web page; images are dropped unread.
 */
import mammoth from 'mammoth';
import { htmlToText } from './html.ts';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      // A document from a stranger must not make us read files it links to.
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return htmlToText(value);
}
