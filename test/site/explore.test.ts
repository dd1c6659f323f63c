/**
 * The explore pages on a real build of the five seeds plus a generated
 * corpus of 1,000 reports (200 bodies × 2020–2024, bench/generate.ts), in
 * Debian's Chromium: a shared compare URL restores the same view; the
 * default view works without JavaScript; region and year pages add up the
 * reports; a Chinese search (人社) finds the human-resources bureaus; the
 * Atom feed, the sitemap and robots.txt parse as XML/text and point at
 * pages that exist. Expected numbers come from the reports themselves
 * (loadCorpus), not from the explore code under test.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { loadCorpus, type Corpus, type ReportRecord } from '../../src/lib/corpus/load.ts';
import { formatViolations, runAxe, seriousViolations } from '../helpers/axe.ts';
import { launchBrowser, openPage, PHONE, screenshot } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { buildSite, makeContent, removeContent, type BuildResult } from '../helpers/site.ts';

const GENERATED_BODIES = 200;
const SITE = 'https://gongkai.example.org';

let content: string;
let corpus: Corpus;
let site: BuildResult;
let server: StaticServer;
let browser: Browser;

/** 200 generated bodies whose ids and names differ from the seeds', written beside them. */
function addGenerated(root: string): void {
  const seeds = readdirSync(root);
  const names = new Set(seeds.map((s) => /^name: (.*)$/m.exec(readFileSync(join(root, s, 'body.yml'), 'utf8'))![1]));
  const tmp = mkdtempSync(join(tmpdir(), 'gongkai-test-explore-gen-'));
  try {
    const written = writeCorpus(tmp, { bodies: GENERATED_BODIES + 20, years: 5, seed: 1 });
    const kept = written.bodies.filter((b) => !seeds.includes(b.id) && !names.has(b.meta.name)).slice(0, GENERATED_BODIES);
    if (kept.length < GENERATED_BODIES) throw new Error(`only ${kept.length} generated bodies differ from the seeds`);
    for (const b of kept) cpSync(join(tmp, b.id), join(root, b.id), { recursive: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  content = makeContent({ name: 'explore', edit: addGenerated });
  corpus = loadCorpus(content);
  [site, browser] = await Promise.all([buildSite({ content, name: 'explore', pagefind: true }), launchBrowser()]);
  if (!site.ok) throw new Error(`explore site did not build:\n${site.output}`);
  console.log(`explore site: ${corpus.reports.length} reports built and indexed in ${(site.ms / 1000).toFixed(1)} s`);
  server = await serve(site.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.cleanup();
  if (content) removeContent(content);
});

// Independent of src/lib/explore: straight from the reports.
const received = (r: ReportRecord) => r.report.applications.received.total;
const disclosureRate = (r: ReportRecord) => {
  const a = r.report.applications;
  return a.total.total > 0 ? (a.granted.total + a.partially_granted.total) / a.total.total : null;
};
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const percent = (v: number | null) => (v === null ? '不适用' : `${(v * 100).toFixed(1)}%`);
const latestYear = () => Math.max(...corpus.reports.map((r) => r.report.year));

/** The compare table as [body, value] pairs, in order. */
function compareTable(page: Page): Promise<Array<[string, string]>> {
  return page.$$eval('#compare-table tbody tr', (rows) => rows.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelectorAll('td')[3]!.textContent!.trim()] as [string, string]));
}

function formValues(page: Page): Promise<Record<string, string>> {
  return page.$$eval('#compare-form select', (selects) => Object.fromEntries(selects.map((s) => [(s as HTMLSelectElement).name, (s as HTMLSelectElement).value])));
}

/** Resolves once the script has drawn the view named by `query`. */
async function drawn(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.getElementById('compare')?.dataset.state === q && document.getElementById('compare')?.getAttribute('aria-busy') === 'false', query, { timeout: 15_000 });
}

