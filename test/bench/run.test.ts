import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { generateCorpus, LAYOUTS } from '../../bench/generate.ts';
import { measureParse } from '../../bench/parse-throughput.ts';
import { measureShape, SHAPES } from '../../bench/worst-shapes.ts';
import { descendants, watchTree } from '../../bench/proc-tree.ts';
import { routeCostsOf, stepsOf } from '../../bench/site-build.ts';

describe('measureParse(samples, options)', () => {
  test('parses every sample, checks it against its figures and counts by layout', () => {
    const { reports } = generateCorpus({ bodies: 24, years: 3, seed: 9 });
    const samples = reports.map((r) => ({ bytes: new TextEncoder().encode(r.text), options: r.parseOptions, layout: r.variant.layout, expected: r.expected }));
    const bench = measureParse(samples, { warmupSeconds: 0, rounds: 2 });
    expect(bench.errors).toBe(0);
    expect(bench.mismatches).toBe(0);
    expect(bench.all.reports).toBe(144);
    expect(bench.all.bytes).toBe(2 * samples.reduce((s, x) => s + x.bytes.length, 0));
    expect(Object.keys(bench.byLayout).sort()).toEqual([...LAYOUTS].sort());
    expect(Object.values(bench.byLayout).reduce((s, t) => s + t.reports, 0)).toBe(144);
    expect(bench.memory.rssPeakMiB).toBeGreaterThanOrEqual(bench.memory.rssBeforeMiB);
  });

  test('counts a report whose figures differ from the expected ones', () => {
    const [a, b] = generateCorpus({ bodies: 2, years: 1, seed: 4 }).reports;
    const bench = measureParse(
      [
        { bytes: new TextEncoder().encode(a!.text), options: a!.parseOptions, layout: 'x', expected: a!.expected },
        { bytes: new TextEncoder().encode(b!.text), options: b!.parseOptions, layout: 'x', expected: a!.expected },
        { bytes: new TextEncoder().encode('not a report'), options: {}, layout: 'x', expected: a!.expected },
      ],
      { warmupSeconds: 0 },
    );
    expect(bench.mismatches).toBe(2);
    expect(bench.errors).toBe(1);
  });
});

describe('worst shapes (issue 10): parse time linear in the input', () => {
  // 256 KB of each shape; before issue 10, label-run took minutes at this size and number-line threw.
  for (const shape of SHAPES) {
    test(shape.name, () => {
      const row = measureShape(shape, 256 * 1024);
      expect(row.ms).toBeLessThan(3000);
      expect(row.diagnostics).toBeGreaterThanOrEqual(0);
    });
  }
});

describe('stepsOf(log)', () => {
  test('reads the step durations Astro prints', () => {
    const log = [
      '00:07:03 [content] Synced content',
      '00:07:03 [types] Generated 19.68s',
      '00:07:03 [build] ✓ Completed in 20.23s.',
      '00:07:09 [vite] ✓ built in 5.05s',
      '00:07:09 [vite] ✓ built in 395ms',
      ' generating static routes ',
      '00:07:21   ├─ /index.html (+15ms) ',
      '00:07:21   ├─ /reports/zitong-housing-2024/index.html (+3ms) ',
      '00:07:22   ├─ /reports/huiji-hrss-2023/index.html (+5ms) ',
      '00:07:22   └─ /bodies/huiji-hrss.csv (+2ms) ',
      '00:07:39 ✓ Completed in 4m 9s.',
      '00:07:39 [build] ✓ Completed in 35.37s.',
      '00:07:39 [build] 1207 page(s) built in 55.82s',
    ].join('\n');
    expect(stepsOf(log)).toEqual({
      'content sync and types': 19.68,
      'vite bundle 1': 5.05,
      'vite bundle 2': 0.395,
      'prepare routes': 12,
      'render pages': 249,
      'astro build total': 55.82,
    });
    expect(routeCostsOf(log)).toEqual({
      '/index.html': { pages: 1, ms: 15 },
      '/reports/[id]/index.html': { pages: 2, ms: 8 },
      '/bodies/[id].csv': { pages: 1, ms: 2 },
    });
  });
});

describe.runIf(process.platform === 'linux')('watchTree(pid)', () => {
  test('finds a child process and sums the memory of the tree', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1500)']);
    await new Promise((done) => setTimeout(done, 300));
    expect(descendants(process.pid)).toContain(child.pid);
    const watcher = watchTree(process.pid, 50);
    await new Promise((done) => setTimeout(done, 200));
    const memory = watcher.stop();
    child.kill();
    expect(memory.samples).toBeGreaterThan(1);
    // Two Node processes: more than either alone.
    expect(memory.peakTreeRssKiB).toBeGreaterThan(process.memoryUsage.rss() / 1024);
  });
});
