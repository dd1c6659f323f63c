/**
 * The real Astro build of fixture content: the five seed reports (built
 * twice, to prove the data files are reproducible) and a hostile report
 * whose text tries to become markup or a spreadsheet formula. Pages and data
 * files are checked against what src/lib reads from the same files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type ReportRecord } from '../../src/lib/corpus/load.ts';
import { publishedReport } from '../../src/lib/exports/record.ts';
import { FIGURES, figures } from '../../src/lib/model/figures.ts';
import { INDICATORS, indicators } from '../../src/lib/model/indicators.ts';
import { Report } from '../../src/lib/model/schema.ts';
import { readCsv } from '../helpers/csv.ts';
import { htmlFiles, links, page, pageExists, rowsWith, text } from '../helpers/html.ts';
import { EVENT, HOSTILE_NAME, HOSTILE_REPORTS, hostileFiles, IMG, SCRIPT } from '../helpers/hostile.ts';
import { buildSite, listFiles, makeContent, removeContent, SEED_CONTENT, type BuildResult } from '../helpers/site.ts';
import { seedContent } from '../fixtures/seed-content.ts';

const seeds = loadCorpus(seedContent());
const records = seeds.reports;
const bodies = seeds.bodies;
const recordById = new Map(records.map((r) => [r.id, r]));

/** The report fields of a published object, without what the portal adds. */
const reportPart = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(Report.shape).map((k) => [k, o[k]]));

let site: BuildResult;
let again: BuildResult;
let hostile: BuildResult;
const contents: string[] = [];

beforeAll(async () => {
  const content = makeContent({ name: 'seeds' });
  const second = makeContent({ name: 'seeds-again' });
  const bad = makeContent({
    name: 'hostile',
    bodies: [],
    files: hostileFiles(),
  });
  contents.push(content, second, bad);
  [site, again, hostile] = await Promise.all([
    buildSite({ content, name: 'seeds' }),
    buildSite({ content: second, name: 'seeds-again' }),
    buildSite({ content: bad, name: 'hostile' }),
  ]);
});

afterAll(() => {
  for (const b of [site, again, hostile]) b?.cleanup();
  for (const c of contents) removeContent(c);
});

/**
 * Charts: at least `figures` figure.chart, each with a title and a table of its
 * numbers; at least `drawn` of them draw an inline SVG (a chart with nothing
 * to draw, all zeros, may say so instead).
 */
function checkCharts($: ReturnType<typeof page>, figures: number, drawn: number): void {
  const charts = $('main figure.chart').toArray();
  expect(charts.length, 'figure.chart').toBeGreaterThanOrEqual(figures);
  for (const c of charts) {
    const title = text($(c).find('figcaption, h2, h3, h4').first());
    expect(title, 'chart title').not.toBe('');
    expect($(c).find('table').length, `${title}: table of the numbers`).toBeGreaterThan(0);
    if ($(c).find('svg').length) expect($(c).find('svg rect, svg path').length, `${title}: marks`).toBeGreaterThan(0);
    else expect(text($(c)).length, `${title}: says why there is no chart`).toBeGreaterThan(title.length + 10);
  }
  expect(charts.filter((c) => $(c).find('svg').length > 0).length, 'charts drawn as inline SVG').toBeGreaterThanOrEqual(drawn);
}

