/**
 * The seed site in Debian's Chromium: home, a body page, report pages and the
 * data page at desktop and phone widths (full-page screenshots in
 * test-results/screenshots/<page>-desktop.png and -phone.png), charts seen to
 * render, no sideways scrolling on a phone, the same pages with JavaScript
 * off, and axe-core at both widths with no serious or critical findings.
 * A second, hostile fixture (test/helpers/hostile.ts) checks in the browser
 * that report text runs no script.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe, seriousViolations, type AxeViolation } from '../helpers/axe.ts';
import { DESKTOP, launchBrowser, openPage, PHONE, screenshot } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { HOSTILE_ID, HOSTILE_REPORTS, hostileFiles, SCRIPT } from '../helpers/hostile.ts';
import { buildSite, makeContent, removeContent, type BuildResult } from '../helpers/site.ts';

/** [screenshot name, path, charts expected at least] */
const PAGES: Array<[string, string, number]> = [
  ['home', '/', 0],
  ['body-zhengzhou-government', '/bodies/zhengzhou-government/', 1],
  ['report-zhengzhou-government-2022', '/reports/zhengzhou-government-2022/', 3],
  ['report-zhengzhou-hrss-2023', '/reports/zhengzhou-hrss-2023/', 3],
  ['data', '/data/', 0],
];

let content: string;
let hostileContent: string;
let site: BuildResult;
let hostile: BuildResult;
let server: StaticServer;
let hostileServer: StaticServer;
let browser: Browser;

beforeAll(async () => {
  content = makeContent({ name: 'browser' });
  hostileContent = makeContent({ name: 'browser-hostile', bodies: [], files: hostileFiles() });
  [site, hostile, browser] = await Promise.all([buildSite({ content, name: 'browser' }), buildSite({ content: hostileContent, name: 'browser-hostile' }), launchBrowser()]);
  if (!site.ok) throw new Error(`fixture site did not build:\n${site.output}`);
  server = await serve(site.dir);
  if (hostile.ok) hostileServer = await serve(hostile.dir);
});

afterAll(async () => {
  // Files first: they must go even if closing the browser fails or times out.
  site?.cleanup();
  hostile?.cleanup();
  for (const c of [content, hostileContent]) if (c) removeContent(c);
  await Promise.allSettled([browser?.close(), server?.close(), hostileServer?.close()]);
});

interface ChartInfo {
  label: string;
  width: number;
  height: number;
  marks: number;
  /** Marks with a visible area. */
  visibleMarks: number;
  hasTable: boolean;
  hasCaption: boolean;
}

/** Every chart (figure.chart with an inline SVG) as the browser laid it out. */
function charts(page: Page): Promise<ChartInfo[]> {
  return page.$$eval('main figure.chart', (figures) =>
    figures.map((fig, i) => {
      const svg = fig.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const marks = svg ? [...svg.querySelectorAll('rect, path, circle, line, polyline, polygon')] : [];
      const visible = marks.filter((m) => {
        const b = (m as SVGGraphicsElement).getBoundingClientRect();
        const style = getComputedStyle(m);
        return (b.width > 0 || b.height > 0) && style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
      });
      const caption = fig.querySelector('figcaption, h2, h3, h4, svg > title');
      return {
        label: (caption?.textContent ?? `chart ${i + 1}`).trim().slice(0, 40),
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        marks: marks.length,
        visibleMarks: visible.length,
        hasTable: fig.querySelector('table') !== null,
        hasCaption: (caption?.textContent ?? '').trim().length > 0,
      };
    }),
  );
}

interface Seen {
  status: number | undefined;
  problems: string[];
  charts: ChartInfo[];
  shot?: string;
}

/** Open a page once, screenshot it, and measure what the tests below check. */
async function look(path: string, shotName: string | undefined, options: { width: number; javaScript?: boolean }, extra?: (page: Page) => Promise<void>): Promise<Seen> {
  const opened = await openPage(browser, server.url(path), options);
  try {
    const shot = shotName ? await screenshot(opened.page, shotName) : undefined;
    const found = await charts(opened.page);
    await extra?.(opened.page);
    return { status: opened.status, problems: opened.problems, charts: found, ...(shot ? { shot } : {}) };
  } finally {
    await opened.close();
  }
}

interface Views {
  desktop: Seen;
  phone: Seen;
  noJs: Seen;
  violations: AxeViolation[];
  /** At phone width wide tables scroll, which brings its own rules (scrollable-region-focusable). */
  phoneViolations: AxeViolation[];
  overflow: { scrollWidth: number; width: number; culprits: string[] };
  visibleTables: number;
}

/** Every way the tests look at one page: desktop with axe, phone, JavaScript off. */
async function views(name: string, path: string): Promise<Views> {
  let violations: AxeViolation[] = [];
  let phoneViolations: AxeViolation[] = [];
  let overflow = { scrollWidth: 0, width: 0, culprits: [] as string[] };
  let visibleTables = 0;
  const [desktop, phone, noJs] = await Promise.all([
    look(path, `${name}-desktop`, { width: DESKTOP.width }, async (page) => {
      violations = await runAxe(page);
    }),
    look(path, `${name}-phone`, { width: PHONE.width }, async (page) => {
      overflow = await pageOverflow(page);
      phoneViolations = await runAxe(page);
    }),
    // No screenshot: without JavaScript these pages look the same, and tall full-page shots are slow.
    look(path, undefined, { width: DESKTOP.width, javaScript: false }, async (page) => {
      visibleTables = await page.locator('main table:visible').count();
    }),
  ]);
  return { desktop, phone, noJs, violations, phoneViolations, overflow, visibleTables };
}

