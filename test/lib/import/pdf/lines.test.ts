/** Text items to lines and cells: by baseline, and by the gaps along a line. */
import { describe, expect, test } from 'vitest';
import { lineText, pageLines } from '../../../../src/lib/import/pdf/lines.ts';
import type { TextItem } from '../../../../src/lib/import/pdf/text-items.ts';
import { closeUpCjk, foldIdeographs, joinText } from '../../../../src/lib/import/pdf/text.ts';

/** An item of CJK text, each character 1 em wide (digits and Latin letters half that). */
const item = (text: string, x: number, y: number, size = 10, spaceAt?: number): TextItem => ({
  text,
  x,
  y,
  size,
  width: [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * size, 0),
  ...(spaceAt === undefined ? {} : { spaceAt }),
});
const cells = (items: TextItem[]) => pageLines({ number: 1, width: 595, height: 842, items }).map((l) => l.cells.map((c) => c.text));

describe('pageLines(page)', () => {
  test('a label and its figures a couple of points apart, in different fonts, are one line', () => {
    expect(cells([item('一、本年新收政府信息公开申请数量', 77, 469), item('3001', 260, 471.3), item('53', 300, 471.3)])).toEqual([['一、本年新收政府信息公开申请数量', '3001', '53']]);
  });

  test('a line 15 pt lower is another line', () => {
    expect(cells([item('（三）不', 101, 656), item('予公开', 101, 671)])).toEqual([['（三）不'], ['予公开']]);
  });

  test('cells half a character apart are two cells, as in a tight table', () => {
    expect(cells([item('（四）无', 110, 300, 10.5), item('2.没有现成信息需要', 158, 300, 10.5)])).toEqual([['（四）无', '2.没有现成信息需要']]);
  });

  test('a space glyph in the gap keeps the two pieces one cell, as prose', () => {
    expect(cells([item('共计', 72, 300, 16), item('95', 108, 300, 16, 104), item('个', 128, 300, 16, 124)])).toEqual([['共计 95 个']]);
  });

  test('Chinese set a little apart from digits, with no space glyph, is joined without one', () => {
    expect(cells([item('2023', 72, 300, 10), item('年，我局', 94, 300, 10)])).toEqual([['2023年，我局']]);
  });

  test('the same glyphs drawn twice a hair apart (fake bold) are read once', () => {
    expect(cells([item('一、总体情况', 100, 300, 16), item('一、总体情况', 100.4, 300, 16)])).toEqual([['一、总体情况']]);
  });

  test('lineText joins a line’s cells with spaces where prose needs them', () => {
    const [line] = pageLines({ number: 1, width: 595, height: 842, items: [item('发布机构', 72, 300), item('2024', 200, 300)] });
    expect(lineText(line!)).toBe('发布机构 2024');
    expect(lineText(line!, '\t')).toBe('发布机构\t2024');
  });
});

describe('text pieces put back together', () => {
  test('Kangxi radicals and compatibility ideographs that fonts map 行 and 金 to are the ideographs again', () => {
    expect(foldIdeographs('\u2f8f政许可 \u2fa6额 \uf900')).toBe('行政许可 金额 豈');
    expect(foldIdeographs('行政许可（单位：万元）')).toBe('行政许可（单位：万元）');
  });

  test('Chinese joins Chinese without a space; Latin letters and digits keep the space the PDF shows', () => {
    expect(joinText('本年', '新收', true)).toBe('本年新收');
    expect(joinText('2024', '年', true)).toBe('2024 年');
    expect(joinText('hazwgkc@163', '.com', false)).toBe('hazwgkc@163.com');
  });

  test('labels justified across their cell are closed up', () => {
    expect(closeUpCjk('商 业 企 业')).toBe('商业企业');
    expect(closeUpCjk('第二十条 第（一）项')).toBe('第二十条第（一）项');
    expect(closeUpCjk('1. 属于国家秘密')).toBe('1. 属于国家秘密');
  });
});
