import { describe, expect, it } from 'vitest';
import { columnChart } from '../../../src/lib/charts/column.ts';

const years = [
  { key: '2021', label: '2021', value: 10 },
  { key: '2022', label: '2022', value: null },
  { key: '2023', label: '2023', value: 25 },
];

describe('columnChart(data, options)', () => {
  it('stands columns on the zero line, heights proportional to values', () => {
    const c = columnChart(years, { width: 400, height: 200 });
    const [a, , b] = c.columns;
    expect(a!.y + a!.height).toBeCloseTo(c.baseline, 5);
    expect(b!.y + b!.height).toBeCloseTo(c.baseline, 5);
    expect(b!.height / a!.height).toBeCloseTo(2.5, 2);
    expect(b!.y).toBeGreaterThanOrEqual(c.plot.y - 0.01);
  });

  it('keeps a missing year in its place on the axis, as a gap', () => {
    const c = columnChart(years);
    const gap = c.columns[1]!;
    expect(gap).toMatchObject({ missing: true, height: 0, valueLabel: '无数据' });
    expect(gap.cx).toBeGreaterThan(c.columns[0]!.cx);
    expect(gap.cx).toBeLessThan(c.columns[2]!.cx);
  });

  it('orders columns left to right with equal steps', () => {
    const c = columnChart(years);
    const steps = c.columns.slice(1).map((col, i) => col.cx - c.columns[i]!.cx);
    expect(steps[0]).toBeCloseTo(steps[1]!, 5);
    expect(steps[0]).toBeGreaterThan(c.columns[0]!.width);
  });

  it('caps the width of a lone column and centres it', () => {
    const c = columnChart([{ key: '2023', label: '2023', value: 5 }], { width: 480, maxColumnWidth: 40 });
    const col = c.columns[0]!;
    expect(col.width).toBeLessThanOrEqual(40);
    expect(col.cx).toBeCloseTo(c.plot.x + c.plot.width / 2, 5);
  });

  it('labels the y axis with integer ticks from 0', () => {
    const c = columnChart([{ key: 'a', label: 'a', value: 3 }]);
    expect(c.yTicks[0]).toMatchObject({ value: 0, label: '0' });
    expect(c.yTicks[0]!.position).toBeCloseTo(c.baseline, 5);
    expect(c.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  it('is empty without data or with only zeros and gaps', () => {
    expect(columnChart([]).empty).toBe(true);
    expect(columnChart([{ key: 'a', label: 'a', value: 0 }, { key: 'b', label: 'b', value: null }]).empty).toBe(true);
    expect(columnChart(years).empty).toBe(false);
  });
});

describe('columnChart axis', () => {
  it('ends on a labelled tick', () => {
    for (const v of [3, 23, 3325]) {
      const c = columnChart([{ key: 'a', label: 'a', value: v }]);
      expect(c.yTicks.at(-1)!.position, String(v)).toBeCloseTo(c.plot.y, 5);
    }
  });
});
