/**
 * The reading pages (home, bodies, body, report) of a fixture with history:
 * zhengzhou-hrss has 2020, 2022 and 2023 (a gap in 2021), and
 * zhengdong-social-affairs-2023 has a cell changed and the two errors it
 * causes waived. Checked without a browser, against what src/lib reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../src/lib/model/catalogue.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics/diagnostic.ts';
import { numbers, page, text } from '../helpers/html.ts';
import { buildSite, makeContent, removeContent, seedFile, type BuildResult } from '../helpers/site.ts';

const HRSS_TITLE = '郑州市人力资源和社会保障局 2023 年';
const RECEIVED_ROW = '一、本年新收政府信息公开申请数量\t\t5\t0\t0\t0\t3\t0\t8\t';

function files(): Record<string, string> {
  const hrss = seedFile('zhengzhou-hrss/2023.txt');
  const sidecar = seedFile('zhengzhou-hrss/2023.yml');
  const zhengdong = seedFile('zhengdong-social-affairs/2023.txt');
  expect(hrss).toContain(HRSS_TITLE);
  expect(zhengdong).toContain(RECEIVED_ROW);
  const out: Record<string, string> = {
    'zhengdong-social-affairs/2023.txt': zhengdong.replace(RECEIVED_ROW, RECEIVED_ROW.replace('\t8\t', '\t9\t')),
    'zhengdong-social-affairs/2023.yml': `${seedFile('zhengdong-social-affairs/2023.yml')}waivers:
  - rule: applications-row-total
    line: ${zhengdong.split('\n').findIndex((l) => l.startsWith('一、本年新收')) + 1}
    reason: 原文如此（测试）
  - rule: applications-balance
    line: ${zhengdong.split('\n').findIndex((l) => l.startsWith('四、结转下年度')) + 1}
    reason: 原文如此（测试）
`,
  };
  for (const year of [2020, 2022]) {
    out[`zhengzhou-hrss/${year}.txt`] = hrss.replace(HRSS_TITLE, `郑州市人力资源和社会保障局 ${year} 年`);
    out[`zhengzhou-hrss/${year}.yml`] = sidecar;
  }
  return out;
}

let content: string;
let site: BuildResult;

beforeAll(async () => {
  content = makeContent({ name: 'reading', files: files() });
  site = await buildSite({ content, name: 'reading' });
});

afterAll(() => {
  site?.cleanup();
  if (content) removeContent(content);
});

const corpus = () => loadCorpus(content);

it('builds', () => {
  expect(corpus().files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(f.path, d)))).toEqual([]);
  expect(site.ok, site.output).toBe(true);
});

describe('charts', () => {
  it('label every SVG by its title and summary, and give each a table of its numbers', () => {
    for (const path of ['/bodies/zhengzhou-hrss/', '/reports/zhengzhou-government-2022/']) {
      const $ = page(site.dir, path);
      const figures = $('main figure.chart').toArray();
      expect(figures.length, path).toBe(3);
      for (const fig of figures) {
        const svg = $(fig).find('svg');
        expect(svg.attr('role')).toBe('img');
        const ids = (svg.attr('aria-labelledby') ?? '').split(' ');
        expect(ids).toHaveLength(2);
        for (const id of ids) expect(text($(`#${id}`)), `${path} #${id}`).not.toBe('');
        expect($(fig).find('details table tbody tr').length).toBeGreaterThan(0);
      }
    }
  });

  it('say so instead of drawing when there is nothing to draw', () => {
    const $ = page(site.dir, '/reports/zhangshu-hrss-2023/');
    expect($('main figure.chart svg').length).toBe(0);
    expect($('main figure.chart .chart-empty').toArray().map((e) => text($(e)))).toEqual([
      '本年度没有办理申请，没有可画的办理结果。',
      '本年度没有新收申请。',
      '本年度没有因政府信息公开工作被申请行政复议或提起行政诉讼。',
    ]);
  });
});

describe('body page with a gap in its years', () => {
  it('keeps the missing year on the trend, marked, and lists the reports newest first', () => {
    const $ = page(site.dir, '/bodies/zhengzhou-hrss/');
    expect(text($('#chart-received-summary'))).toBe('2020—2023 年间，有报告的每一年新收申请都是 23 件。2021 年没有报告。');
    expect($('#chart-received svg text').toArray().map((t) => text($(t)))).toContain('无报告');
    expect($('table.reports-table tbody th').toArray().map((t) => text($(t)))).toEqual(['2023 年', '2022 年', '2020 年']);
    expect(text($('table.reports-table tbody tr').first())).toContain('更正 1 处');
    expect($('main a[href="/reports/zhengzhou-hrss-2022.json"]').length).toBe(1);
  });
});

describe('report page', () => {
  it('lays out table 三 with 25 rows of 7 numbers each, as src/lib reads them', () => {
    const record = corpus().reports.find((r) => r.id === 'zhengzhou-government-2022')!;
    const $ = page(site.dir, '/reports/zhengzhou-government-2022/');
    const rows = $('table.applications tbody tr').toArray();
    expect(rows).toHaveLength(APPLICATION_ROWS.length);
    rows.forEach((tr, i) => {
      const values = $(tr).find('td').toArray().map((td) => numbers(text($(td)))[0]);
      expect(values).toEqual(APPLICANT_COLUMNS.map((c) => record.report.applications[APPLICATION_ROWS[i]!.id]![c.id]));
    });
    expect($('table.applications thead th').toArray().map((th) => text($(th)))).toEqual([
      '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
    ]);
  });

  it('lays out table 四 with its two-level header and 15 numbers', () => {
    const record = corpus().reports.find((r) => r.id === 'zhengzhou-government-2022')!;
    const $ = page(site.dir, '/reports/zhengzhou-government-2022/');
    const head = (i: number) => $('table.appeals thead tr').eq(i).find('th').toArray().map((th) => text($(th)));
    expect(head(0)).toEqual(['行政复议', '行政诉讼']);
    expect(head(1)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']);
    expect(head(2)).toHaveLength(10);
    const cells = $('table.appeals tbody td').toArray().map((td) => numbers(text($(td)))[0]);
    expect(cells).toEqual(APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => record.report.review_litigation[g.id][c.id])));
  });

  it('shows an undefined indicator as such, never as 0', () => {
    const $ = page(site.dir, '/reports/zhengzhou-hrss-2023/');
    const review = $('.indicator-list li').toArray().find((li) => text($(li)).startsWith('行政复议纠错率'))!;
    expect(text($(review).find('.ind-value'))).toBe('无法计算（分母为 0）');
    expect(text($(review).find('.ind-terms'))).toBe('分子 0 ÷ 分母 0');
  });

  it('shows the published and corrected lines as text, with a link to the line', () => {
    const $ = page(site.dir, '/reports/zhengzhou-hrss-2023/');
    const pres = $('.correction pre code').toArray().map((c) => $(c).text());
    expect(pres).toEqual(['0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1', '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1']);
    expect($('.correction h3 a').attr('href')).toBe('https://github.com/gongkai/gongkai/blob/main/content/reports/zhengzhou-hrss/2023.txt?plain=1#L82');
  });

  it('lists each waiver with the problem it waives and a link to its line', () => {
    const $ = page(site.dir, '/reports/zhengdong-social-affairs-2023/');
    const items = $('#notes-title').parent().find('li').toArray().map((li) => text($(li)));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^豁免 第 \d+ 行：已豁免：「一、本年新收政府信息公开申请数量」行：总计列为 9.*（理由：原文如此（测试））\s*\[applications-row-total\]$/);
    expect(items[1]).toContain('[applications-balance]');
    expect(text(page(site.dir, '/bodies/zhengdong-social-affairs/')('table.reports-table'))).toContain('豁免 2 处');
  });
});

describe('bodies index', () => {
  it('is complete and server-sorted by region, with sort keys for the script and the filter hidden until it runs', () => {
    const $ = page(site.dir, '/bodies/');
    expect($('#bodies-table tbody th').toArray().map((t) => text($(t)))).toEqual([
      '郑州市人民政府', '郑州市人力资源和社会保障局', '惠济区人力资源和社会保障局', '郑州市郑东新区社会事业局', '樟树市人力资源和社会保障局',
    ]);
    const hrss = $('#bodies-table tbody tr').eq(1);
    expect(text(hrss.find('td').eq(2))).toBe('2020、2022、2023');
    expect(hrss.find('td[data-sort]').toArray().map((td) => $(td).attr('data-sort'))).toEqual(['2023', '23', '23', String(3 / 23)]);
    expect($('.table-filter').attr('hidden')).toBeDefined();
  });
});

describe('home', () => {
  it('counts the collection and adds up the latest year', () => {
    const $ = page(site.dir, '/');
    expect($('#coverage').next('.cards').find('.card').toArray().map((c) => `${text($(c).find('.value'))} ${text($(c).find('.label'))}`)).toEqual([
      '7 份年度报告',
      '5 个行政机关',
      '2 个省级地区（2 个地级市）',
      '2020—2023 报告年度（共 3 个年度）',
    ]);
    expect(text($('#latest'))).toBe('2023 年合计');
    expect($('ul.recent li').length).toBe(7);
  });
});
