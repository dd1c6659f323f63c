/**
 * Page numbers and running headers and footers, on PDFs written by hand:
 * gone from the text, wherever in the styles reports print them, while a
 * paragraph cut by the page break they stand in reads as one.
 */
import { describe, expect, test } from 'vitest';
import { pageNumberOf } from '../../../../src/lib/import/pdf/furniture.ts';
import { pdfToText } from '../../../../src/lib/import/pdf/index.ts';
import { pdfOf, type Drawn } from './make-pdf.ts';

describe('pageNumberOf(line)', () => {
  test.each(['-2-', '- 2 -', '—2—', '— 2 —', '－2－', '第 2 页', '第2页 共6页', '第 2 页 / 共 6 页', '共6页 第2页', '2/6', '2 / 6', 'Page 2 of 6', '2'])('%s is page 2', (line) => {
    expect(pageNumberOf(line)).toBe(2);
  });
  test.each(['2023年', '第二十条', '2.重复申请', '12 34', '第2项', '- 2 - 3'])('%s is no page number', (line) => {
    expect(pageNumberOf(line)).toBeUndefined();
  });
});

const SIZE = 16;
const LEFT = 72;
/** Characters on a full line: the text block is 448 pt wide. */
const PER_LINE = 28;

/** A paragraph as a PDF sets it: first line indented two characters, every line but the last full. */
function paragraph(text: string, y: number): Drawn[] {
  const out: Drawn[] = [];
  let rest = text;
  for (let first = true; rest; first = false) {
    const n = first ? PER_LINE - 2 : PER_LINE;
    out.push({ text: rest.slice(0, n), x: first ? LEFT + 2 * SIZE : LEFT, y: y + out.length * 28, size: SIZE });
    rest = rest.slice(n);
  }
  return out;
}

const TEXT = '本年度，我局严格按照《中华人民共和国政府信息公开条例》要求，通过门户网站主动公开各类政府信息，及时回应社会关切，切实保障人民群众的知情权、参与权和监督权，全面推进决策、执行、管理、服务、结果公开。';
/** The paragraph over three pages, 26 + 28 + 28 + … characters a line, two lines a page. */
function pages(furniture: (page: number) => Drawn[]): Drawn[][] {
  const lines = paragraph(TEXT, 0);
  return [0, 1, 2].map((p) => [
    ...(p === 0 ? [{ text: '某局2023年政府信息公开工作年度报告', x: 120, y: 100, size: 22 }, { text: '一、总体情况', x: LEFT + 2 * SIZE, y: 150, size: SIZE }] : []),
    ...lines.slice(p * 2, p * 2 + 2).map((l, i) => ({ ...l, y: 200 + i * 28 })),
    ...furniture(p + 1),
  ]);
}

const EXPECTED = `某局2023年政府信息公开工作年度报告\n一、总体情况\n${TEXT}\n`;

describe('page furniture', () => {
  const bottom = (text: string) => ({ text, x: 280, y: 800, size: 13 });
  test.each([
    ['-N-', (n: number) => `-${n}-`],
    ['- N -', (n: number) => `- ${n} -`],
    ['— N —', (n: number) => `— ${n} —`],
    ['第 N 页', (n: number) => `第 ${n} 页`],
    ['N/3', (n: number) => `${n}/3`],
    ['第N页 共3页', (n: number) => `第${n}页 共3页`],
    ['N', (n: number) => `${n}`],
  ])('page numbers printed as %s are dropped, and the paragraph they cut is one', async (_, number) => {
    expect(await pdfToText(pdfOf(pages((n) => [bottom(number(n))])))).toBe(EXPECTED);
  });

  test('page numbers at the top of the page, left and right on facing pages, are dropped too', async () => {
    expect(await pdfToText(pdfOf(pages((n) => [{ text: `- ${n} -`, x: n % 2 ? 480 : 74, y: 40, size: 13 }])))).toBe(EXPECTED);
  });

  test('a running header and a running footer, the same on every page, are dropped', async () => {
    const drawn = pages((n) => [
      { text: '某某市某某局政务公开', x: 230, y: 40, size: 10.5 },
      { text: '某某市某某局办公室印发', x: 72, y: 790, size: 10.5 },
      bottom(`第 ${n} 页 共 3 页`),
    ]);
    expect(await pdfToText(pdfOf(drawn))).toBe(EXPECTED);
  });

  test('a running header that repeats the title keeps the title on the first page', async () => {
    const title = (n: number) => (n === 1 ? [] : [{ text: '某局2023年政府信息公开工作年度报告', x: 150, y: 40, size: 10.5 }]);
    const drawn = pages(title).map((page, i) => (i === 0 ? page.map((d) => (d.size === 22 ? { ...d, y: 60 } : d)) : page));
    expect(await pdfToText(pdfOf(drawn))).toBe(EXPECTED);
  });

  test('what is on one page only, or in the middle of a page, stays', async () => {
    const drawn = pages((n) => (n === 2 ? [{ text: '附件：第 2 页', x: 72, y: 790, size: 13 }, { text: '第 3 页', x: 72, y: 400, size: 13 }] : []));
    const text = await pdfToText(pdfOf(drawn));
    expect(text).toContain('附件：第 2 页');
    expect(text).toContain('第 3 页');
  });

  test('a number at the foot of a page that is not its number stays', async () => {
    const text = await pdfToText(pdfOf(pages((n) => (n === 2 ? [bottom('17')] : []))));
    expect(text.split('\n')).toContain('17');
  });
});
