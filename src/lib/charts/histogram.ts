/**
 * A histogram of shares (values from 0 to 1) in ten bins of ten percentage
 * points, the last one closed ([90%, 100%]), so every body with a value
 * lands in exactly one bin and the bins are the same on every year's page.
 */
import { bin, max, scaleLinear } from 'd3';
import { formatCount } from './format.ts';
import { PRIMARY } from './palette.ts';
import { maxTextWidth } from './text.ts';
import { countTicks, round, type Rect, type Tick } from './types.ts';

export interface HistogramBin extends Rect {
  /** Lower and upper edge, as shares. */
  x0: number;
  x1: number;
  count: number;
  /** 0–10%, …, 90–100%. */
  label: string;
}

export interface Histogram {
  width: number;
  height: number;
  fontSize: number;
  /** No values at all. */
  empty: boolean;
  total: number;
  color: string;
  plot: Rect;
  baseline: number;
  bins: HistogramBin[];
  xTicks: Tick[];
  yTicks: Tick[];
}

export interface HistogramOptions {
  width?: number;
  height?: number;
  fontSize?: number;
  color?: string;
  bins?: number;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Bins of shares: values outside [0, 1] are clamped (they cannot occur for the indicators, whose numerators are parts of their denominators). */
export function histogram(values: readonly number[], options: HistogramOptions = {}): Histogram {
  const { width = 480, height = 200, fontSize = 12, color = PRIMARY, bins: count = 10 } = options;
  const thresholds = Array.from({ length: count - 1 }, (_, i) => (i + 1) / count);
  const binned = bin<number, number>().domain([0, 1]).thresholds(thresholds)(values.map((v) => Math.min(1, Math.max(0, v))));
  const top = max(binned, (b) => b.length) ?? 0;
  const probe = scaleLinear().domain([0, top || 1]).nice();
  const left = Math.ceil(maxTextWidth(probe.ticks(4).map(formatCount), fontSize)) + 10;
  const plot = { x: left, y: 8, width: Math.max(40, width - left - 16), height: Math.max(40, height - 8 - (fontSize + 12)) };
  const x = scaleLinear().domain([0, 1]).range([plot.x, plot.x + plot.width]);
  const y = scaleLinear().domain(probe.domain()).range([plot.y + plot.height, plot.y]);
  const baseline = y(0);
  const bins = binned.map((b): HistogramBin => {
    const x0 = b.x0 ?? 0;
    const x1 = b.x1 ?? 1;
    const top1 = y(b.length);
    return {
      x0,
      x1,
      count: b.length,
      label: `${percent(x0)}–${percent(x1)}`,
      x: round(x(x0) + 1),
      y: round(top1),
      width: round(Math.max(0, x(x1) - x(x0) - 2)),
      height: round(baseline - top1),
    };
  });
  const xTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((value) => ({ value, position: round(x(value)), label: percent(value) }));
  return {
    width,
    height,
    fontSize,
    empty: values.length === 0,
    total: values.length,
    color,
    plot,
    baseline: round(baseline),
    bins,
    xTicks,
    yTicks: countTicks(y, 4, formatCount).map((t) => ({ ...t, position: round(t.position) })),
  };
}
