import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/charts/bar.ts';

const data = [
  { key: 'a', label: '予以公开', value: 3 },
  { key: 'b', label: '无法提供', value: 15 },
  { key: 'c', label: '不予处理', value: 0 },
];

describe('barChart(data, options)', () => {
  it('scales bar widths linearly from the plot start', () => {
    const c = barChart(data, { width: 400 });
    const [a, b, z] = c.bars;
    expect(a!.x).toBe(c.plot.x);
    expect(b!.width / a!.width).toBeCloseTo(5, 1);
    expect(z!.width).toBe(0);
    expect(b!.x + b!.width).toBeLessThanOrEqual(c.plot.x + c.plot.width + 0.01);
  });

  it('places rows top to bottom in data order without overlap', () => {
    const c = barChart(data);
    for (let i = 1; i < c.bars.length; i++) expect(c.bars[i]!.y).toBeGreaterThanOrEqual(c.bars[i - 1]!.y + c.bars[i - 1]!.height);
    expect(c.height).toBeGreaterThan(c.bars.at(-1)!.y + c.bars.at(-1)!.height);
  });

  it('leaves room on the left for the longest label', () => {
    const short = barChart([{ key: 'a', label: '甲', value: 1 }]);
    const long = barChart([{ key: 'a', label: '本机关不掌握相关政府信息', value: 1 }]);
    expect(long.plot.x - short.plot.x).toBeGreaterThanOrEqual(11 * 13);
    expect(long.labelX).toBeLessThan(long.plot.x);
  });

  it('gives integer ticks only, starting at 0', () => {
    const c = barChart([{ key: 'a', label: 'a', value: 3 }]);
    expect(c.xTicks[0]).toMatchObject({ value: 0, position: c.plot.x, label: '0' });
    expect(c.xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  it('formats value labels with thousands separators, or a custom label', () => {
    expect(barChart([{ key: 'a', label: 'a', value: 1608911 }]).bars[0]!.valueLabel).toBe('1,608,911');
    const c = barChart(data, { valueLabel: (d) => `${d.value} 件` });
    expect(c.bars.map((b) => b.valueLabel)).toEqual(['3 件', '15 件', '0 件']);
  });

  it('draws a missing value as a gap with a note, not as 0', () => {
    const c = barChart([{ key: 'a', label: 'a', value: null }, { key: 'b', label: 'b', value: 4 }]);
    expect(c.bars[0]).toMatchObject({ missing: true, width: 0, valueLabel: '无数据' });
    expect(c.empty).toBe(false);
  });

  it('is empty when there is nothing to draw', () => {
    expect(barChart([]).empty).toBe(true);
    expect(barChart([{ key: 'a', label: 'a', value: 0 }, { key: 'b', label: 'b', value: null }]).empty).toBe(true);
    expect(barChart(data).empty).toBe(false);
  });

  it('keeps a given colour per bar', () => {
    const c = barChart([{ key: 'a', label: 'a', value: 1, color: '#D55E00' }, { key: 'b', label: 'b', value: 1 }], { color: '#0072B2' });
    expect(c.bars.map((b) => b.color)).toEqual(['#D55E00', '#0072B2']);
  });
});

describe('barChart axis', () => {
  it('ends on a labelled tick', () => {
    for (const v of [3, 15, 23, 146, 3325]) {
      const c = barChart([{ key: 'a', label: 'a', value: v }]);
      expect(c.xTicks.at(-1)!.position, String(v)).toBeCloseTo(c.plot.x + c.plot.width, 5);
      expect(c.xTicks.at(-1)!.value).toBeGreaterThanOrEqual(v);
    }
  });
});
