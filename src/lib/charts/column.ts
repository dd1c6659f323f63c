/**
 * Vertical columns for a value over the years. A year without a value keeps
 * its place on the axis and is marked, so a gap in the record stays visible.
 */
import { max, scaleBand, scaleLinear } from 'd3';
import { formatCount } from './format.ts';
import { PRIMARY } from './palette.ts';
import { maxTextWidth } from './text.ts';
import { countTicks, round, type Rect, type Tick } from './types.ts';

export interface ColumnDatum {
  key: string;
  label: string;
  value: number | null;
}

export interface ColumnOptions {
  width?: number;
  height?: number;
  fontSize?: number;
  /** Widest a column may be, so one year does not fill the whole chart. */
  maxColumnWidth?: number;
  missingLabel?: string;
  color?: string;
}

export interface Column extends Rect {
  key: string;
  label: string;
  value: number | null;
  missing: boolean;
  valueLabel: string;
  /** Centre of the column, for its labels. */
  cx: number;
  /** Baseline of the value label above the column. */
  valueY: number;
}

export interface ColumnChart {
  width: number;
  height: number;
  fontSize: number;
  empty: boolean;
  color: string;
  plot: Rect;
  /** y of the zero line. */
  baseline: number;
  /** Baseline of the category labels under the axis. */
  labelY: number;
  columns: Column[];
  yTicks: Tick[];
}

export function columnChart(data: readonly ColumnDatum[], options: ColumnOptions = {}): ColumnChart {
  const { width = 480, height = 240, fontSize = 13, maxColumnWidth = 56, missingLabel = '无数据', color = PRIMARY } = options;
  const top1 = max(data, (d) => d.value ?? 0) ?? 0;
  const probe = scaleLinear().domain([0, top1 || 1]).nice(4);
  const left = Math.ceil(maxTextWidth(probe.ticks(4).map(formatCount), fontSize)) + 10;
  const plot = { x: left, y: fontSize + 8, width: Math.max(40, width - left - 8), height: 0 };
  plot.height = Math.max(40, height - plot.y - (fontSize + 12));
  const y = scaleLinear().domain(probe.domain()).range([plot.y + plot.height, plot.y]);
  // Padding 0.3 of each band; the band, not the range, is capped so few years stay slim and centred.
  const band = Math.min(plot.width / Math.max(1, data.length), maxColumnWidth / 0.7);
  const span = band * data.length;
  const x = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([plot.x + (plot.width - span) / 2, plot.x + (plot.width + span) / 2])
    .padding(0.3);
  const baseline = y(0);
  const columns = data.map((d): Column => {
    const cx = (x(d.key) ?? plot.x) + x.bandwidth() / 2;
    const top = d.value === null ? baseline : y(d.value);
    return {
      key: d.key,
      label: d.label,
      value: d.value,
      missing: d.value === null,
      valueLabel: d.value === null ? missingLabel : formatCount(d.value),
      x: round(x(d.key) ?? plot.x),
      y: round(top),
      width: round(x.bandwidth()),
      height: round(baseline - top),
      cx: round(cx),
      valueY: round(top - 5),
    };
  });
  return {
    width,
    height,
    fontSize,
    empty: !data.some((d) => d.value !== null && d.value > 0),
    color,
    plot,
    baseline: round(baseline),
    labelY: round(plot.y + plot.height + fontSize + 6),
    columns,
    yTicks: countTicks(y, 4, formatCount),
  };
}
