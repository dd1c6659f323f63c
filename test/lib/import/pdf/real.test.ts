/**
 * The real report: 淮安市人民政府 2024, exported from WPS, 6 pages. Its
 * figures were read by hand from `pdftotext -layout`; the text the import
 * produces is kept as a snapshot beside this file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../../../src/lib/import/pdf/index.ts';
import { APPLICATION_ROWS } from '../../../../src/lib/model/catalogue.ts';
import { parseReport } from '../../../../src/lib/check/report.ts';

const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/real/huaian-government-2024.pdf', import.meta.url)));
const text = await pdfToText(bytes);
const lines = text.split('\n');
const parsed = parseReport(text, { path: 'huaian-government/2024.txt', expect: { year: 2024, agency: ['淮安市人民政府'] } });

/** Table 三 as printed, row by row: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
const TABLE_3 = [
  [3001, 53, 0, 0, 61, 4, 3119],
  [34, 0, 0, 0, 0, 0, 34],
  [1288, 21, 0, 0, 50, 3, 1362],
  [447, 7, 0, 0, 0, 0, 454],
  [2, 0, 0, 0, 0, 0, 2],
  [30, 1, 0, 0, 0, 0, 31],
  [5, 0, 0, 0, 0, 0, 5],
  [6, 0, 0, 0, 0, 0, 6],
  [7, 1, 0, 0, 0, 0, 8],
  [12, 0, 0, 0, 0, 0, 12],
  [9, 0, 0, 0, 0, 0, 9],
  [105, 0, 0, 0, 0, 0, 105],
  [746, 12, 0, 0, 10, 1, 769],
  [11, 0, 0, 0, 0, 0, 11],
  [1, 0, 0, 0, 0, 0, 1],
  [56, 6, 0, 0, 0, 0, 62],
  [25, 0, 0, 0, 0, 0, 25],
  [0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0],
  [1, 0, 0, 0, 0, 0, 1],
  [67, 3, 0, 0, 1, 0, 71],
  [6, 0, 0, 0, 0, 0, 6],
  [108, 2, 0, 0, 0, 0, 110],
  [2932, 53, 0, 0, 61, 4, 3050],
  [103, 0, 0, 0, 0, 0, 103],
];

describe('huaian-government-2024.pdf (WPS, 6 pages)', () => {
  test('is the file as published', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('fed22baafaab82a239ca15020fc37f819e7cb62bc96659bf8f3f81c6421e0a92');
  });

  test('reads to the text kept beside this test', async () => {
    await expect(text).toMatchFileSnapshot('__snapshots__/huaian-government-2024.txt');
  });

  test('parses with no diagnostic at all', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.report).toBeDefined();
  });

  test('to the figures as printed', () => {
    const report = parsed.report!;
    expect(report.agency).toBe('淮安市人民政府');
    expect(report.year).toBe(2024);
    expect(report.active_disclosure).toEqual({
      regulations: { issued: 1, repealed: 0, in_force: 11 },
      normative_documents: { issued: 8, repealed: 26, in_force: 66 },
      licensing: 447228,
      penalty: 3985758,
      coercion: 88283,
      fees: 96171.6,
    });
    expect(APPLICATION_ROWS.map((r) => Object.values(report.applications[r.id]!))).toEqual(TABLE_3);
    expect(report.review_litigation).toEqual({
      administrative_review: { upheld: 72, corrected: 64, other: 178, pending: 37, total: 351 },
      litigation_direct: { upheld: 13, corrected: 4, other: 8, pending: 1, total: 26 },
      litigation_after_review: { upheld: 12, corrected: 1, other: 1, pending: 6, total: 20 },
    });
  });

  test('to the JSON kept beside this test', async () => {
    await expect(`${JSON.stringify(parsed.report, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/huaian-government-2024.json');
  });

  test('without its page numbers (-1- to -6-), between rows or in sentences', () => {
    expect(lines.filter((l) => /^\s*-\s*\d+\s*-\s*$/.test(l))).toEqual([]);
    // Page 1 ends inside a sentence that page 2 finishes.
    expect(text).toContain('“建设‘四最’一流营商环境高质量推进产业发展”');
  });

  test('labels that wrap around their figures are one label, on the row', () => {
    expect(lines).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t447\t7\t0\t0\t0\t0\t454');
    expect(lines).toContain('5.要求行政机关确认或重新出具已获取信息\t1\t0\t0\t0\t0\t0\t1');
    expect(lines).toContain('（六）其他处理\t1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t67\t3\t0\t0\t1\t0\t71');
  });

  test('labels down their cell one character per line, or over several rows, go on their first row', () => {
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t1288\t21\t0\t0\t50\t3\t1362');
    expect(lines).toContain('（三）不予公开\t1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2');
    expect(lines).toContain('（五）不予处理\t1.信访举报投诉类申请\t56\t6\t0\t0\t0\t0\t62');
  });

  test('table 三 continues across the page break, its label cut by it joined again', () => {
    const at = lines.indexOf('（四）无法提供\t1.本机关不掌握相关政府信息\t746\t12\t0\t0\t10\t1\t769');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('2.没有现成信息需要另行制作\t11\t0\t0\t0\t0\t0\t11');
  });

  test('prose comes one paragraph a line, headings on lines of their own', () => {
    const overview = lines.indexOf('一、总体情况');
    expect(lines.slice(0, overview + 2)).toEqual([
      '淮安市人民政府',
      '2024 年政府信息公开工作年度报告',
      expect.stringMatching(/^本报告由淮安市人民政府办公室根据.*电子邮箱：hazwgkc@163\.com）。$/),
      '一、总体情况',
      expect.stringMatching(/^2024 年，我市坚持.*圆满完成了各项任务。$/),
    ]);
    expect(parsed.report!.narrative.problems).toHaveLength(2);
    expect(parsed.report!.narrative.other_matters).toEqual(['2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。']);
  });
});
