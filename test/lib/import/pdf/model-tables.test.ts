/**
 * The PDFs test/fixtures/pdf/generate.ts prints with LibreOffice: the model
 * tables with merged cells and narrow columns, in four page styles, and a
 * seed report as plain Word tables. Each must read to its exact figures
 * with no diagnostic, without its page numbers or running header.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../../../src/lib/import/pdf/index.ts';
import { parseReport } from '../../../../src/lib/check/report.ts';
import { STYLES } from '../../../fixtures/pdf/generate.ts';
import { ACTIVE, AGENCY, APPEALS, APPLICATIONS, OTHER_MATTERS, OVERVIEW, PROBLEMS, YEAR, applicationValues } from '../../../fixtures/pdf/report.ts';
import { seedReport } from '../temp-root.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/${name}.pdf`, import.meta.url)));
const texts = new Map<string, Promise<string>>();
const textOf = (name: string) => texts.get(name) ?? texts.set(name, pdfToText(fixture(name))).get(name)!;
const row = (...cells: Array<string | number>) => cells.join('\t');

describe.each(STYLES.map((s) => [s.name, s] as const))('%s.pdf', (_, style) => {
  test('reads to the exact figures, with no diagnostic', async () => {
    const text = await textOf(style.name);
    const { report, diagnostics } = parseReport(text);
    expect(diagnostics).toEqual([]);
    expect(report).toMatchObject({ agency: AGENCY, year: YEAR, active_disclosure: ACTIVE, applications: APPLICATIONS, review_litigation: APPEALS });
    expect(report!.narrative).toEqual({
      overview: [`本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自 ${YEAR} 年 1 月 1 日至 ${YEAR} 年 12 月 31 日。`, ...OVERVIEW],
      problems: PROBLEMS,
      other_matters: OTHER_MATTERS,
    });
  });

  test('with no page number or running header left', async () => {
    const lines = (await textOf(style.name)).split('\n');
    expect(lines.filter((l) => /^[-—\s]*\d+[-—\s]*$|^第\s*\d+\s*页|^\d+\/\d+$/.test(l))).toEqual([]);
    if (style.header) expect(lines).not.toContain(style.header);
    expect(lines.slice(0, 2)).toEqual([AGENCY, `${YEAR} 年政府信息公开工作年度报告`]);
  });

  test('with the merged and wrapped labels of table 三 on their rows', async () => {
    const lines = (await textOf(style.name)).split('\n');
    expect(lines).toContain(row('三、本年度办理结果', '（一）予以公开', ...applicationValues('granted')));
    expect(lines).toContain(row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...applicationValues('partially_granted')));
    expect(lines).toContain(row('（三）不予公开', '1.属于国家秘密', ...applicationValues('withheld_state_secret')));
    expect(lines).toContain(row('2.其他法律行政法规禁止公开', ...applicationValues('withheld_law_prohibited')));
    expect(lines).toContain(row('（四）无法提供', '1.本机关不掌握相关政府信息', ...applicationValues('unavailable_not_held')));
    expect(lines).toContain(row('（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...applicationValues('other_overdue_correction')));
    expect(lines).toContain(row('5.要求行政机关确认或重新出具已获取信息', ...applicationValues('not_processed_reconfirm')));
  });
});

test('the zhengzhou-hrss seed printed from plain Word tables (cells wrapped three characters a line, across a page) reads to its figures', async () => {
  const { report, diagnostics } = parseReport(await textOf('zhengzhou-hrss-word-tables'));
  expect(diagnostics).toEqual([]);
  const seed = seedReport('zhengzhou-hrss');
  expect(report).toMatchObject({ agency: seed.agency, year: seed.year, active_disclosure: seed.active_disclosure, applications: seed.applications, review_litigation: seed.review_litigation });
});
