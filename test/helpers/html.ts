/**
 * Reading a built site's pages and data files in tests, without a browser.
 *
 *   const $ = page(site.dir, '/reports/zhengzhou-hrss-2023/');  // cheerio of …/index.html
 *   text($('main'));                                  // visible text, whitespace collapsed
 *   rowNumbers($, '本年新收');                         // numbers of the first <tr> with that label
 *   htmlFiles(site.dir);                              // every page, as site paths
 *
 * Site paths map to files as a static host does: `/x/` -> `x/index.html`,
 * `/404.html` -> `404.html`. Numbers are read with thousands separators
 * removed, so a page may print 3,325 or 3325.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { listFiles } from './site.ts';

export function pageFile(dir: string, path: string): string {
  const rel = path.replace(/^\//, '');
  return join(dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

export function pageExists(dir: string, path: string): boolean {
  return existsSync(pageFile(dir, path));
}

/** A built page, parsed; throws naming the path when the page was not built. */
export function page(dir: string, path: string): CheerioAPI {
  const file = pageFile(dir, path);
  if (!existsSync(file)) throw new Error(`page ${path} was not built (no ${file})`);
  return load(readFileSync(file, 'utf8'));
}

/** Every HTML page of a built site, as site paths (`/`, `/bodies/`, `/404.html`). */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
}

type Selection = ReturnType<CheerioAPI>;

/** Visible text with whitespace collapsed. */
export function text(sel: Selection): string {
  return sel.text().replace(/\s+/g, ' ').trim();
}

/** Integers and decimals in a text, in order, thousands separators removed. */
export function numbers(s: string): number[] {
  return [...s.replace(/(\d),(?=\d{3}\b)/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** Numbers in the table cells (not the header) of every <tr> whose text contains `label`. */
export function rowsWith($: CheerioAPI, label: string, scope = 'main'): number[][] {
  return $(`${scope} tr`)
    .toArray()
    .filter((tr) => text($(tr)).includes(label))
    .map((tr) =>
      $(tr)
        .find('td')
        .toArray()
        .flatMap((td) => {
          const t = text($(td));
          return /^[\d,.\s]+$/.test(t) && t ? numbers(t) : [];
        }),
    );
}

/** Hrefs of the links inside a selection, as written. */
export function links($: CheerioAPI, scope = 'main'): string[] {
  return $(`${scope} a[href]`)
    .toArray()
    .map((a) => $(a).attr('href') ?? '');
}
