import { describe, expect, it } from 'vitest';
import { histogram } from '../../../src/lib/charts/histogram.ts';

describe('histogram(values, options)', () => {
  it('bins shares in ten bins of ten points, 1 in the last', () => {
    const h = histogram([0, 0.05, 0.1, 0.55, 0.99, 1]);
    expect(h.bins.map((b) => [b.label, b.count])).toEqual([
      ['0%–10%', 2], ['10%–20%', 1], ['20%–30%', 0], ['30%–40%', 0], ['40%–50%', 0],
      ['50%–60%', 1], ['60%–70%', 0], ['70%–80%', 0], ['80%–90%', 0], ['90%–100%', 2],
    ]);
    expect(h.total).toBe(6);
    expect(h.empty).toBe(false);
  });
  it('places bins inside the plot, heights in proportion to counts', () => {
    const h = histogram([0.05, 0.05, 0.95], { width: 400, height: 200 });
    const [first, , , , , , , , , last] = h.bins;
    expect(first!.height).toBeCloseTo(2 * last!.height, 1);
    expect(first!.y + first!.height).toBeCloseTo(h.baseline, 5);
    for (const b of h.bins) {
      expect(b.x).toBeGreaterThanOrEqual(h.plot.x);
      expect(b.x + b.width).toBeLessThanOrEqual(h.plot.x + h.plot.width);
    }
    expect(h.xTicks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(h.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });
  it('is empty without values, and clamps values outside [0, 1]', () => {
    expect(histogram([]).empty).toBe(true);
    expect(histogram([-1, 2]).bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
});
