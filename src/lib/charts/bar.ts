/**
 * Horizontal bars with their labels on the left: long Chinese category names
 * stay readable on a phone, and more categories only make the chart taller.
 */
import { max, scaleBand, scaleLinear } from 'd3';
import { formatCount } from './format.ts';
import { PRIMARY } from './palette.ts';
import { maxTextWidth } from './text.ts';
import { countTicks, round, type Rect, type Tick } from './types.ts';

export interface BarDatum {
  key: string;
  label: string;
  /** null: no value (drawn as a gap with a note, never as 0). */
  value: number | null;
  color?: string;
}

export interface BarOptions {
  width?: number;
  rowHeight?: number;
  fontSize?: number;
  /** Text after each bar; defaults to the formatted value. */
  valueLabel?: (d: BarDatum) => string;
  missingLabel?: string;
  color?: string;
}

export interface Bar extends Rect {
  key: string;
  label: string;
  value: number | null;
  missing: boolean;
  color: string;
  valueLabel: string;
  /** Baseline of the row's texts. */
  textY: number;
  /** Start of the value label, just past the bar's end. */
  valueX: number;
}

export interface BarChart {
  width: number;
  height: number;
  fontSize: number;
  /** Nothing to draw: no data, or every value 0 or missing. */
  empty: boolean;
  plot: Rect;
  /** Category labels end here (text-anchor: end). */
  labelX: number;
  bars: Bar[];
  xTicks: Tick[];
}

export function barChart(data: readonly BarDatum[], options: BarOptions = {}): BarChart {
  const { width = 480, rowHeight = 28, fontSize = 13, missingLabel = '无数据', color = PRIMARY } = options;
  const valueLabel = options.valueLabel ?? ((d: BarDatum) => (d.value === null ? missingLabel : formatCount(d.value)));
  const labels = data.map((d) => valueLabel(d));
  const left = Math.ceil(maxTextWidth(data.map((d) => d.label), fontSize)) + 10;
  const right = Math.ceil(maxTextWidth(labels, fontSize)) + 10;
  const top = 4;
  const bottom = fontSize + 10;
  const plot = { x: left, y: top, width: Math.max(40, width - left - right), height: rowHeight * data.length };
  const height = plot.y + plot.height + bottom;
  const top1 = max(data, (d) => d.value ?? 0) ?? 0;
  // nice() with the tick count, so the axis ends on a labelled tick.
  const x = scaleLinear().domain([0, top1 || 1]).range([plot.x, plot.x + plot.width]).nice(4);
  const y = scaleBand<string>().domain(data.map((d) => d.key)).range([plot.y, plot.y + plot.height]).padding(0.25);
  const bars = data.map((d, i): Bar => {
    const by = y(d.key) ?? plot.y;
    const end = d.value === null ? plot.x : x(d.value);
    return {
      key: d.key,
      label: d.label,
      value: d.value,
      missing: d.value === null,
      color: d.color ?? color,
      x: plot.x,
      y: round(by),
      width: round(end - plot.x),
      height: round(y.bandwidth()),
      valueLabel: labels[i]!,
      textY: round(by + y.bandwidth() / 2 + fontSize * 0.35),
      valueX: round(end + 5),
    };
  });
  return {
    width,
    height,
    fontSize,
    empty: !data.some((d) => d.value !== null && d.value > 0),
    plot,
    labelX: plot.x - 8,
    bars,
    xTicks: countTicks(x, 4, formatCount),
  };
}
