/**
 * Real report text in the shapes people get out of a published PDF: the
 * 淮安市人民政府 2024 report (test/fixtures/real, from shared/real) as poppler's
 * pdftotext gives it with -layout (rows on one line, page numbers between
 * rows, labels wrapped around their values) and without (reading order).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { parseReport } from '../../../src/lib/check/report.ts';
import { readReport } from '../../../src/lib/read/report.ts';
import { HUAIAN_2024 } from '../../fixtures/real/huaian-2024.ts';
import { ROOT } from '../../fixtures/seeds.ts';

const fixture = (name: string) => readFileSync(`${ROOT}test/fixtures/real/${name}`, 'utf8');

describe('pdftotext -layout of a WPS export: page numbers between rows, labels wrapped around values', () => {
  const text = fixture('huaian-government-2024.pdftotext-layout.txt');
  const { report, diagnostics } = parseReport(text, { path: 'huaian.txt' });

  it('reads every figure exactly, with no diagnostic', () => {
    expect(diagnostics.map((d) => formatDiagnostic('huaian.txt', d))).toEqual([]);
    const { agency, year, active_disclosure, applications, review_litigation } = report!;
    expect({ agency, year, active_disclosure, applications, review_litigation }).toEqual(HUAIAN_2024);
  });

  it('reads the title and skips the page numbers in the narrative', () => {
    expect([report!.agency, report!.year]).toEqual(['淮安市人民政府', 2024]);
    expect(Object.values(report!.narrative).flat().filter((p) => /^-\d+-$/.test(p))).toEqual([]);
  });

  it('without the page-number rule, the -3- after 行政许可 447228 is a second value of that row (the defect it fixes)', () => {
    const withPageNumberAsValue = text.replace(/^\s*-3-\s*$/m, '                                           3');
    const messages = parseReport(withPageNumberAsValue, { path: 'huaian.txt' }).diagnostics.map((d) => formatDiagnostic('huaian.txt', d));
    expect(messages).toMatchInlineSnapshot(`
      [
        "huaian.txt:82:15: error: 表二（主动公开）「行政许可」行有 2 个数值，应为 1 个（多出 1 个） [cell-count]",
      ]
    `);
  });
});

describe('pdftotext in reading order: one cell per line, labels far from their values', () => {
  const text = fixture('huaian-government-2024.pdftotext.txt');
  const read = readReport(text, { path: 'huaian.txt' });
  const { diagnostics } = parseReport(text, { path: 'huaian.txt' });

  it('places table 三 by the template order (175 values, every row total holds) with a warning', () => {
    expect(read.tables.applications!.rows).toEqual(HUAIAN_2024.applications);
    expect(diagnostics.filter((d) => d.rule === 'template-order').map((d) => formatDiagnostic('huaian.txt', d))).toMatchInlineSnapshot(`
      [
        "huaian.txt:152:1: warning: 表三（收到和处理申请）的数值与行名不在一起（常见于从 PDF 按阅读顺序复制的文字），已按格式规定的行列顺序放置全部 175 个数值，且每行合计与总计列一致 [template-order]",
      ]
    `);
  });

  it('rejects table 四, whose values come column by column, at their lines, and never reads wrong figures', () => {
    expect(read.tables.appeals?.value).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((d) => d.rule))).toEqual(new Set(['cell-count']));
    expect(errors.every((d) => d.line >= 578)).toBe(true);
  });
});

describe('published departures in the real text', () => {
  const text = fixture('huaian-government-2024.pdftotext-layout.txt');
  const messages = (t: string) => parseReport(t, { path: 'huaian.txt' }).diagnostics.map((d) => formatDiagnostic('huaian.txt', d));

  it('a label typo seen in a published report (2.其他法律行政止公开) is read as the row expected next, with a warning', () => {
    const typo = text.replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
    expect(parseReport(typo).report?.applications.withheld_law_prohibited.total).toBe(31);
    expect(messages(typo)).toMatchInlineSnapshot(`
      [
        "huaian.txt:137:14: warning: 表三（收到和处理申请）中的行名「2.其他法律行政止公开」与格式规定的行名不完全相同，按表格顺序和字面最接近的「2.其他法律行政法规禁止公开」行读取 [label-variant]",
      ]
    `);
  });

  it('a label that is as close to two rows is not guessed', () => {
    const unclear = text.replace('3.危及“三安全一稳定”', '3.属于信息');
    expect(messages(unclear).filter((m) => m.includes('error'))).not.toEqual([]);
    expect(parseReport(unclear).report).toBeUndefined();
  });

  it('in reading order, values out of place break the row totals and are not placed', () => {
    const lines = fixture('huaian-government-2024.pdftotext.txt').split('\n');
    // 3119, 一、本年新收's total, moved one value later: into the next row's first place.
    const at = lines.indexOf('3119');
    lines.splice(at, 1);
    lines.splice(lines.indexOf('34', at) + 1, 0, '3119');
    const read = readReport(lines.join('\n'));
    expect(read.tables.applications?.complete).toBe(false);
    expect(read.diagnostics.some((d) => d.rule === 'template-order' && d.message.includes('表三'))).toBe(false);
  });
});
