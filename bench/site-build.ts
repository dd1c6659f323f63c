/**
 * The cost of building the whole site from a generated corpus: write the
 * corpus to a temporary folder, run `astro build` on it, and measure wall
 * time, peak memory and pages written.
 *
 * The build runs in a private working directory (with a node_modules link to
 * the project's): when --outDir lies outside the working directory, Astro puts
 * its prerender chunks in <project>/.astro/.prerender/, which builds running
 * side by side overwrite (seen as "Cannot find module .astro/.prerender/chunks/…").
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpus } from './generate.ts';
import { watchTree } from './proc-tree.ts';

export interface SiteBuild {
  reports: number;
  bodies: number;
  corpusMB: number;
  ok: boolean;
  exitCode: number | null;
  /** Killed after the time limit. */
  timedOut: boolean;
  wallSeconds: number;
  msPerReport: number;
  /** Maximum resident set size from /usr/bin/time -v (largest single process). */
  timeMaxRssMiB?: number;
  /** Highest sum of resident memory over the build's process tree, sampled every 200 ms. */
  treePeakRssMiB: number;
  htmlPages: number;
  outputFiles: number;
  outputMB: number;
  /** Seconds per build step, read from Astro's log. */
  steps: Record<string, number>;
  /** Pages written and the render time they took, per route. */
  routes: Record<string, { pages: number; ms: number }>;
  /** The build's output, kept under bench/out. */
  logFile: string;
  /** Last lines of the build's output when it failed. */
  logTail?: string[];
  corpusSeconds: number;
}

const TIME = '/usr/bin/time';

function walk(dir: string): { files: number; html: number; bytes: number } {
  let files = 0, html = 0, bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(path);
      files += sub.files; html += sub.html; bytes += sub.bytes;
    } else {
      files++;
      if (entry.name.endsWith('.html')) html++;
      bytes += statSync(path).size;
    }
  }
  return { files, html, bytes };
}

/** A duration as Astro prints it: `395ms`, `9.06s`, `4m 50s`. */
const DURATION = String.raw`(\d+m \d+s|[\d.]+m?s)`;

function seconds(s: string): number {
  const m = /^(\d+)m (\d+)s$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  return s.endsWith('ms') ? Number(s.slice(0, -2)) / 1000 : Number(s.replace(/s$/, ''));
}

