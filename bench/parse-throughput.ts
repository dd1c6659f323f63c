/**
 * Parse-and-check throughput on one thread: every report's bytes through
 * parseReport (decode, sections, tables, consistency rules, schema), timed
 * after a warm-up, with the process's resident memory sampled as it goes.
 * The results are verified afterwards, outside the timing.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseReport } from '../src/lib/check/report.ts';
import { type ParseOptions } from '../src/lib/read/report.ts';
import type { Report } from '../src/lib/model/schema.ts';

export interface ParseSample {
  bytes: Uint8Array;
  options: ParseOptions;
  /** Group for the per-layout breakdown. */
  layout: string;
  expected: Report;
}

export interface Throughput {
  reports: number;
  bytes: number;
  seconds: number;
  reportsPerSecond: number;
  /** 10^6 bytes per second. */
  mbPerSecond: number;
  msPerReport: number;
}

export interface CpuThroughput {
  /** User + system CPU time of the process over the timed loop. */
  cpuSeconds: number;
  reportsPerCpuSecond: number;
  mbPerCpuSecond: number;
}

export interface ParseBench {
  warmup: { reports: number; seconds: number };
  rounds: number;
  all: Throughput & CpuThroughput;
  byLayout: Record<string, Throughput>;
  /** Reports with at least one error diagnostic, and reports whose figures differ from the generated ones. */
  errors: number;
  mismatches: number;
  memory: {
    /** Resident set with the corpus in memory, before parsing. */
    rssBeforeMiB: number;
    /** Highest resident set sampled while parsing. */
    rssPeakMiB: number;
    /** process.resourceUsage().maxRSS at the end: the whole run so far, generation included. */
    maxRssMiB: number;
    heapUsedMiB: number;
  };
}

const MiB = 2 ** 20;
const rss = () => process.memoryUsage.rss();

function throughput(reports: number, bytes: number, ms: number): Throughput {
  const seconds = ms / 1000;
  return { reports, bytes, seconds, reportsPerSecond: reports / seconds, mbPerSecond: bytes / 1e6 / seconds, msPerReport: ms / reports };
}

export function measureParse(samples: readonly ParseSample[], options: { warmupSeconds?: number; rounds?: number } = {}): ParseBench {
  const warmupMs = (options.warmupSeconds ?? 2) * 1000;
  const rounds = options.rounds ?? 1;

  // Warm-up: let the JIT compile and optimise the parser on all layouts.
  let warmed = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < warmupMs || warmed < Math.min(samples.length, 2000)) {
    const s = samples[warmed % samples.length]!;
    parseReport(s.bytes, s.options);
    warmed++;
  }
  const warmSeconds = (performance.now() - warmStart) / 1000;

  const rssBefore = rss();
  let rssPeak = rssBefore;
  const layoutMs = new Map<string, { reports: number; bytes: number; ms: number }>();
  let errors = 0;
  let bytes = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i]!;
      const t = performance.now();
      const result = parseReport(s.bytes, s.options);
      const dt = performance.now() - t;
      if (round === 0 && result.diagnostics.some((d) => d.severity === 'error')) errors++;
      const acc = layoutMs.get(s.layout) ?? { reports: 0, bytes: 0, ms: 0 };
      acc.reports++;
      acc.bytes += s.bytes.length;
      acc.ms += dt;
      layoutMs.set(s.layout, acc);
      bytes += s.bytes.length;
      if ((i & 255) === 0) rssPeak = Math.max(rssPeak, rss());
    }
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rssPeak = Math.max(rssPeak, rss());
  const heapUsed = process.memoryUsage().heapUsed;

  let mismatches = 0;
  for (const s of samples) if (!isDeepStrictEqual(parseReport(s.bytes, s.options).report, s.expected)) mismatches++;

  const byLayout: Record<string, Throughput> = {};
  for (const [layout, acc] of [...layoutMs].sort(([a], [b]) => a.localeCompare(b))) byLayout[layout] = throughput(acc.reports, acc.bytes, acc.ms);
  return {
    warmup: { reports: warmed, seconds: warmSeconds },
    rounds,
    all: { ...throughput(samples.length * rounds, bytes, elapsed), cpuSeconds, reportsPerCpuSecond: (samples.length * rounds) / cpuSeconds, mbPerCpuSecond: bytes / 1e6 / cpuSeconds },
    byLayout,
    errors,
    mismatches,
    memory: {
      rssBeforeMiB: rssBefore / MiB,
      rssPeakMiB: rssPeak / MiB,
      // maxRSS is in kilobytes (KiB) on Linux.
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      heapUsedMiB: heapUsed / MiB,
    },
  };
}
