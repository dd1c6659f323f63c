/**
 * npm run bench: parse-and-check throughput over a generated corpus, the
 * worst shapes of text per byte, then the cost of building the whole site
 * from generated corpora.
 *
 *   npm run bench                      parse bench, then the 1,000-report site build;
 *                                      the 10,000-report build too when the first
 *                                      projects it to finish within --site-budget seconds
 *   npm run bench -- --site            both site builds, whatever they cost
 *   npm run bench -- --parse-only      no site build (also: --no-site)
 *   options: --reports=10000 --rounds=1 --warmup=2 --seed=1 --site-sizes=1000,10000
 *            --site-budget=300 --site-timeout=1800 --keep (keep the temporary site folders)
 *
 * Profile the parser: node_modules/.bin/node --cpu-prof --cpu-prof-dir=bench/out bench/run.ts --parse-only
 * then node_modules/.bin/node bench/profile-summary.ts bench/out/<file>.cpuprofile
 *
 * Results are printed and written to bench/out/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate.ts';
import { describeMachine, machine } from './machine.ts';
import { measureParse, type ParseSample } from './parse-throughput.ts';
import { measureSiteBuild, type SiteBuild } from './site-build.ts';
import { measureWorstShapes } from './worst-shapes.ts';

const TARGET_REPORTS_PER_SECOND = 5000;
const TARGET_SITE_SECONDS = 90;
const TARGET_SITE_MIB = 2048;
const TARGET_SITE_REPORTS = 10_000;

function flags(argv: readonly string[]) {
  const value = (name: string, fallback: number) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit ? Number(hit.slice(name.length + 3)) : fallback;
  };
  const has = (name: string) => argv.includes(`--${name}`);
  const sizes = argv.find((a) => a.startsWith('--site-sizes='));
  return {
    reports: value('reports', 10_000),
    rounds: value('rounds', 1),
    warmup: value('warmup', 2),
    seed: value('seed', 1),
    site: has('parse-only') || has('no-site') ? ('off' as const) : has('site') ? ('on' as const) : ('auto' as const),
    siteSizes: sizes ? sizes.slice('--site-sizes='.length).split(',').map(Number) : [1000, TARGET_SITE_REPORTS],
    siteBudget: value('site-budget', 300),
    siteTimeout: value('site-timeout', 1800),
    keep: has('keep'),
  };
}

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (cells: Array<string | number>, widths: number[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');

async function main() {
  const opts = flags(process.argv.slice(2));
  const m = machine();
  const startedAt = new Date().toISOString();
  console.log(`gongkai bench, ${startedAt}`);
  console.log(`machine: ${describeMachine(m)}`);

  // The corpus: whole bodies of five years each, in every layout.
  const genStart = performance.now();
  const years = 5;
  const corpus = generateCorpus({ bodies: Math.ceil(opts.reports / years), years, seed: opts.seed });
  const samples: ParseSample[] = corpus.reports.map((r) => ({ bytes: new TextEncoder().encode(r.text), options: r.parseOptions, layout: r.variant.layout, expected: r.expected }));
  const genSeconds = (performance.now() - genStart) / 1000;
  const corpusBytes = samples.reduce((s, x) => s + x.bytes.length, 0);
  console.log(`corpus: ${n(samples.length)} reports (${n(corpus.bodies.length)} bodies × ${years} years), ${n(corpusBytes / 1e6, 1)} MB, generated in ${n(genSeconds, 1)} s`);
  corpus.reports.length = 0;

  const parse = measureParse(samples, { warmupSeconds: opts.warmup, rounds: opts.rounds });
  const w = [16, 9, 11, 8, 10];
  console.log(`\nparse and check: parseReport(bytes) on one thread, ${opts.rounds} round(s), after ${n(parse.warmup.seconds, 1)} s warm-up (${n(parse.warmup.reports)} reports)`);
  console.log(pad(['layout', 'reports', 'reports/s', 'MB/s', 'ms/report'], w));
  for (const [layout, t] of Object.entries(parse.byLayout)) console.log(pad([layout, n(t.reports), n(t.reportsPerSecond), n(t.mbPerSecond, 2), n(t.msPerReport, 3)], w));
  const a = parse.all;
  console.log(pad(['all', n(a.reports), n(a.reportsPerSecond), n(a.mbPerSecond, 2), n(a.msPerReport, 3)], w));
  console.log(`CPU time: ${n(a.cpuSeconds, 2)} s for ${n(a.seconds, 2)} s wall: ${n(a.reportsPerCpuSecond)} reports and ${n(a.mbPerCpuSecond, 2)} MB per CPU second`);
  if (a.cpuSeconds < a.seconds * 0.9) console.log(`note: the process had the CPU ${n((100 * a.cpuSeconds) / a.seconds)}% of the time; other work on this machine slowed the wall-clock figures`);
  const parseMet = a.reportsPerSecond >= TARGET_REPORTS_PER_SECOND;
  console.log(`target ≥ ${n(TARGET_REPORTS_PER_SECOND)} reports/s (wall clock): ${parseMet ? 'met' : 'MISSED'}`);
  console.log(`verified: ${parse.errors} reports with errors, ${parse.mismatches} whose figures differ from the generated ones`);
  console.log(
    `memory: RSS ${n(parse.memory.rssBeforeMiB)} MiB with the corpus in memory, peak ${n(parse.memory.rssPeakMiB)} MiB while parsing (sampled); ` +
      `maxRSS ${n(parse.memory.maxRssMiB)} MiB for the whole run; heap used ${n(parse.memory.heapUsedMiB)} MiB`,
  );
  samples.length = 0;

  // The costliest shapes of text per byte, at a quarter of the size limit and at the limit: time per KB stays flat.
  const worst = measureWorstShapes();
  const ww = [16, 8, 10, 8, 9];
  console.log(`\nworst shapes: parseReport on text built to cost most per byte (bench/worst-shapes.ts)`);
  console.log(pad(['shape', 'KB', 'ms', 'ms/KB', 'RSS MiB'], ww));
  for (const r of worst) console.log(pad([r.name, n(r.kb), n(r.ms, 1), n(r.msPerKb, 3), n(r.rssMiB)], ww));
  console.log(`worst: ${n(Math.max(...worst.map((r) => r.msPerKb)), 3)} ms per KB`);

  const sites: Array<SiteBuild | { reports: number; skipped: string }> = [];
  if (opts.site !== 'off') {
    console.log(`\nsite build: astro build of a generated corpus (one temporary folder each; GONGKAI_CONTENT, GONGKAI_CACHE_DIR)`);
    for (const size of opts.siteSizes) {
      const previous = sites.at(-1);
      if (opts.site === 'auto' && previous && 'msPerReport' in previous) {
        const projected = (previous.msPerReport * size) / 1000;
        if (!previous.ok || projected > opts.siteBudget) {
          const why = previous.ok ? `projected ${n(projected)} s from the ${n(previous.reports)}-report build, over the ${opts.siteBudget} s budget` : 'the previous build failed';
          sites.push({ reports: size, skipped: why });
          console.log(`  ${n(size)} reports: skipped (${why}); run npm run bench -- --site to build it anyway`);
          continue;
        }
      }
      console.log(`  building ${n(size)} reports…`);
      const build = await measureSiteBuild(size, { seed: opts.seed, root: process.cwd(), timeoutSeconds: opts.siteTimeout, logDir: join('bench', 'out'), keep: opts.keep, log: console.log });
      sites.push(build);
      if (!build.ok) {
        console.log(`  build ${build.timedOut ? 'timed out' : `failed (exit ${build.exitCode})`}; last lines of its output (kept in ${build.dir}):`);
        for (const line of build.logTail ?? []) console.log(`    ${line}`);
      }
      console.log(`  steps: ${Object.entries(build.steps).map(([k, v]) => `${k} ${n(v, 1)} s`).join(', ')}`);
      const routes = Object.entries(build.routes).sort((x, y) => y[1].ms - x[1].ms).slice(0, 6);
      console.log(`  render time by route: ${routes.map(([route, c]) => `${route} ${n(c.pages)} × ${n(c.ms / c.pages, 1)} ms`).join(', ')} (log: ${build.logFile})`);
    }
    const sw = [9, 7, 8, 10, 14, 15, 12];
    console.log(pad(['reports', 'pages', 'wall s', 'ms/report', 'time -v MiB', 'tree peak MiB', 'output MB'], sw));
    for (const s of sites) {
      if ('skipped' in s) console.log(pad([n(s.reports), '-', '-', '-', '-', '-', 'skipped'], sw));
      else console.log(pad([n(s.reports), n(s.htmlPages), n(s.wallSeconds, 1), n(s.msPerReport, 1), s.timeMaxRssMiB ? n(s.timeMaxRssMiB) : '-', n(s.treePeakRssMiB), s.ok ? n(s.outputMB, 1) : 'FAILED'], sw));
    }
    const big = sites.find((s): s is SiteBuild => s.reports === TARGET_SITE_REPORTS && 'ok' in s);
    if (big) {
      const peak = Math.max(big.timeMaxRssMiB ?? 0, big.treePeakRssMiB);
      const met = big.ok && big.wallSeconds < TARGET_SITE_SECONDS && peak < TARGET_SITE_MIB;
      console.log(`target: ${n(TARGET_SITE_REPORTS)} reports in under ${TARGET_SITE_SECONDS} s and ${TARGET_SITE_MIB / 1024} GiB: ${met ? 'met' : 'MISSED'} (${n(big.wallSeconds, 1)} s, ${n(peak)} MiB)`);
    }
  }

  const results = {
    startedAt,
    machine: m,
    corpus: { reports: parse.all.reports / opts.rounds, bodies: corpus.bodies.length, years, megabytes: corpusBytes / 1e6, generationSeconds: genSeconds, seed: opts.seed },
    parse: { ...parse, target: { reportsPerSecond: TARGET_REPORTS_PER_SECOND, met: parseMet } },
    worstShapes: worst,
    site: sites.map((s) => ('dir' in s ? (({ dir: _dir, ...rest }) => rest)(s as SiteBuild & { dir: string }) : s)),
    siteTarget: { reports: TARGET_SITE_REPORTS, seconds: TARGET_SITE_SECONDS, mebibytes: TARGET_SITE_MIB },
  };
  mkdirSync(join('bench', 'out'), { recursive: true });
  writeFileSync(join('bench', 'out', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten: bench/out/results.json');
}

await main();