describe('compare', () => {
  it('renders the default view without JavaScript: latest year, applications received, every body, largest first', async () => {
    const { page, problems, close } = await openPage(browser, server.url('/compare/'), { javaScript: false });
    const year = latestYear();
    const expected = corpus.reports.filter((r) => r.report.year === year).map(received).sort((a, b) => b - a);
    const rows = await compareTable(page);
    expect(rows).toHaveLength(expected.length);
    expect(rows.map(([, v]) => v)).toEqual(expected.map(count));
    expect(await page.locator('#compare-table caption').textContent()).toBe(`${year} 年 · 本年新收申请 · 全部地区 · 全部机关 · 从大到小`);
    expect(await page.locator('#compare-chart svg rect').count()).toBe(30);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('restores a shared view from its URL, and a changed view from the URL it writes', async () => {
    const query = '?year=2022&m=disclosure_rate&region=henan&kind=department&sort=asc';
    const a = await openPage(browser, server.url(`/compare/${query}`));
    await drawn(a.page, query);
    expect(await formValues(a.page)).toEqual({ year: '2022', m: 'disclosure_rate', region: 'henan', kind: 'department', sort: 'asc' });
    // Expected from the reports: Henan's departments in 2022, lowest rate first, ties by body id, undefined rates last.
    const henan = corpus.reports.filter((r) => r.report.year === 2022 && r.body.region.province === '河南省' && r.body.kind === 'department');
    expect(henan.length).toBeGreaterThan(3);
    const byId = (x: ReportRecord, y: ReportRecord) => (x.bodyId < y.bodyId ? -1 : 1);
    const valued = henan.filter((r) => disclosureRate(r) !== null).sort((x, y) => disclosureRate(x)! - disclosureRate(y)! || byId(x, y));
    const missing = henan.filter((r) => disclosureRate(r) === null).sort(byId);
    expect(await compareTable(a.page)).toEqual([...valued, ...missing].map((r) => [r.body.name, percent(disclosureRate(r))]));
    expect(a.page.url()).toBe(server.url(`/compare/${query}`));
    await screenshot(a.page, 'explore-compare-shared');

    // Change the view as a reader would; the address bar follows.
    await a.page.selectOption('select[name="m"]', 'not_held_share');
    await a.page.selectOption('select[name="sort"]', 'desc');
    const changed = '?year=2022&m=not_held_share&region=henan&kind=department';
    await drawn(a.page, changed);
    expect(a.page.url()).toBe(server.url(`/compare/${changed}`));
    const table = await compareTable(a.page);
    const caption = await a.page.locator('#compare-table caption').textContent();
    const chart = await a.page.locator('#compare-chart svg').innerHTML();

    // The URL, opened afresh, shows the same view.
    const b = await openPage(browser, a.page.url());
    await drawn(b.page, changed);
    expect(await formValues(b.page)).toEqual({ year: '2022', m: 'not_held_share', region: 'henan', kind: 'department', sort: 'desc' });
    expect(await compareTable(b.page)).toEqual(table);
    expect(await b.page.locator('#compare-table caption').textContent()).toBe(caption);
    expect(await b.page.locator('#compare-chart svg').innerHTML()).toBe(chart);
    expect([...a.problems, ...b.problems]).toEqual([]);
    await a.close();
    await b.close();
  });

  it('serves every measure file the form offers', async () => {
    const { page, close } = await openPage(browser, server.url('/compare/'), { javaScript: false });
    const measures = await page.$$eval('select[name="m"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    await close();
    expect(measures).toHaveLength(209);
    const missing = measures.filter((m) => !existsSync(join(site.dir, 'compare/data', `${m}.json`)));
    expect(missing).toEqual([]);
  });
});

describe('regions', () => {
  it('sums a city\'s reports per year and shows its government\'s report beside its departments\'', async () => {
    const { page, problems, close } = await openPage(browser, server.url('/regions/henan/zhengzhou/'));
    const inCity = corpus.reports.filter((r) => r.body.region.province === '河南省' && r.body.region.city === '郑州市');
    const sum2023 = inCity.filter((r) => r.report.year === 2023).reduce((n, r) => n + received(r), 0);
    const cell = await page.evaluate(() => {
      const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent?.includes('各年报告数字合计'))!;
      const col = [...table.tHead!.rows[0]!.cells].findIndex((c) => c.textContent === '2023 年');
      const row = [...table.tBodies[0]!.rows].find((r) => r.cells[0]!.textContent === '本年新收申请')!;
      return row.cells[col]!.textContent;
    });
    expect(cell).toBe(count(sum2023));
    expect(await page.locator('caption', { hasText: '2022 年：郑州市人民政府的报告' }).count()).toBe(1);
    expect(await page.locator('.notice', { hasText: '两者统计的不是同一件事' }).count()).toBe(1);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE}/regions/henan/zhengzhou/`);
    const bodies = new Set(inCity.map((r) => r.body.name));
    expect(await page.locator('table', { hasText: '郑州市的机关' }).locator('tbody tr').count()).toBe(bodies.size);
    expect(problems).toEqual([]);
    await close();
  });

  it('lists every region on the index, each with its page', async () => {
    const { page, close } = await openPage(browser, server.url('/regions/'));
    const links = await page.$$eval('.region-tree a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await close();
    const provinces = new Set(corpus.bodies.map((b) => b.meta.region.province));
    expect(links.filter((l) => l.split('/').length === 4)).toHaveLength(provinces.size);
    expect(links.every((l) => /^\/regions\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\/$/.test(l))).toBe(true);
    expect(links.filter((l) => !existsSync(join(site.dir, l, 'index.html')))).toEqual([]);
  });
});

describe('years', () => {
  it('shows coverage, totals and every indicator\'s spread for a year', async () => {
    const year = latestYear();
    const { page, problems, close } = await openPage(browser, server.url(`/years/${year}/`));
    const of = corpus.reports.filter((r) => r.report.year === year);
    expect(await page.locator('.card .value').first().textContent()).toBe(count(of.length));
    expect(await page.locator('figure.year-histogram').count()).toBe(9);
    const bins = await page.$$eval('#spread-disclosure_rate details tbody', (bodies) => [...bodies[0]!.querySelectorAll('td')].map((td) => Number(td.textContent)));
    expect(bins).toHaveLength(10);
    expect(bins.reduce((a, b) => a + b, 0)).toBe(of.filter((r) => disclosureRate(r) !== null).length);
    expect(await page.locator('#spread-disclosure_rate svg rect').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await screenshot(page, 'explore-year');
    await close();
  });
});

describe('search', () => {
  const hrss = () => new Set(corpus.bodies.filter((b) => b.meta.name.includes('人力资源和社会保障局')).map((b) => `/bodies/${b.id}/`));

  it('finds every human-resources bureau for 人社, and ranks their pages first', async () => {
    const { page, problems, close } = await openPage(browser, server.url('/search/'));
    // A string, not a function: vitest would rewrite a dynamic import() inside a function for Node.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const bodies = await pagefind.search('人社', { filters: { 类型: '机关' } });
      const all = await pagefind.search('人社');
      const top = await Promise.all(all.results.slice(0, 10).map((r) => r.data()));
      const urls = await Promise.all(bodies.results.map((r) => r.data()));
      return { bodies: urls.map((d) => d.url), top: top.map((d) => d.meta.title) };
    })()`)) as { bodies: string[]; top: string[] };
    expect(new Set(found.bodies)).toEqual(hrss());
    expect(found.bodies.length).toBeGreaterThanOrEqual(3);
    expect(found.top.filter((t) => !t.includes('人力资源和社会保障局'))).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('searches the query in the URL with the Chinese UI', async () => {
    const { page, problems, close } = await openPage(browser, server.url('/search/?q=人社'));
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    expect(await page.locator('.pagefind-ui__message').textContent()).toMatch(/^找到 [\d,]+ 个与“人社”相关的页面$/);
    expect(await page.locator('.pagefind-ui__result-link').first().textContent()).toContain('人力资源和社会保障局');
    expect(await page.locator('.pagefind-ui__filter-name', { hasText: '类型' }).count()).toBe(1);
    expect(await page.locator('.pagefind-ui__search-input').getAttribute('placeholder')).toContain('人社');
    await screenshot(page, 'explore-search');
    expect(problems).toEqual([]);
    await close();
  });

  it('points to the bodies index without JavaScript', async () => {
    const { page, close } = await openPage(browser, server.url('/search/'), { javaScript: false });
    expect(await page.locator('noscript a[href="/bodies/"]').count()).toBe(1);
    await close();
  });
});

describe('feed, sitemap and robots.txt', () => {
  /** Parses with the browser's XML parser; a parse error becomes a <parsererror> element. */
  async function parseXml(page: Page, path: string) {
    return page.evaluate(async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      const root = doc.documentElement;
      const ns = root.namespaceURI ?? '';
      const all = (name: string) => [...doc.getElementsByTagNameNS(ns, name)];
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: root.localName,
        ns,
        updated: all('updated')[0]?.textContent ?? '',
        entries: all('entry').map((e) => ({
          id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
          title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
          updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
        })),
        locs: all('loc').map((l) => l.textContent ?? ''),
      };
    }, server.url(path));
  }

  it('has a well-formed Atom feed of the newest reports, dated by their added dates', async () => {
    const { page, close } = await openPage(browser, server.url('/'));
    const feed = await parseXml(page, '/feed.xml');
    await close();
    expect(feed).toMatchObject({ error: false, root: 'feed', ns: 'http://www.w3.org/2005/Atom' });
    const added = corpus.reports.filter((r) => r.added).map((r) => r.added!).sort();
    expect(feed.updated).toBe(`${added.at(-1)}T00:00:00Z`);
    expect(feed.entries).toHaveLength(Math.min(100, added.length));
    for (const e of feed.entries) {
      expect(e.link.startsWith(`${SITE}/reports/`)).toBe(true);
      expect(existsSync(join(site.dir, new URL(e.link).pathname, 'index.html'))).toBe(true);
      expect(e.title).toMatch(/ \d{4} 年政府信息公开工作年度报告$/);
    }
    const dates = feed.entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('has a sitemap of every page, and robots.txt points to it', async () => {
    const { page, close } = await openPage(browser, server.url('/'));
    const index = await parseXml(page, '/sitemap-index.xml');
    expect(index).toMatchObject({ error: false, root: 'sitemapindex', ns: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    const locs: string[] = [];
    for (const loc of index.locs) {
      const map = await parseXml(page, new URL(loc).pathname);
      expect(map).toMatchObject({ error: false, root: 'urlset', ns: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
      locs.push(...map.locs);
    }
    await close();
    const paths = locs.map((l) => new URL(l).pathname);
    expect(paths.filter((p) => !existsSync(join(site.dir, p, 'index.html')))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['/compare/', '/regions/', '/regions/henan/zhengzhou/', '/years/', `/years/${latestYear()}/`, '/search/', '/reports/zhengzhou-hrss-2023/']));
    expect(paths.some((p) => p.endsWith('.json') || p.endsWith('.xml'))).toBe(false);
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });
});

describe('accessibility', () => {
  const pages = ['/compare/', '/compare/?year=2022&m=disclosure_rate&region=henan', '/regions/', '/regions/henan/zhengzhou/', '/years/', '/years/2024/', '/search/?q=人社'];
  for (const width of [1280, PHONE.width]) {
    it(`has no serious or critical axe findings on the explore pages at ${width}px`, async () => {
      const findings: string[] = [];
      for (const path of pages) {
        const { page, problems, close } = await openPage(browser, server.url(path), { width });
        if (path.startsWith('/compare/?')) await drawn(page, path.slice('/compare/'.length));
        if (path.startsWith('/search/')) await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
        const bad = seriousViolations(await runAxe(page));
        if (bad.length) findings.push(`${path}\n${formatViolations(bad)}`);
        findings.push(...problems.map((p) => `${path}: ${p}`));
        if (width < 600) await screenshot(page, `explore-phone${path.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`);
        await close();
      }
      expect(findings, findings.join('\n')).toEqual([]);
    }, 120_000);
  }
});
