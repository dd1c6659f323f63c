/**
 * The shapes of report text that cost the parser most per byte, each grown
 * to a given size, timed through parseReport. Parse time and memory must be
 * linear in the input: these rows show the time per KB at the largest size
 * a report may have (MAX_REPORT_BYTES) next to a quarter of it.
 *
 * - label-run: one row label, then a run of label cells, then the values
 *   (matchRow looked back over the whole run: quadratic before issue 10).
 * - capped-labels: 31 short labels before every value, the most matchRow
 *   still searches per value.
 * - number-line: one line of numbers separated by single spaces (a
 *   recursive regex overflowed the stack on this before issue 10).
 * - long-label: one table cell of Chinese text without a break.
 * - repeated-rows: the rows of table 三 printed over and over.
 * - report: a real seed, for comparison (not grown).
 */
import { readFileSync } from 'node:fs';
import { MAX_REPORT_BYTES } from '../src/lib/corpus/files.ts';
import { parseReport } from '../src/lib/check/report.ts';

export interface Shape {
  name: string;
  /** The text at about `bytes` bytes. */
  make: (bytes: number) => string;
}

export interface ShapeRow {
  name: string;
  kb: number;
  ms: number;
  msPerKb: number;
  /** Growth of the resident set over the parse. */
  rssMiB: number;
  diagnostics: number;
}

const SEED = new URL('../content/reports/zhengdong-social-affairs/2023.txt', import.meta.url);
const seed = () => readFileSync(SEED, 'utf8');
const ACTIVE_ROW = '规章\t0\t0\t0';

/** `unit` repeated until the text is about `bytes` UTF-8 bytes long. */
const grow = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
const inTable = (filler: (bytes: number) => string) => (bytes: number) => seed().replace(ACTIVE_ROW, `${filler(bytes)}\n${ACTIVE_ROW}`);

export const SHAPES: readonly Shape[] = [
  { name: 'label-run', make: (bytes) => seed().replace(ACTIVE_ROW, `规章\n${grow('标签\n', bytes)}0\t0\t0`) },
  { name: 'capped-labels', make: inTable((bytes) => grow(`${'甲\n'.repeat(31)}1\n`, bytes)) },
  { name: 'number-line', make: inTable((bytes) => grow('1 ', bytes).trim()) },
  { name: 'long-label', make: inTable((bytes) => grow('标', bytes)) },
  { name: 'repeated-rows', make: inTable((bytes) => grow('（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n', bytes)) },
  { name: 'report', make: () => seed() },
];

const MiB = 2 ** 20;

export function measureShape(shape: Shape, bytes: number): ShapeRow {
  const text = new TextEncoder().encode(shape.make(bytes));
  // One small run first so the JIT has compiled the paths this shape takes.
  parseReport(new TextEncoder().encode(shape.make(Math.min(bytes, 16 * 1024))), { path: 'x/2023.txt' });
  const rss = process.memoryUsage.rss();
  const start = performance.now();
  const result = parseReport(text, { path: 'x/2023.txt' });
  const ms = performance.now() - start;
  const kb = text.length / 1024;
  return { name: shape.name, kb, ms, msPerKb: ms / kb, rssMiB: (process.memoryUsage.rss() - rss) / MiB, diagnostics: result.diagnostics.length };
}

/** Every shape at a quarter of the size limit and at the limit. */
export function measureWorstShapes(max = MAX_REPORT_BYTES): ShapeRow[] {
  return SHAPES.flatMap((s) => (s.name === 'report' ? [measureShape(s, 0)] : [measureShape(s, max / 4), measureShape(s, max)]));
}
