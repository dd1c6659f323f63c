/**
 * The real report: 淮安市人民政府 2024, exported from WPS, 6 pages. Its
 * figures were read by hand from `pdftotext -layout`; the text the import
 * produces is kept as a snapshot beside this file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../../../src/lib/import/pdf/index.ts';
import { HUAIAN_2024 } from '../../../fixtures/real/huaian-2024.ts';
import { parseReport } from '../../../../src/lib/check/report.ts';

const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/real/huaian-government-2024.pdf', import.meta.url)));
const text = await pdfToText(bytes);
const lines = text.split('\n');
const parsed = parseReport(text, { path: 'huaian-government/2024.txt', expect: { year: 2024, agency: ['淮安市人民政府'] } });

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
    const { agency, year, active_disclosure, applications, review_litigation } = report;
    expect({ agency, year, active_disclosure, applications, review_litigation }).toEqual(HUAIAN_2024);
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
