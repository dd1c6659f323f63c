/**
 * PDFs that cannot be read as text: each refused with what is wrong and
 * what to do instead, in Chinese, never with a crash or an empty report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkTextLayer, pdfToText, PdfUnreadable } from '../../../../src/lib/import/pdf/index.ts';
import { readInput } from '../../../../src/lib/import/read-input.ts';
import { encryptedPdf, pdfOf, scannedPdf } from './make-pdf.ts';

const real = new Uint8Array(readFileSync(new URL('../../../fixtures/real/huaian-government-2024.pdf', import.meta.url)));
const refusal = async (bytes: Uint8Array) => {
  const read = await readInput('report.pdf', bytes);
  if (read.ok) throw new Error('read');
  return read;
};

describe('a PDF without a text layer (a scan)', () => {
  test('is refused: it says the PDF holds only images, and to OCR it or find the text version', async () => {
    const read = await refusal(scannedPdf());
    expect(read.message).toBe('PDF 中没有文字层：这很可能是扫描件或由图片生成的 PDF，其中的文字和数字无法直接读取');
    expect(read.hint).toContain('OCR 文字识别');
    expect(read.hint).toContain('网页版、Word 版或可以复制文字的 PDF');
  });

  test('so is a PDF whose pages hold a few stray characters only (a scan with a page number)', async () => {
    await expect(pdfToText(pdfOf([[{ text: '- 1 -', x: 280, y: 800 }], [{ text: '- 2 -', x: 280, y: 800 }]]))).rejects.toThrow(/没有文字层/);
  });

  test('and one whose glyphs map to no characters', () => {
    const items = Array.from({ length: 40 }, () => ({ text: '\ue001\ue002', x: 0, y: 0, width: 10, size: 10 }));
    expect(() => checkTextLayer([{ number: 1, width: 595, height: 842, items }])).toThrow(PdfUnreadable);
    expect(() => checkTextLayer([{ number: 1, width: 595, height: 842, items }])).toThrow('PDF 的文字层无法解码：字体缺少文字编码，取出的是乱码');
  });
});

describe('an encrypted PDF', () => {
  test('is refused: it needs its password, and an unlocked copy is what to import', async () => {
    const read = await refusal(encryptedPdf());
    expect(read.message).toBe('PDF 已加密，需要密码才能打开');
    expect(read.hint).toContain('另存为不加密的 PDF');
  });
});

describe('a broken PDF', () => {
  test.each([
    ['cut short by a failed download', real.slice(0, 60_000)],
    ['its header only', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['empty', new Uint8Array()],
  ])('%s: refused as broken, with what to do', async (_, bytes) => {
    const read = await refusal(bytes);
    expect(read.message).toMatch(/^(?:PDF 文件已损坏或不完整，无法读取（.+）|文件名是 \.pdf，内容却不是 PDF)$/);
    expect(read.hint).toMatch(/^请重新下载这份/);
  });

  test('a web page saved as .pdf says that it is a web page', async () => {
    const read = await refusal(new TextEncoder().encode('<!DOCTYPE html><html><head><title>404</title></head><body>页面不存在</body></html>'));
    expect(read).toEqual({
      ok: false,
      message: '文件名是 .pdf，内容却不是 PDF，而是一个网页（HTML）',
      hint: '请重新下载这份报告：有的网站下载失败时会返回一个网页而不是文件；若这正是报告的网页，请把扩展名改为 .html 后导入。',
    });
  });

  test('pdf.js never reaches the console', async () => {
    const { vi } = await import('vitest');
    const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    await refusal(real.slice(0, 60_000));
    await refusal(scannedPdf());
    await pdfToText(real);
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});
