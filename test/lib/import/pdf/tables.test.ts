/**
 * Table 三 rebuilt from where its pieces stand, on PDFs written by hand
 * with the geometry of the real WPS report (7.5 pt type under 16 pt prose,
 * wrapped lines 15 pt apart, rows 24 pt apart, figures centred between the
 * lines of their label).
 */
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../../../src/lib/import/pdf/index.ts';
import { pdfOf, type Drawn } from './make-pdf.ts';

const SIZE = 7.5;
const COLUMNS = [262, 300, 337, 377, 421, 465, 498];
const values = (y: number, v: number[]) => v.map((n, i): Drawn => ({ text: String(n), x: COLUMNS[i]!, y: y + 2.3, size: SIZE }));
const label = (x: number, y: number, text: string): Drawn => ({ text, x, y, size: SIZE });
/** The prose and heading before a table, in body type, so the table's smaller type tells it apart. */
const before: Drawn[] = [
  { text: '某局2023年政府信息公开工作年度报告', x: 150, y: 80, size: 22 },
  { text: '一、总体情况', x: 104, y: 130, size: 16 },
  { text: '本年度，我局严格按照《中华人民共和国政府信息公开条例》要求，', x: 104, y: 160, size: 16 },
  { text: '三、收到和处理政府信息公开申请情况', x: 104, y: 200, size: 16 },
];
const tableLines = async (pages: Drawn[][]) => {
  const lines = (await pdfToText(pdfOf(pages))).split('\n');
  return lines.slice(lines.indexOf('三、收到和处理政府信息公开申请情况') + 1).filter(Boolean);
};
const row = (...cells: Array<string | number>) => cells.join('\t');

describe('labels rebuilt from their pieces', () => {
  test('a label wrapped around its figures, a line above them and one below, is one label on their row', async () => {
    const lines = await tableLines([
      [
        ...before,
        label(101, 240, '（一）予以公开'),
        ...values(240, [1, 2, 3, 4, 5, 6, 21]),
        label(101, 264, '（二）部分公开（区分处理的，只计这一情'),
        ...values(271.5, [7, 8, 9, 10, 11, 12, 57]),
        label(101, 279, '形，不计其他情形）'),
      ],
    ]);
    expect(lines).toEqual([row('（一）予以公开', 1, 2, 3, 4, 5, 6, 21), row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 7, 8, 9, 10, 11, 12, 57)]);
  });

  test('a label over three lines, its figures beside the middle one, is one label', async () => {
    const lines = await tableLines([
      [
        ...before,
        label(143, 240, '1、申请人无正当理由逾期不补'),
        label(143, 255, '正、行政机关不再处理其政府信'),
        ...values(255, [1, 0, 0, 0, 0, 0, 1]),
        label(143, 270, '息公开申请'),
        label(143, 294, '2、申请人逾期未按收费通知要'),
        ...values(301.5, [2, 0, 0, 0, 0, 0, 2]),
        label(143, 309, '求缴纳费用、行政机关不再处理'),
      ],
    ]);
    expect(lines).toEqual([
      row('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 1, 0, 0, 0, 0, 0, 1),
      row('2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理', 2, 0, 0, 0, 0, 0, 2),
    ]);
  });

  test('rows whose labels have no enumerator stay apart, however close', async () => {
    const lines = await tableLines([[...before, label(79, 240, '行政处罚'), ...values(240, [3]), label(79, 255, '行政强制'), ...values(255, [4])]]);
    expect(lines).toEqual([row('行政处罚', 3), row('行政强制', 4)]);
  });

  test('a header row over a row of figures stays a row of its own', async () => {
    const lines = await tableLines([[...before, label(79, 240, '信息内容'), label(249, 240, '本年处理决定数量'), label(79, 255, '行政许可'), { ...values(255, [31])[0]!, x: 249 }]]);
    expect(lines).toEqual([row('信息内容', '本年处理决定数量'), row('行政许可', 31)]);
  });
});