/** Step durations Astro prints: `[types] Generated 9.06s`, `✓ Completed in 29.68s.`, `1207 page(s) built in 4m 50s`. */
export function stepsOf(log: string): Record<string, number> {
  const steps: Record<string, number> = {};
  const lines = log.split('\n');
  let context = '';
  let viteBuilds = 0;
  let clock: number | undefined;
  let routesFrom: number | undefined;
  for (const line of lines) {
    const time = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    const now = time ? Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]) : undefined;
    if (/generating static routes/.test(line)) {
      context = 'static routes';
      routesFrom = clock;
    } else if (context === 'static routes' && routesFrom !== undefined && now !== undefined && /[├└]─/.test(line)) {
      // Before the first page: every route's getStaticPaths (whole seconds only: the log's clock).
      steps['prepare routes'] = (now - routesFrom + 86_400) % 86_400;
      routesFrom = undefined;
    }
    if (now !== undefined) clock = now;
    let m: RegExpExecArray | null;
    if ((m = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(line))) steps['content sync and types'] = seconds(m[1]!);
    else if ((m = new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`).exec(line))) steps[`vite bundle ${++viteBuilds}`] = seconds(m[1]!);
    else if ((m = new RegExp(String.raw`^\S+ ✓ Completed in ${DURATION}`).exec(line)) && context === 'static routes') {
      steps['render pages'] = seconds(m[1]!);
      context = '';
    } else if ((m = new RegExp(String.raw`([\d,]+) page\(s\) built in ${DURATION}`).exec(line))) steps['astro build total'] = seconds(m[2]!);
  }
  return steps;
}

/**
 * Render time per kind of page, from the `├─ /reports/x/index.html (+12ms)` lines:
 * every path segment after the first stands for its route parameter.
 */
export function routeCostsOf(log: string): Record<string, { pages: number; ms: number }> {
  const costs: Record<string, { pages: number; ms: number }> = {};
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
    const [first, ...rest] = m[1]!.split('/').slice(1);
    const route = [first, ...rest.map((seg, i) => (i === rest.length - 1 && seg === 'index.html' ? seg : seg.replace(/^[^.]+/, '[id]')))].join('/');
    const c = (costs[`/${route}`] ??= { pages: 0, ms: 0 });
    c.pages++;
    c.ms += Number(m[2]);
  }
  return costs;
}

export async function measureSiteBuild(
  reports: number,
  options: { seed: number; root: string; timeoutSeconds: number; logDir: string; keep?: boolean; log?: (line: string) => void },
): Promise<SiteBuild & { dir: string }> {
  const root = resolve(options.root);
  const dir = mkdtempSync(join(tmpdir(), `gongkai-bench-site-${reports}-`));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  const corpusStart = performance.now();
  const bodies = Math.ceil(reports / 5);
  const written = writeCorpus(content, { bodies, years: 5, seed: options.seed });
  const corpusSeconds = (performance.now() - corpusStart) / 1000;
  options.log?.(`  corpus: ${written.reports.length} reports, ${(written.bytes / 1e6).toFixed(1)} MB written in ${corpusSeconds.toFixed(1)} s to ${content}`);

  const astro = join(root, 'node_modules', '.bin', 'astro');
  const timeFile = join(dir, 'time.txt');
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const args = [...(useTime ? ['-v', '-o', timeFile, process.execPath] : []), astro, 'build', '--root', root, '--outDir', out];
  const logFile = join(dir, 'build.log');
  const logFd = openSync(logFile, 'w');
  const start = performance.now();
  const child = spawn(command, args, {
    cwd: dir,
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      GONGKAI_CONTENT: content,
      GONGKAI_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  const watcher = watchTree(child.pid!);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // The child leads its own process group (detached): end the build and its workers, nothing else.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {}
  }, options.timeoutSeconds * 1000);
  // Interrupting the bench must not leave a detached build running.
  const interrupt = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {}
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const exitCode = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const wallSeconds = (performance.now() - start) / 1000;
  clearTimeout(timer);
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);
  const tree = watcher.stop();
  closeSync(logFd);

  const log = readFileSync(logFile, 'utf8');
  mkdirSync(options.logDir, { recursive: true });
  const keptLog = join(options.logDir, `site-build-${reports}.log`);
  copyFileSync(logFile, keptLog);
  const timeText = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeText);
  const ok = exitCode === 0 && !timedOut;
  const output = existsSync(out) ? walk(out) : { files: 0, html: 0, bytes: 0 };
  const result: SiteBuild & { dir: string } = {
    dir,
    reports: written.reports.length,
    bodies: written.bodies.length,
    corpusMB: written.bytes / 1e6,
    corpusSeconds,
    ok,
    exitCode,
    timedOut,
    wallSeconds,
    msPerReport: (wallSeconds * 1000) / written.reports.length,
    ...(maxRss ? { timeMaxRssMiB: Number(maxRss[1]) / 1024 } : {}),
    treePeakRssMiB: tree.peakTreeRssKiB / 1024,
    htmlPages: output.html,
    outputFiles: output.files,
    outputMB: output.bytes / 1e6,
    steps: stepsOf(log),
    routes: routeCostsOf(log),
    logFile: keptLog,
    ...(ok ? {} : { logTail: log.split('\n').filter((l) => !/^\s+at /.test(l)).slice(-25) }),
  };
  if (ok && !options.keep) rmSync(dir, { recursive: true, force: true });
  return result;
}
