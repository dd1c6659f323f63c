/**
 * Debian's Chromium driven by playwright-core, for browser tests. Never a
 * downloaded browser: `npm test` runs scripts/ensure-browser.sh first, which
 * installs /usr/bin/chromium and CJK fonts with apt.
 *
 *   const browser = await launchBrowser();
 *   const { page, problems } = await openPage(browser, server.url('/'), { width: 390 });
 *   expect(problems).toEqual([]);           // console errors, page errors, failed requests
 *   await screenshot(page, 'home-phone');   // test-results/screenshots/home-phone.png
 *   afterAll(() => browser.close());
 *
 * `openPage` makes a fresh context per page (viewport width, JavaScript on or
 * off) and closes it with the page; it collects console errors, uncaught
 * exceptions, dialogs (alert() from injected markup would show up here) and
 * failed or 4xx/5xx responses into `problems`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './site.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the browser tests use Debian's chromium. Run \`bash scripts/ensure-browser.sh\` (as root) or \`sudo apt-get install chromium fonts-noto-cjk\`; \`npm test\` runs it as pretest.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenOptions {
  width?: number;
  height?: number;
  javaScript?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors, dialogs and failed responses, one line each. */
  problems: string[];
  /** HTTP status of the page itself. */
  status: number | undefined;
  close: () => Promise<void>;
}

export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const viewport = { width: options.width ?? DESKTOP.width, height: options.height ?? (options.width && options.width < 600 ? PHONE.height : DESKTOP.height) };
  const context = await browser.newContext({ viewport, javaScriptEnabled: options.javaScript ?? true, locale: 'zh-CN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && r.url() !== url && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, problems, status: response?.status(), close: () => context.close() };
}

/** Full-page PNG into test-results/screenshots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  try {
    await page.screenshot({ path, fullPage: true });
  } catch {
    // Software-rendered Chromium now and then fails to capture a tall page on the first try.
    await page.waitForTimeout(250);
    await page.screenshot({ path, fullPage: true });
  }
  return path;
}