const read = (dir: string, path: string) => readFileSync(join(dir, path.replace(/^\//, '')), 'utf8');
const json = (dir: string, path: string): unknown => JSON.parse(read(dir, path));

it('the seeds are what these tests expect', () => {
  expect(records.map((r) => r.id)).toEqual(['huiji-hrss-2023', 'zhangshu-hrss-2023', 'zhengdong-social-affairs-2023', 'zhengzhou-government-2022', 'zhengzhou-hrss-2023']);
  expect(seeds.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
});

describe('the seed site', () => {
  it('builds', () => {
    expect(site.ok, site.output).toBe(true);
    expect(again.ok, again.output).toBe(true);
  });

  const PAGES = ['/', '/bodies/', ...bodies.map((b) => `/bodies/${b.id}/`), ...records.map((r) => `/reports/${r.id}/`), '/data/', '/about/', '/contributing/', '/404.html'];

  it.each(PAGES)('has the page %s', (path) => {
    expect(pageExists(site.dir, path), `${path} missing; built pages: ${htmlFiles(site.dir).join(' ')}`).toBe(true);
  });

  it('gives every page a language, title, description and Open Graph metadata', () => {
    const pages = htmlFiles(site.dir);
    expect(pages.length).toBeGreaterThanOrEqual(PAGES.length);
    const problems: string[] = [];
    const titles = new Map<string, string>();
    for (const path of pages) {
      const $ = page(site.dir, path);
      const title = text($('head > title'));
      const need: Array<[string, string | undefined]> = [
        ['html[lang=zh-CN]', $('html').attr('lang') === 'zh-CN' ? 'ok' : undefined],
        ['<title>', title || undefined],
        ['meta description', $('meta[name=description]').attr('content')],
        ['og:title', $('meta[property="og:title"]').attr('content')],
        ['og:description', $('meta[property="og:description"]').attr('content')],
        ['og:url', $('meta[property="og:url"]').attr('content')],
        ['<h1>', text($('h1').first()) || undefined],
      ];
      for (const [what, value] of need) if (!value) problems.push(`${path}: no ${what}`);
      if ($('h1').length > 1) problems.push(`${path}: ${$('h1').length} <h1>`);
      const twin = titles.get(title);
      if (twin && path !== '/404.html') problems.push(`${path}: same <title> as ${twin}: ${title}`);
      titles.set(title, path);
    }
    expect(problems).toEqual([]);
  });

  it('links only to pages and files that exist', () => {
    const listed = new Set(listFiles(site.dir));
    const missing = new Set<string>();
    for (const path of htmlFiles(site.dir)) {
      const $ = page(site.dir, path);
      const refs = [...links($, 'html'), ...$('link[href], script[src], img[src]').toArray().map((e) => $(e).attr('href') ?? $(e).attr('src') ?? '')];
      for (const ref of refs) {
        if (!ref.startsWith('/') || ref.startsWith('//')) continue;
        const target = ref.split(/[?#]/)[0]!;
        const file = target.endsWith('/') ? `${target}index.html` : target;
        // The search page and its index are made by Pagefind after the Astro build.
        if (target.startsWith('/pagefind/')) continue;
        if (!listed.has(file.replace(/^\//, ''))) missing.add(`${path} -> ${ref}`);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });

  it('home page: what the portal holds and ways in', () => {
    const $ = page(site.dir, '/');
    const main = links($);
    expect(main).toContain('/bodies/');
    expect(main).toContain('/data/');
    expect(main.filter((h) => /^\/reports\/[a-z0-9-]+\/$/.test(h)).length, 'links to recently added reports').toBeGreaterThan(0);
    const words = text($('main'));
    expect(words).toMatch(/5\s*份报告|报告\s*5\s*份|5\s*份/);
  });

  it('bodies index: every body with its region and a link to its page', () => {
    const $ = page(site.dir, '/bodies/');
    for (const b of bodies) {
      const row = $(`main a[href="/bodies/${b.id}/"]`);
      expect(row.length, `link to /bodies/${b.id}/`).toBeGreaterThan(0);
      expect(text($('main'))).toContain(b.meta.name);
      expect(text($('main'))).toContain(b.meta.region.county ?? b.meta.region.city ?? b.meta.region.province);
    }
  });

  it.each(bodies.map((b) => [b.id, b]))('body page %s: name, its reports, charts, downloads', (id, b) => {
    const $ = page(site.dir, `/bodies/${id}/`);
    expect(text($('h1'))).toContain(b.meta.name);
    const hrefs = links($);
    for (const r of records.filter((x) => x.bodyId === id)) {
      expect(hrefs, `link to report ${r.id}`).toContain(`/reports/${r.id}/`);
      expect(text($('main'))).toContain(String(r.report.year));
    }
    const mine = records.filter((x) => x.bodyId === id);
    checkCharts($, 3, [mine.some((x) => x.report.applications.received.total > 0), mine.some((x) => x.report.applications.total.total > 0)].filter(Boolean).length);
    expect(hrefs.some((h) => /\.(csv|json)$/.test(h)), 'downloads').toBe(true);
  });

  it.each(records.map((r) => [r.id, r]))('report page %s: tables as in the report, charts, downloads', (id, r) => {
    const $ = page(site.dir, `/reports/${id}/`);
    expect(text($('h1'))).toContain(r.report.agency);
    expect(text($('h1'))).toContain(String(r.report.year));
    const a = r.report.applications;
    const cols = ['natural_person', 'commercial_enterprise', 'research_institution', 'social_welfare_organization', 'legal_service_organization', 'other_organization', 'total'] as const;
    expect(rowsWith($, '本年新收'), 'row 一、本年新收').toContainEqual(cols.map((c) => a.received[c]));
    expect(rowsWith($, '结转下年度'), 'row 四、结转下年度继续办理').toContainEqual(cols.map((c) => a.carried_forward[c]));
    expect(rowsWith($, '予以公开'), 'row （一）予以公开').toContainEqual(cols.map((c) => a.granted[c]));
    expect(rowsWith($, '行政许可'), 'row 行政许可').toContainEqual([r.report.active_disclosure.licensing]);
    const review = r.report.review_litigation;
    const groups = [review.administrative_review, review.litigation_direct, review.litigation_after_review].map((g) => [g.upheld, g.corrected, g.other, g.pending, g.total]);
    const all = rowsWith($, '');
    // The official layout is one row of 15; one row per group reads as well.
    const inOneRow = all.some((row) => row.join() === groups.flat().join());
    const perGroup = groups.every((g) => all.some((row) => row.join() === g.join()));
    expect(inOneRow || perGroup, `table 四: ${groups.flat().join(' ')}`).toBe(true);
    const appeals = groups.flat().some((n) => n > 0);
    checkCharts($, 3, [a.total.total > 0, a.received.total > 0, appeals].filter(Boolean).length);
    const hrefs = links($);
    expect(hrefs).toContain(`/reports/${id}.json`);
    expect(hrefs).toContain(`/reports/${id}.csv`);
    if (r.source) expect(hrefs).toContain(r.source);
    for (const p of r.report.narrative.overview.slice(0, 1)) expect(text($('main'))).toContain(p.replace(/\s+/g, ' ').trim().slice(0, 40));
  });

  it('report page of zhengzhou-government-2022 shows 3325 received and 3366 handled', () => {
    const $ = page(site.dir, '/reports/zhengzhou-government-2022/');
    expect(rowsWith($, '本年新收').map((row) => row.at(-1))).toContain(3325);
    expect(rowsWith($, '总计').map((row) => row.at(-1))).toContain(3366);
  });

  it('report page of zhengzhou-hrss-2023 shows its correction of line 82', () => {
    const $ = page(site.dir, '/reports/zhengzhou-hrss-2023/');
    const correction = recordById.get('zhengzhou-hrss-2023')!.corrections[0]!;
    const holder = $('main *')
      .toArray()
      .filter((e) => /更正/.test(text($(e))) && /82/.test(text($(e))) && text($(e)).includes(correction.reason.replace(/\s+/g, ' ').slice(0, 30)));
    expect(holder.length, 'an element with 更正, line 82 and the reason').toBeGreaterThan(0);
    const words = text($('main'));
    const spaced = (s: string) => s.split('\t').join(' ');
    expect(words.includes(spaced(correction.published)) || words.includes(correction.published), 'the published row').toBe(true);
    expect(words.includes(spaced(correction.corrected)) || words.includes(correction.corrected), 'the corrected row').toBe(true);
  });

  it('report text with angle brackets stays text (zhengzhou-hrss-2023 cites <政府信息公开信息处理费管理办法>)', () => {
    const html = read(site.dir, '/reports/zhengzhou-hrss-2023/index.html');
    expect(html).not.toContain('<政府信息公开信息处理费管理办法>');
    expect(text(page(site.dir, '/reports/zhengzhou-hrss-2023/')('main'))).toContain('<政府信息公开信息处理费管理办法>');
  });

  it('data page: every download and the data dictionary', () => {
    const $ = page(site.dir, '/data/');
    const hrefs = links($);
    for (const f of ['/data/reports.json', '/data/reports.csv', '/data/reports-wide.csv', '/data/datapackage.json']) expect(hrefs, f).toContain(f);
    const words = text($('main'));
    const missing = [...new Set(FIGURES.flatMap((f) => [f.row, f.column, f.row_label, f.column_label]).filter(Boolean))].filter((w) => !words.includes(w));
    expect(missing, 'row and column ids and labels missing from the dictionary').toEqual([]);
  });

  it.each(['/about/', '/contributing/'])('%s is a written page', (path) => {
    const $ = page(site.dir, path);
    expect(text($('main')).length).toBeGreaterThan(200);
  });

  it('404 page leads home', () => {
    const $ = page(site.dir, '/404.html');
    expect(links($, 'main')).toContain('/');
  });
});

describe('the seed data files', () => {
  it('reports.json holds exactly the seeds, as src/lib reads them', () => {
    const data = json(site.dir, '/data/reports.json') as Array<Record<string, unknown>>;
    expect(Array.isArray(data)).toBe(true);
    expect(data.map((d) => d.id)).toEqual(records.map((r) => r.id));
    for (const [i, r] of records.entries()) {
      const d = data[i]!;
      expect(reportPart(d), r.id).toEqual(r.report);
      expect(Report.safeParse(reportPart(d)).success).toBe(true);
      expect(d.body_id).toBe(r.bodyId);
      expect(d.corrections).toEqual(r.corrections);
    }
    expect(data).toEqual(JSON.parse(JSON.stringify(records.map(publishedReport))));
  });

  it('zhengzhou-hrss-2023 is published with the corrected appeals and its correction record', () => {
    const data = json(site.dir, '/data/reports.json') as Array<Record<string, unknown>>;
    const hrss = data.find((d) => d.id === 'zhengzhou-hrss-2023') as unknown as Report & { corrections: Array<{ line: number }> };
    expect(hrss.review_litigation.litigation_after_review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(hrss.corrections.map((c) => c.line)).toEqual([82]);
    const gov = data.find((d) => d.id === 'zhengzhou-government-2022') as unknown as Report;
    expect(gov.applications.received.total).toBe(3325);
    expect(gov.applications.total.total).toBe(3366);
  });

  it('reports.csv: BOM, CRLF, one row per figure of every seed, values as src/lib reads them', () => {
    const csv = readCsv(read(site.dir, '/data/reports.csv'));
    expect(csv.bom, 'UTF-8 byte-order mark for Excel').toBe(true);
    expect(csv.crlf, 'CRLF records').toBe(true);
    for (const h of ['report_id', 'year', 'table', 'row', 'row_label', 'column', 'column_label', 'value']) expect(csv.header, h).toContain(h);
    expect(csv.header.some((h) => /^body/.test(h)), 'a body column').toBe(true);
    expect(csv.records.length).toBe(records.length * FIGURES.length);
    const expected = new Map<string, { f: ReturnType<typeof figures>[number]; r: ReportRecord }>(records.flatMap((r) => figures(r.report).map((f) => [`${r.id}|${f.table}|${f.row}|${f.column}`, { f, r }] as const)));
    const seen = new Set<string>();
    for (const row of csv.records) {
      const key = `${row.report_id}|${row.table}|${row.row}|${row.column}`;
      const want = expected.get(key);
      expect(want, `unexpected row ${key}`).toBeDefined();
      expect(seen.has(key), `duplicate row ${key}`).toBe(false);
      seen.add(key);
      expect(Number(row.value), key).toBe(want!.f.value);
      expect(row.year).toBe(String(want!.r.report.year));
      expect(row.row_label).toBe(want!.f.row_label);
      expect(row.column_label).toBe(want!.f.column_label);
    }
    const received = csv.records.find((row) => row.report_id === 'zhengzhou-government-2022' && row.table === 'applications' && row.row === 'received' && row.column === 'total');
    expect(received?.value).toBe('3325');
    const fees = csv.records.filter((row) => row.row === 'fees').map((row) => row.value);
    expect(fees.every((v) => /^\d+(\.\d{1,6})?$/.test(v ?? '')), `fees as plain decimals: ${fees.join(' ')}`).toBe(true);
  });

  it('reports-wide.csv: one row per seed, one column per figure', () => {
    const csv = readCsv(read(site.dir, '/data/reports-wide.csv'));
    expect(csv.bom).toBe(true);
    expect(csv.crlf).toBe(true);
    expect(csv.header).toContain('report_id');
    for (const f of FIGURES) expect(csv.header, f.key).toContain(f.key);
    expect(csv.records.map((r) => r.report_id)).toEqual(records.map((r) => r.id));
    for (const [i, r] of records.entries()) {
      for (const f of figures(r.report)) {
        const key = f.column ? `${f.table}.${f.row}.${f.column}` : `${f.table}.${f.row}`;
        expect(Number(csv.records[i]![key]), `${r.id} ${key}`).toBe(f.value);
      }
    }
  });

  it.each(records.map((r) => [r.id, r] as [string, ReportRecord]))('/reports/%s.json and .csv hold that report', (id, r) => {
    const one = json(site.dir, `/reports/${id}.json`) as Record<string, unknown>;
    expect(reportPart(one)).toEqual(r.report);
    const all = json(site.dir, '/data/reports.json') as Array<Record<string, unknown>>;
    expect(one).toEqual(all.find((d) => d.id === id));
    const csv = readCsv(read(site.dir, `/reports/${id}.csv`));
    const tidy = readCsv(read(site.dir, '/data/reports.csv'));
    expect(csv.bom).toBe(true);
    expect(csv.header).toEqual(tidy.header);
    expect(csv.records).toEqual(tidy.records.filter((row) => row.report_id === id));
  });

  it.each(bodies.map((b) => [b.id]))('/bodies/%s.json and .csv hold that body and its reports', (id) => {
    const one = json(site.dir, `/bodies/${id}.json`) as { id: string; name: string; reports: unknown[] };
    const body = bodies.find((b) => b.id === id)!;
    expect(one.id).toBe(id);
    expect(one.name).toBe(body.meta.name);
    const all = json(site.dir, '/data/reports.json') as Array<Record<string, unknown>>;
    expect(one.reports).toEqual(all.filter((d) => d.body_id === id));
    const csv = readCsv(read(site.dir, `/bodies/${id}.csv`));
    const tidy = readCsv(read(site.dir, '/data/reports.csv'));
    expect(csv.bom).toBe(true);
    expect(csv.header).toEqual(tidy.header);
    const ids = new Set(records.filter((r) => r.bodyId === id).map((r) => r.id));
    expect(csv.records).toEqual(tidy.records.filter((row) => ids.has(row.report_id ?? '')));
  });

  it('bodies.csv: one row per body, its name and region', () => {
    const csv = readCsv(read(site.dir, '/data/bodies.csv'));
    expect(csv.bom).toBe(true);
    expect(csv.records.map((r) => r.body_id)).toEqual(bodies.map((b) => b.id));
    for (const [i, b] of bodies.entries()) {
      const row = csv.records[i]!;
      expect(row.name).toBe(b.meta.name);
      expect(row.province).toBe(b.meta.region.province);
      expect(row.kind).toBe(b.meta.kind);
    }
  });

  it('indicators.csv: each derived indicator, empty (not 0) where its denominator is 0', () => {
    const csv = readCsv(read(site.dir, '/data/indicators.csv'));
    expect(csv.bom).toBe(true);
    for (const def of INDICATORS) expect(csv.header, def.id).toContain(def.id);
    expect(csv.records.map((r) => r.report_id)).toEqual(records.map((r) => r.id));
    for (const [i, r] of records.entries()) {
      for (const v of indicators(r.report)) {
        const cell = csv.records[i]![v.id];
        if (v.value === null) expect(cell, `${r.id} ${v.id}`).toBe('');
        else expect(Math.abs(Number(cell) - v.value), `${r.id} ${v.id}: ${cell}`).toBeLessThan(5e-7);
      }
    }
    const gov = csv.records.find((r) => r.report_id === 'zhengzhou-government-2022')!;
    expect(Number(gov.disclosure_rate)).toBeCloseTo((1554 + 234) / 3366, 6);
    const zhangshu = csv.records.find((r) => r.report_id === 'zhangshu-hrss-2023')!;
    expect(zhangshu.disclosure_rate, 'zhangshu-hrss-2023 handled no application').toBe('');
  });

  it('datapackage.json describes every CSV file with its schema, size and hash', () => {
    const pkg = json(site.dir, '/data/datapackage.json') as { name?: string; resources: Array<{ name: string; path: string; bytes?: number; hash?: string; schema?: { fields: Array<{ name: string }> } }> };
    expect(pkg.name).toBeTruthy();
    const fileOf = (path: string) => (path.startsWith('/') || /^https?:/.test(path) ? path.replace(/^https?:\/\/[^/]+/, '') : `/data/${path}`);
    const described = pkg.resources.map((r) => fileOf(r.path));
    const csvs = listFiles(site.dir).filter((f) => /^data\/[^/]+\.csv$/.test(f)).map((f) => `/${f}`);
    expect(csvs).toEqual(expect.arrayContaining(['/data/reports.csv', '/data/reports-wide.csv']));
    expect(described).toEqual(expect.arrayContaining(csvs));
    for (const res of pkg.resources) {
      const bytes = readFileSync(join(site.dir, fileOf(res.path)));
      if (res.bytes !== undefined) expect(res.bytes, `${res.path} bytes`).toBe(bytes.length);
      if (res.hash !== undefined) expect(res.hash.replace(/^sha256:/, ''), `${res.path} hash`).toBe(createHash(res.hash.startsWith('sha256:') || res.hash.length === 64 ? 'sha256' : 'md5').update(bytes).digest('hex'));
      if (res.path.endsWith('.csv')) expect(res.schema?.fields.map((f) => f.name), `${res.path} fields`).toEqual(readCsv(bytes.toString('utf8')).header);
    }
  });

  it('the data page gives each data file its true SHA-256', () => {
    const words = text(page(site.dir, '/data/')('main'));
    const files = listFiles(site.dir).filter((f) => /^data\/[^/]+\.(csv|json)$/.test(f));
    const wrong = files.filter((f) => !words.includes(createHash('sha256').update(readFileSync(join(site.dir, f))).digest('hex')));
    expect(wrong).toEqual([]);
  });

  it('two builds of the same content give byte-identical data files', () => {
    const dataFiles = (dir: string) => listFiles(dir).filter((f) => /^(data|reports|bodies)\/[^/]+\.(json|csv)$/.test(f));
    const first = dataFiles(site.dir);
    expect(first).toEqual(expect.arrayContaining(['data/reports.json', 'data/reports.csv', 'data/reports-wide.csv', 'data/datapackage.json', ...records.flatMap((r) => [`reports/${r.id}.json`, `reports/${r.id}.csv`])]));
    expect(dataFiles(again.dir)).toEqual(first);
    const differ = first.filter((f) => !readFileSync(join(site.dir, f)).equals(readFileSync(join(again.dir, f))));
    expect(differ).toEqual([]);
  });
});

describe('hostile report text', () => {
  const ids = HOSTILE_REPORTS;

  it('builds', () => {
    expect(hostile.ok, hostile.output).toBe(true);
  });

  it('never becomes markup in any page', () => {
    const pages = htmlFiles(hostile.dir);
    expect(pages).toEqual(expect.arrayContaining(ids.map((id) => `/reports/${id}/`)));
    for (const path of pages) {
      const html = read(hostile.dir, path.endsWith('/') ? `${path}index.html` : path);
      const $ = page(hostile.dir, path);
      expect(html, path).not.toContain(SCRIPT);
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).not.toContain('<b onmouseover');
      expect($('[onerror], [onmouseover]').length, path).toBe(0);
      const bad = $('[href], [src]').toArray().map((e) => $(e).attr('href') ?? $(e).attr('src') ?? '').filter((u) => /^\s*(javascript|data|vbscript):/i.test(u));
      expect(bad, path).toEqual([]);
    }
  });

  it.each(ids)('shows the text as text on /reports/%s/', (id) => {
    const $ = page(hostile.dir, `/reports/${id}/`);
    const words = text($('main'));
    expect(words).toContain(SCRIPT);
    expect(words).toContain(IMG);
    expect(words).toContain(EVENT);
    expect(words).toContain(HOSTILE_NAME);
    // Quotes in the name stay inside their attribute.
    expect($('meta[property="og:title"]').attr('content')).toContain(HOSTILE_NAME);
    expect(text($('head > title'))).toContain(HOSTILE_NAME);
  });

  it('shows the body name as text on the body page', () => {
    const $ = page(hostile.dir, '/bodies/hostile-test/');
    expect(text($('h1'))).toContain(HOSTILE_NAME);
  });

  it('no CSV cell starts a formula, and the formula-like name is kept, neutralised', () => {
    const files = listFiles(hostile.dir).filter((f) => f.endsWith('.csv'));
    expect(files).toEqual(expect.arrayContaining(['data/reports.csv', 'data/reports-wide.csv', ...ids.map((id) => `reports/${id}.csv`)]));
    const cells: string[] = [];
    for (const f of files) {
      const csv = readCsv(read(hostile.dir, f));
      for (const c of [...csv.header, ...csv.rows.flat()]) {
        expect(/^[=+\-@\t\r]/.test(c), `${f}: formula cell ${JSON.stringify(c)}`).toBe(false);
        cells.push(c);
      }
    }
    expect(cells, 'the body name, with a leading apostrophe').toContain(`'${HOSTILE_NAME}`);
  });

  it('JSON keeps the name exactly', () => {
    const data = json(hostile.dir, '/data/reports.json') as Report[];
    expect(data.map((d) => d.agency)).toEqual([HOSTILE_NAME, HOSTILE_NAME]);
    expect(data[0]!.narrative.overview[0]).toContain(SCRIPT);
  });
});
