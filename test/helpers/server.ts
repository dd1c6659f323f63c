/**
 * A tiny static file server for a built site, for browser tests.
 *
 *   const server = await serve(site.dir);   // http://127.0.0.1:<free port>
 *   await page.goto(server.url('/bodies/'));
 *   expect(server.misses).toEqual([]);      // every request found its file
 *   afterAll(() => server.close());
 *
 * Serves like a static host with the site's `trailingSlash: 'always'`:
 * `/x/` -> `/x/index.html`, `/x` -> 301 to `/x/` when x is a directory,
 * unknown paths -> `404.html` with status 404. Content types cover what the
 * site ships: pages, styles, scripts, data (json, csv), feeds (xml), svg,
 * and Pagefind's wasm and index files. `misses` lists the paths that got a
 * 404, so a test can assert that no page asked for a missing asset.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Pagefind's index: compressed binary chunks fetched by pagefind.js.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  /** Origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Absolute URL of a site path. */
  url: (path: string) => string;
  /** Paths requested that had no file (served as 404). */
  misses: string[];
  close: () => Promise<void>;
}

export async function serve(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const misses: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      misses.push(path);
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
    }
    res.writeHead(status, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    misses,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : done()));
      }),
  };
}