describe.each(PAGES)('%s (%s)', (name, path, minCharts) => {
  let desktop: Seen;
  let phone: Seen;
  let noJs: Seen;
  let violations: AxeViolation[];
  let phoneViolations: AxeViolation[];
  let overflow: Views['overflow'];
  let visibleTables = 0;

  beforeAll(async () => {
    ({ desktop, phone, noJs, violations, phoneViolations, overflow, visibleTables } = await views(name, path));
  });

  it('renders at desktop width without errors', () => {
    expect(desktop.status).toBe(200);
    expect(desktop.problems, desktop.problems.join('\n')).toEqual([]);
  });

  it('draws its charts: SVG with size and marks, a title and a table of the numbers', () => {
    expect(desktop.charts.length, 'charts on the page').toBeGreaterThanOrEqual(minCharts);
    for (const c of desktop.charts) {
      expect(c.width * c.height, `${c.label}: SVG size`).toBeGreaterThan(0);
      expect(c.marks, `${c.label}: marks`).toBeGreaterThan(0);
      expect(c.visibleMarks, `${c.label}: marks with area`).toBeGreaterThan(0);
      expect(c.hasCaption, `${c.label}: title`).toBe(true);
      expect(c.hasTable, `${c.label}: table of the same numbers`).toBe(true);
    }
  });

  it('fits a phone: no sideways scrolling of the page', () => {
    expect(phone.problems, phone.problems.join('\n')).toEqual([]);
    expect(overflow.scrollWidth, `page wider than the phone: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.width);
  });

  it('works with JavaScript off: tables and charts are there', () => {
    if (path !== '/') expect(visibleTables, 'visible tables').toBeGreaterThan(0);
    expect(noJs.charts.length).toBe(desktop.charts.length);
    for (const c of noJs.charts) {
      expect(c.width * c.height, `${c.label}: SVG size without JS`).toBeGreaterThan(0);
      expect(c.visibleMarks, `${c.label}: marks without JS`).toBeGreaterThan(0);
    }
  });

  it('has no serious or critical accessibility violations (axe-core), desktop', () => {
    const bad = seriousViolations(violations);
    expect(formatViolations(bad, `${path} at ${DESKTOP.width}px`)).toBe('');
  });

  it('has no serious or critical accessibility violations (axe-core), phone', () => {
    const bad = seriousViolations(phoneViolations);
    expect(formatViolations(bad, `${path} at ${PHONE.width}px`)).toBe('');
  });
});

/** How far the page is wider than the viewport, and which elements stick out. */
function pageOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Wide tables scroll inside their own box; what matters is that the page itself does not.
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => {
        const b = e.getBoundingClientRect();
        if (b.right <= width + 1 || b.width === 0) return false;
        for (let p = e.parentElement; p; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''} right=${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
}

it.each(['/bodies/', '/about/', '/contributing/'])('%s has no serious or critical accessibility violations (axe-core), phone', async (path) => {
  const { page, problems, close } = await openPage(browser, server.url(path), { width: PHONE.width });
  try {
    expect(problems, problems.join('\n')).toEqual([]);
    const bad = seriousViolations(await runAxe(page));
    expect(formatViolations(bad, `${path} at ${PHONE.width}px`)).toBe('');
  } finally {
    await close();
  }
});

it('the 404 page is served for an unknown path and links home', async () => {
  const { page, status, close } = await openPage(browser, server.url('/no-such-page/'), { width: PHONE.width });
  try {
    expect(status).toBe(404);
    await screenshot(page, '404-phone');
    expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    const bad = seriousViolations(await runAxe(page));
    expect(formatViolations(bad, '/404.html')).toBe('');
  } finally {
    await close();
  }
});

it.each(['/', ...HOSTILE_REPORTS.map((id) => `/reports/${id}/`), `/bodies/${HOSTILE_ID}/`])('hostile text runs no script and shows as text: %s', async (path) => {
  expect(hostile.ok, hostile.output).toBe(true);
  const { page, problems, status, close } = await openPage(browser, hostileServer.url(path), { width: DESKTOP.width });
  try {
    expect(status).toBe(200);
    // Hovering would fire an inline onmouseover that got through.
    for (const b of await page.locator('main b, main strong').all()) await b.hover({ timeout: 1000 }).catch(() => undefined);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(await page.locator('main img').count(), 'no <img> from report text').toBe(0);
    if (path.startsWith('/reports/')) await expect.poll(() => page.locator('main').innerText()).toContain(SCRIPT);
    expect(await page.locator('a[href^="javascript:" i]').count(), 'javascript: links').toBe(0);
  } finally {
    await close();
  }
});

it('the server asked for no missing file', () => {
  expect(server.misses.filter((p) => p !== '/no-such-page/')).toEqual([]);
});
