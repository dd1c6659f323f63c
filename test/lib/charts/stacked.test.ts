import { describe, expect, it } from 'vitest';
import { stackedBarChart, type StackRow } from '../../../src/lib/charts/stacked.ts';

const series = [
  { id: 'a', label: '予以公开', color: '#009E73' },
  { id: 'b', label: '不予公开', color: '#D55E00' },
  { id: 'c', label: '无法提供', color: '#E69F00' },
];
const rows: StackRow[] = [
  { key: '2022', label: '2022 年', values: { a: 2, b: 2, c: 4 } },
  { key: '2023', label: '2023 年', values: { a: 3, b: 0, c: 1 } },
];

describe('stackedBarChart(rows, series, options)', () => {
  it('stacks segments end to end in series order', () => {
    const c = stackedBarChart(rows, series);
    const segs = c.rows[0]!.segments;
    expect(segs.map((s) => s.series)).toEqual(['a', 'b', 'c']);
    expect(segs[0]!.x).toBe(c.plot.x);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.x).toBeCloseTo(segs[i - 1]!.x + segs[i - 1]!.width, 1);
  });

  it('makes segment widths sum to the width of the row total', () => {
    const c = stackedBarChart(rows, series);
    const w = (r: (typeof c.rows)[number]) => r.segments.reduce((s, g) => s + g.width, 0);
    expect(w(c.rows[0]!) / w(c.rows[1]!)).toBeCloseTo(8 / 4, 1);
    expect(c.rows.map((r) => r.total)).toEqual([8, 4]);
    expect(c.rows.map((r) => r.totalLabel)).toEqual(['8', '4']);
  });

  it('leaves zero values out of the segments but not out of the total', () => {
    const c = stackedBarChart(rows, series);
    expect(c.rows[1]!.segments.map((s) => s.series)).toEqual(['a', 'c']);
    expect(c.rows[1]!.segments.map((s) => s.share)).toEqual([0.75, 0.25]);
  });

  it('normalises every bar to the full width when asked', () => {
    const c = stackedBarChart(rows, series, { normalize: true });
    for (const r of c.rows) {
      const last = r.segments.at(-1)!;
      expect(last.x + last.width).toBeCloseTo(c.plot.x + c.plot.width, 1);
    }
    expect(c.xTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('keeps a row with a zero total empty, even normalised', () => {
    const c = stackedBarChart([{ key: 'z', label: 'z', values: { a: 0, b: 0, c: 0 } }, ...rows], series, { normalize: true });
    expect(c.rows[0]).toMatchObject({ total: 0, segments: [], missing: false });
  });

  it('marks a row without a record as missing', () => {
    const c = stackedBarChart([{ key: 'm', label: '2021 年', values: null }, ...rows], series);
    expect(c.rows[0]).toMatchObject({ missing: true, total: null, totalLabel: '无数据', segments: [] });
  });

  it('puts a heading before each new group and keeps rows apart', () => {
    const grouped: StackRow[] = [
      { key: 'r1', label: '行政复议', group: '2022 年', values: { a: 1, b: 0, c: 0 } },
      { key: 'r2', label: '行政诉讼', group: '2022 年', values: { a: 0, b: 1, c: 0 } },
      { key: 'r3', label: '行政复议', group: '2023 年', values: { a: 0, b: 0, c: 2 } },
    ];
    const c = stackedBarChart(grouped, series);
    expect(c.groups.map((g) => g.label)).toEqual(['2022 年', '2023 年']);
    expect(c.groups[1]!.y).toBeGreaterThan(c.rows[1]!.y + c.rows[1]!.height);
    expect(c.rows[2]!.y).toBeGreaterThan(c.groups[1]!.y);
    expect(c.height).toBeGreaterThan(c.rows[2]!.y + c.rows[2]!.height);
  });

  it('is empty when every total is 0 or missing', () => {
    expect(stackedBarChart([], series).empty).toBe(true);
    expect(stackedBarChart([{ key: 'm', label: 'm', values: null }, { key: 'z', label: 'z', values: { a: 0 } }], series).empty).toBe(true);
    expect(stackedBarChart(rows, series).empty).toBe(false);
  });

  it('returns the series as the legend', () => {
    expect(stackedBarChart(rows, series).legend).toEqual(series);
  });
});

describe('stackedBarChart axis', () => {
  it('ends on a labelled tick', () => {
    const c = stackedBarChart([{ key: 'r', label: 'r', values: { a: 91, b: 16, c: 39 } }], series);
    expect(c.xTicks.at(-1)!.position).toBeCloseTo(c.plot.x + c.plot.width, 5);
  });
});