/** The first outcome rows of table 三, 三、本年度办理结果 down the left column one character a line, （三）不予公开 over two lines centred on its eight rows. */
function outcomes(pitch = 15): Drawn[] {
  const out: Drawn[] = [...before];
  out.push(label(77, 240, '二、上年结转政府信息公开申请数量'), ...values(240, [0, 0, 0, 0, 0, 0, 0]));
  out.push(label(101, 264, '（一）予以公开'), ...values(264, [1, 0, 0, 0, 0, 0, 1]));
  const items = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'];
  items.forEach((text, i) => out.push(label(143, 288 + 24 * i, text), ...values(288 + 24 * i, [i + 2, 0, 0, 0, 0, 0, i + 2])));
  // Centred on the rows: 三、本年度办理结果 from the middle of 1. to 6., （三）不予公开 between 4. and 5.
  [...'三、本年度办理结果'].reduce<string[]>((a, ch) => (ch === '、' ? [...a.slice(0, -1), `${a.at(-1)}、`] : [...a, ch]), []).forEach((ch, i) => out.push(label(77, 300 + pitch * i, ch)));
  out.push(label(101, 362, '（三）不'), label(101, 377, '予公开'));
  out.push(label(77, 500, '四、结转下年度继续办理'), ...values(500, [9, 0, 0, 0, 0, 0, 9]));
  return out;
}

describe('labels spanning rows', () => {
  test.each([
    ['one character a line', 15],
    ['spread over the height of the cell, as WPS does', 27],
  ])('go on the first row they span, where Word puts a merged cell, and break no row (down the cell %s)', async (_, pitch) => {
    const lines = await tableLines([outcomes(pitch)]);
    expect(lines).toEqual([
      row('二、上年结转政府信息公开申请数量', 0, 0, 0, 0, 0, 0, 0),
      row('三、本年度办理结果', '（一）予以公开', 1, 0, 0, 0, 0, 0, 1),
      row('（三）不予公开', '1.属于国家秘密', 2, 0, 0, 0, 0, 0, 2),
      row('2.其他法律行政法规禁止公开', 3, 0, 0, 0, 0, 0, 3),
      row('3.危及“三安全一稳定”', 4, 0, 0, 0, 0, 0, 4),
      row('4.保护第三方合法权益', 5, 0, 0, 0, 0, 0, 5),
      row('5.属于三类内部事务信息', 6, 0, 0, 0, 0, 0, 6),
      row('6.属于四类过程性信息', 7, 0, 0, 0, 0, 0, 7),
      row('7.属于行政执法案卷', 8, 0, 0, 0, 0, 0, 8),
      row('8.属于行政查询事项', 9, 0, 0, 0, 0, 0, 9),
      row('四、结转下年度继续办理', 9, 0, 0, 0, 0, 0, 9),
    ]);
  });
});

describe('a page break inside table 三', () => {
  test('the table continues on the next page, the page number between its rows dropped and a label the break cut joined', async () => {
    const lines = await tableLines([
      [
        ...before,
        label(143, 760, '8.属于行政查询事项'),
        ...values(760, [105, 0, 0, 0, 0, 0, 105]),
        label(143, 784, '1.本机关不掌握相关政府信息'),
        ...values(784, [746, 12, 0, 0, 10, 1, 769]),
        label(101, 788, '（四）无'),
        { text: '-1-', x: 74, y: 815, size: 13 },
      ],
      [
        label(101, 92, '法提供'),
        label(143, 92, '2.没有现成信息需要另行制作'),
        ...values(92, [11, 0, 0, 0, 0, 0, 11]),
        label(143, 117, '3.补正后申请内容仍不明确'),
        ...values(117, [1, 0, 0, 0, 0, 0, 1]),
        { text: '-2-', x: 497, y: 815, size: 13 },
      ],
    ]);
    expect(lines).toEqual([
      row('8.属于行政查询事项', 105, 0, 0, 0, 0, 0, 105),
      row('（四）无法提供', '1.本机关不掌握相关政府信息', 746, 12, 0, 0, 10, 1, 769),
      row('2.没有现成信息需要另行制作', 11, 0, 0, 0, 0, 0, 11),
      row('3.补正后申请内容仍不明确', 1, 0, 0, 0, 0, 0, 1),
    ]);
  });

  test('a label run down its cell one character a line and cut by the break is one label', async () => {
    const lines = await tableLines([
      [...before, label(77, 770, '三'), label(101, 770, '（一）予以公开'), ...values(770, [1, 0, 0, 0, 0, 0, 1]), label(77, 785, '、'), label(77, 800, '本')],
      [label(77, 90, '年'), label(77, 105, '度'), label(101, 98, '（二）部分公开'), ...values(98, [2, 0, 0, 0, 0, 0, 2])],
    ]);
    expect(lines).toEqual([row('三、本年度', '（一）予以公开', 1, 0, 0, 0, 0, 0, 1), row('（二）部分公开', 2, 0, 0, 0, 0, 0, 2)]);
  });
});
