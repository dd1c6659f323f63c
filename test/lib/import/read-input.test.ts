import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { normaliseText, readInput } from '../../../src/lib/import/read-input.ts';
import { docxOf, htmlOf } from './documents.ts';
import { pdfOf } from './pdf/make-pdf.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const TEXT = '某局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n';

describe('normaliseText(text)', () => {
  test('drops a byte-order mark and makes every line ending LF, changing nothing else', () => {
    expect(normaliseText('\uFEFF一\r\n二\r三\n\t四　 \r\n')).toBe('一\n二\n三\n\t四　 \n');
  });
});

describe('readInput(name, bytes)', () => {
  test.each([
    ['UTF-8', 'r.txt', utf8(TEXT), 'utf-8', false],
    ['UTF-8 with BOM and CRLF', 'r.txt', utf8(`\uFEFF${TEXT.replace(/\n/g, '\r\n')}`), 'utf-8-bom', true],
    ['GBK', 'r.txt', new Uint8Array(iconv.encode(TEXT, 'gbk')), 'gb18030', false],
    ['GB18030 with CRLF', 'r.md', new Uint8Array(iconv.encode(TEXT.replace(/\n/g, '\r\n'), 'gb18030')), 'gb18030', true],
    ['UTF-16', 'r.txt', new Uint8Array(iconv.encode(TEXT, 'utf-16le', { addBOM: true })), 'utf-16le', false],
  ])('text in %s', async (_, name, bytes, encoding, crlf) => {
    expect(await readInput(name, bytes)).toEqual({ ok: true, text: TEXT, format: name.endsWith('.md') ? 'markdown' : 'text', encoding, crlf });
  });

  test('an HTML page, by its extension or by its content', async () => {
    const page = htmlOf('某局2023年政府信息公开工作年度报告\n一、总体情况\n规章\t0\t0\t0');
    for (const name of ['r.html', 'r.htm', 'r']) {
      expect(await readInput(name, utf8(page))).toMatchObject({ ok: true, format: 'html', text: '某局2023年政府信息公开工作年度报告\n一、总体情况\n规章\t0\t0\t0\n' });
    }
    // A .txt stays text even when it holds markup: the contributor chose it.
    expect(await readInput('r.txt', utf8(page))).toMatchObject({ ok: true, format: 'text' });
  });

  test('a Word document, whatever its name', async () => {
    const docx = await docxOf('某局2023年政府信息公开工作年度报告\n一、总体情况\n规章\t0\t0\t0');
    for (const name of ['r.docx', 'report']) {
      expect(await readInput(name, docx)).toEqual({ ok: true, format: 'docx', crlf: false, text: '某局2023年政府信息公开工作年度报告\n一、总体情况\n规章\t0\t0\t0\n' });
    }
  });

  test('a PDF with a text layer, whatever its name', async () => {
    const pdf = pdfOf([[{ text: '某局2023年政府信息公开工作年度报告', x: 100, y: 100, size: 16 }, { text: '一、总体情况', x: 100, y: 140, size: 16 }, { text: '规章', x: 100, y: 180 }, { text: '0', x: 300, y: 180 }]]);
    for (const name of ['r.pdf', 'report']) {
      expect(await readInput(name, pdf)).toEqual({ ok: true, format: 'pdf', crlf: false, text: '某局2023年政府信息公开工作年度报告\n一、总体情况\n规章\t0\n' });
    }
  });

  test('refuses a broken PDF with what to do instead (more in pdf/unreadable.test.ts)', async () => {
    expect(await readInput('r.pdf', utf8('%PDF-1.4'))).toEqual({
      ok: false,
      message: 'PDF 文件已损坏或不完整，无法读取（文件结构无效）',
      hint: '请重新下载这份 PDF，确认下载完整后再导入；或到发布机关网站查找这份报告的网页版、Word 版或可以复制文字的 PDF 再导入。',
    });
  });
});

describe('readInput(name, bytes) with Word tables that merge cells', () => {
  test('a cell merged down or across is read once, where Word shows it, like a copy from the browser', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...span });
    const table = new Table({
      rows: [
        new TableRow({ children: [cell('本列数据的勾稽关系', { columnSpan: 2 }), cell('自然人'), cell('总计')] }),
        new TableRow({ children: [cell('（三）不予公开', { rowSpan: 2 }), cell('1.属于国家秘密'), cell('0'), cell('0')] }),
        new TableRow({ children: [cell('2.其他法律行政法规禁止公开'), cell('1'), cell('1')] }),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph('某局2023年政府信息公开工作年度报告'), table] }] });
    const read = await readInput('r.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(read).toMatchObject({
      ok: true,
      text: '某局2023年政府信息公开工作年度报告\n本列数据的勾稽关系\t自然人\t总计\n（三）不予公开\t1.属于国家秘密\t0\t0\n2.其他法律行政法规禁止公开\t1\t1\n',
    });
  });
});
