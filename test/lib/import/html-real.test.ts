/**
 * A government web page exactly as saved from the browser (平潭综合实验区
 * 2024, test/fixtures/real from shared/real): site navigation, share bar,
 * 全真版/文字版 tabs, related links, QR-code note and footer around the
 * article, tables of <p><span> pieces with rowspan and colspan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/check/report.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { htmlToText } from '../../../src/lib/import/html.ts';
import { ROOT } from '../../fixtures/seeds.ts';

const page = readFileSync(`${ROOT}test/fixtures/real/pingtan-2024.html`, 'utf8');
const CHROME = ['微信', '微博', 'QQ空间', '全真版', '文字版', '文件下载', '相关链接', '附件下载', '扫一扫', '关闭', '主办', '备案'];

/** Read by a person from the page. */
const PINGTAN_2024 = {
  active: '0 0 0 | 62 33 440 | 4529 | 1100 | 65 | 18651.06',
  received: '217 1 0 0 0 0 218',
  total: '217 1 0 0 0 0 218',
  other_other: '1 1 0 0 0 0 2',
  appeals: '2 1 3 1 7 | 0 0 0 0 0 | 13 2 4 0 19',
};

const figures = (text: string) => {
  const { report, diagnostics } = parseReport(text, { path: 'pingtan.txt' });
  const a = report!.active_disclosure;
  return {
    diagnostics: diagnostics.map((d) => formatDiagnostic('pingtan.txt', d)),
    agency: report!.agency,
    year: report!.year,
    active: [Object.values(a.regulations).join(' '), Object.values(a.normative_documents).join(' '), a.licensing, a.penalty, a.coercion, a.fees].join(' | '),
    received: Object.values(report!.applications.received).join(' '),
    total: Object.values(report!.applications.total).join(' '),
    other_other: Object.values(report!.applications.other_other!).join(' '),
    appeals: Object.values(report!.review_litigation)
      .map((g) => Object.values(g).join(' '))
      .join(' | '),
  };
};

describe('htmlToText on a saved government page', () => {
  const text = htmlToText(page);

  it('keeps the title, then the article, and none of the page chrome', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(lines[1]).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》/);
    expect(lines.filter((l) => CHROME.some((c) => l.startsWith(c)))).toEqual([]);
    expect(lines.filter(Boolean).at(-1)).toBe('2024年，无收取信息处理费情况。');
  });

  it('gives the page’s exact figures, with no diagnostic', () => {
    expect(figures(text)).toEqual({ diagnostics: [], agency: '平潭综合实验区', year: 2024, ...PINGTAN_2024 });
  });

  it('finds the title in the page’s head when the article has none (the agency is never read from the preamble)', () => {
    const withoutTitle = page.replace(/<div[^>]*class="[^"]*article_title[^"]*"[^>]*>[\s\S]*?<\/div>/, '').replace(/>平潭综合实验区2024年度政府信息公开工作年度报告</g, '><');
    expect(withoutTitle).not.toMatch(/>\s*平潭综合实验区2024年度政府信息公开工作年度报告\s*</);
    const lines = htmlToText(withoutTitle).split('\n');
    expect(lines[0]).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(figures(lines.join('\n')).agency).toBe('平潭综合实验区');
  });
});

describe('（六）其他处理 printed as one row, as the 2019 template has it', () => {
  const lines = htmlToText(page).split('\n');
  const first = lines.findIndex((l) => l.startsWith('（六）其他处理'));
  // The page's three sub-rows (1 0 0 0 0 0 1 / 0 … 0 / 1 1 0 0 0 0 2) printed as their one row.
  const asOne = (values: string) => [...lines.slice(0, first), `（六）其他处理\t${values}`, ...lines.slice(first + 3)].join('\n');

  it('is read as that row, the sub-rows unknown (null, never 0), with a warning', () => {
    expect(lines.slice(first, first + 3).map((l) => l.split('\t').slice(-7).join(' '))).toEqual(['1 0 0 0 0 0 1', '0 0 0 0 0 0 0', '1 1 0 0 0 0 2']);
    const { report, diagnostics } = parseReport(asOne('2\t1\t0\t0\t0\t0\t3'), { path: 'pingtan.txt' });
    expect(diagnostics.map((d) => formatDiagnostic('pingtan.txt', d))).toMatchInlineSnapshot(`
      [
        "pingtan.txt:49:1: warning: 表三（收到和处理申请）把“（六）其他处理”印成一行（2019 年版格式的写法），没有分列其下 3 项；已按一行读取并核对，这 3 项记为“未分列”（未知，不是 0） [other-combined]",
      ]
    `);
    expect(report!.applications.other_processing).toEqual({ natural_person: 2, commercial_enterprise: 1, research_institution: 0, social_welfare_organization: 0, legal_service_organization: 0, other_organization: 0, total: 3 });
    expect([report!.applications.other_overdue_correction, report!.applications.other_unpaid_fee, report!.applications.other_other]).toEqual([null, null, null]);
  });

  it('is held to the outcome sum and its own row total like any row', () => {
    const { report, diagnostics } = parseReport(asOne('2\t1\t0\t0\t0\t0\t4'), { path: 'pingtan.txt' });
    expect(report).toBeDefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['applications-row-total', 'applications-outcome-sum']);
  });
});

describe('a figure printed as an empty cell', () => {
  const lines = htmlToText(page).split('\n');
  const at = lines.findIndex((l) => l.includes('（一）予以公开'));

  it('counts as 0 for the rules, and the report says it was blank', () => {
    expect(lines[at]).toMatch(/\t71\t0\t0\t0\t0\t0\t71$/);
    const blank = [...lines.slice(0, at), lines[at]!.replace('\t71\t0\t', '\t71\t\t'), ...lines.slice(at + 1)].join('\n');
    const { report, diagnostics } = parseReport(blank, { path: 'pingtan.txt' });
    expect(diagnostics).toEqual([]);
    expect(report!.applications.granted).toEqual(parseReport(lines.join('\n')).report!.applications.granted);
    expect(report!.blank_cells).toEqual(['applications.granted.commercial_enterprise']);
    expect(parseReport(lines.join('\n')).report!.blank_cells).toBeUndefined();
  });
});

describe('table 三 with its applicant columns in another order, named on one header line', () => {
  const lines = htmlToText(page).split('\n');
  const from = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
  const to = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  // The page's own rows, each with its 总计 moved to the front, under a one-line header that says so.
  const moved = lines.slice(from + 1, to).flatMap((l) => {
    const cells = l.split('\t');
    const values = cells.slice(-7);
    if (cells.length < 8 || !values.every((v) => /^\d+$/.test(v))) return [];
    return [[...cells.slice(0, -7), values[6], ...values.slice(0, 6)].join('\t')];
  });
  const text = [...lines.slice(0, from + 1), '项目\t总计\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他', ...moved, ...lines.slice(to)].join('\n');

  it('is read column by column as the header prints them, with a warning', () => {
    expect(moved).toHaveLength(25);
    const { report, diagnostics } = parseReport(text, { path: 'pingtan.txt' });
    expect(report!.applications).toEqual(parseReport(lines.join('\n')).report!.applications);
    expect(diagnostics.map((d) => formatDiagnostic('pingtan.txt', d))).toMatchInlineSnapshot(`
      [
        "pingtan.txt:26:1: warning: 表三（收到和处理申请）的申请人列不是格式规定的顺序，而是 总计、自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织：已按表头的顺序读取每一列 [column-order]",
      ]
    `);
  });
});
