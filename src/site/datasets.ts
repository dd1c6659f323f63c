/**
 * Downloads outside Astro's router: /reports/<id>.json|csv,
 * /bodies/<id>.json|csv and /data/*.csv|json. As routes they were some 26,000
 * prerendered pages at 10,000 reports, each paying the router's costs; here a
 * build writes them in one pass (src/lib/exports/datasets.ts) and moves them
 * into the output when it is done, and the dev server makes them per request.
 */
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodyRecord, Corpus, ReportRecord } from '../lib/corpus/load.ts';
import { bodyCsv, bodyJson, reportJson } from '../lib/exports/files.ts';
import { reportCsv } from '../lib/exports/tidy.ts';
import { checkedCorpus } from './corpus-cache.ts';
import { configurePublishedFiles, publishedDataFiles, publishedFilesConfig } from './published-files.ts';

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Moves every file of `from` into `to`, keeping sub-folders; rename within a file system, else copy. */
function moveTree(from: string, to: string): number {
  let moved = 0;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      moved += moveTree(source, target);
      continue;
    }
    try {
      renameSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(source, target);
    }
    moved++;
  }
  return moved;
}

interface Lookup {
  reports: Map<string, ReportRecord>;
  bodies: Map<string, { body: BodyRecord; reports: ReportRecord[] }>;
}

const lookups = new WeakMap<Corpus, Lookup>();

function lookup(corpus: Corpus): Lookup {
  let found = lookups.get(corpus);
  if (!found) {
    const bodies = new Map(corpus.bodies.map((body) => [body.id, { body, reports: [] as ReportRecord[] }]));
    for (const r of corpus.reports) bodies.get(r.bodyId)?.reports.push(r);
    lookups.set(corpus, (found = { reports: new Map(corpus.reports.map((r) => [r.id, r])), bodies }));
  }
  return found;
}

/** The dev server's answer for a download path (without the base), or undefined when it is not one. */
async function devFile(path: string): Promise<{ type: string; body: string } | { type: string; file: string } | undefined> {
  let m = /^\/(reports|bodies)\/([^/]+)\.(json|csv)$/.exec(path);
  if (m) {
    const { reports, bodies } = lookup(await checkedCorpus());
    const [, kind, id, ext] = m as unknown as [string, 'reports' | 'bodies', string, 'json' | 'csv'];
    if (kind === 'reports') {
      const record = reports.get(id);
      if (!record) return undefined;
      return ext === 'json' ? { type: JSON_TYPE, body: reportJson(record) } : { type: CSV, body: reportCsv(record) };
    }
    const own = bodies.get(id);
    if (!own) return undefined;
    return ext === 'json' ? { type: JSON_TYPE, body: bodyJson(own.body, own.reports) } : { type: CSV, body: bodyCsv(own.body, own.reports) };
  }
  m = /^\/data\/([^/]+\.(?:csv|json))$/.exec(path);
  if (m) {
    const file = (await publishedDataFiles()).find((f) => f.path === m![1]);
    return file && { type: file.mediatype, file: file.file };
  }
  return undefined;
}

export default function datasets(): AstroIntegration {
  let command = 'build';
  return {
    name: 'gongkai-datasets',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        const base = config.base.replace(/\/?$/, '/');
        configurePublishedFiles({
          // Per process: a dev server and a build may share the cache folder.
          stage: join(fileURLToPath(config.cacheDir), 'gongkai-datasets', String(process.pid)),
          ...(config.site ? { homepage: new URL(`${base}data/`, config.site).href } : {}),
          perItem: command === 'build',
        });
      },
      'astro:server:setup': ({ server }) => {
        const base = (server.config.base ?? '/').replace(/\/?$/, '/');
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
          const url = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!url.startsWith(base) || !/\.(json|csv)$/.test(url)) return next();
          devFile(`/${url.slice(base.length)}`).then(
            (found) => {
              if (!found) return next();
              res.setHeader('Content-Type', found.type);
              if ('file' in found) createReadStream(found.file).pipe(res);
              else res.end(found.body);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        await publishedDataFiles();
        const { stage } = publishedFilesConfig();
        const moved = moveTree(stage, fileURLToPath(dir));
        rmSync(stage, { recursive: true, force: true });
        logger.info(`${moved} download files in ${Math.round(performance.now() - started)}ms`);
      },
    },
  };
}
