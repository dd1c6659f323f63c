/**
 * Real report text in the shapes people get out of a published PDF: the
 * 淮安市人民政府 2024 report (test/fixtures/real, from shared/real) as poppler's
 * pdftotext gives it with -layout (rows on one line, page numbers between
 * rows, labels wrapped around their values) and without (reading order).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS } from '../../../src/lib/model/catalogue.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { parseReport } from '../../../src/lib/check/report.ts';
import { readReport } from '../../../src/lib/read/report.ts';
import { ROOT } from '../../fixtures/seeds.ts';

const fixture = (name: string) => readFileSync(`${ROOT}test/fixtures/real/${name}`, 'utf8');

/** Read by a person from the PDF's pages. Rows not listed are all zeros. */
export const HUAIAN_2024 = {
  active: { regulations: [1, 0, 11], normative_documents: [8, 26, 66], licensing: 447228, penalty: 3985758, coercion: 88283, fees: 96171.6 },
  applications: {
    received: '3001 53 0 0 61 4 3119',
    carried_over: '34 0 0 0 0 0 34',
    granted: '1288 21 0 0 50 3 1362',
    partially_granted: '447 7 0 0 0 0 454',
    withheld_state_secret: '2 0 0 0 0 0 2',
    withheld_law_prohibited: '30 1 0 0 0 0 31',
    withheld_security_stability: '5 0 0 0 0 0 5',
    withheld_third_party_rights: '6 0 0 0 0 0 6',
    withheld_internal_affairs: '7 1 0 0 0 0 8',
    withheld_process_information: '12 0 0 0 0 0 12',
    withheld_enforcement_case: '9 0 0 0 0 0 9',
    withheld_administrative_query: '105 0 0 0 0 0 105',
    unavailable_not_held: '746 12 0 0 10 1 769',
    unavailable_needs_creation: '11 0 0 0 0 0 11',
    unavailable_unclear: '1 0 0 0 0 0 1',
    not_processed_complaint: '56 6 0 0 0 0 62',
    not_processed_duplicate: '25 0 0 0 0 0 25',
    not_processed_reconfirm: '1 0 0 0 0 0 1',
    other_overdue_correction: '67 3 0 0 1 0 71',
    other_unpaid_fee: '6 0 0 0 0 0 6',
    other_other: '108 2 0 0 0 0 110',
    total: '2932 53 0 0 61 4 3050',
    carried_forward: '103 0 0 0 0 0 103',
  } as Record<string, string>,
  appeals: '72 64 178 37 351 | 13 4 8 1 26 | 12 1 1 6 20',
};

export const handApplications = () =>
  Object.fromEntries(APPLICATION_ROWS.map((r) => [r.id, (HUAIAN_2024.applications[r.id] ?? '0 0 0 0 0 0 0').split(' ').map(Number)]));

describe('pdftotext -layout of a WPS export: page numbers between rows, labels wrapped around values', () => {
  const text = fixture('huaian-government-2024.pdftotext-layout.txt');
  const { report, diagnostics } = parseReport(text, { path: 'huaian.txt' });

  it('reads every figure exactly, with no diagnostic', () => {
    expect(diagnostics.map((d) => formatDiagnostic('huaian.txt', d))).toEqual([]);
    const a = report!.active_disclosure;
    expect({
      regulations: Object.values(a.regulations),
      normative_documents: Object.values(a.normative_documents),
      licensing: a.licensing,
      penalty: a.penalty,
      coercion: a.coercion,
      fees: a.fees,
    }).toEqual(HUAIAN_2024.active);
    expect(Object.fromEntries(Object.entries(report!.applications).map(([k, v]) => [k, Object.values(v!)]))).toEqual(handApplications());
    expect(
      Object.values(report!.review_litigation)
        .map((g) => Object.values(g).join(' '))
        .join(' | '),
    ).toBe(HUAIAN_2024.appeals);
  });

  it('reads the title and skips the page numbers in the narrative', () => {
    expect([report!.agency, report!.year]).toEqual(['淮安市人民政府', 2024]);
    expect(Object.values(report!.narrative).flat().filter((p) => /^-\d+-$/.test(p))).toEqual([]);
  });

  it('without the page-number rule, the -3- after 第二十条 第（六）项 is a stray value (the defect it fixes)', () => {
    const withPageNumberAsValue = text.replace(/^\s*-3-\s*$/m, '                                           3');
    const messages = parseReport(withPageNumberAsValue, { path: 'huaian.txt' }).diagnostics.map((d) => formatDiagnostic('huaian.txt', d));
    expect(messages).toMatchInlineSnapshot(`
      [
        "huaian.txt:85:1: error: 表二（主动公开）中「第二十条 第（六）项」不是该表的行，其后的 1 个数值无法归属 [cell-count]",
      ]
    `);
  });
});

describe('pdftotext in reading order: one cell per line, labels far from their values', () => {
  const text = fixture('huaian-government-2024.pdftotext.txt');
  const read = readReport(text, { path: 'huaian.txt' });
  const { diagnostics } = parseReport(text, { path: 'huaian.txt' });

  it('places table 三 by the template order (175 values, every row total holds) with a warning', () => {
    const rows = read.tables.applications!.rows;
    expect(Object.fromEntries(APPLICATION_ROWS.map((r) => [r.id, Object.values(rows[r.id]!)]))).toEqual(handApplications());
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
