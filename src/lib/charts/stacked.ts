/**
 * Horizontal stacked bars: one bar per row (a year, an appeal channel), one
 * segment per series. Rows may be grouped under headings (years), and bars
 * may be normalised to shares of their total to show a mix.
 */
import { max, scaleLinear, stack, stackOffsetExpand, stackOffsetNone } from 'd3';
import { formatCount, formatPercent } from './format.ts';
import { maxTextWidth } from './text.ts';
import { countTicks, round, type LegendItem, type Rect, type Tick } from './types.ts';

export interface StackRow {
  key: string;
  label: string;
  /** Rows with the same group sit together under the group's heading. */
  group?: string;
  /** Series id -> value; null for the whole row when there is no record. */
  values: Readonly<Record<string, number>> | null;
}

export interface StackOptions {
  width?: number;
  rowHeight?: number;
  fontSize?: number;
  /** Draw each bar as shares of its own total (a mix), not as counts. */
  normalize?: boolean;
  /** Text after each bar; defaults to the formatted total. */
  totalLabel?: (total: number, row: StackRow) => string;
  missingLabel?: string;
}

export interface Segment extends Rect {
  series: string;
  seriesLabel: string;
  color: string;
  value: number;
  /** value / row total; null when the total is 0. */
  share: number | null;
}

export interface StackedRow {
  key: string;
  label: string;
  group?: string;
  y: number;
  height: number;
  textY: number;
  missing: boolean;
  total: number | null;
  totalLabel: string;
  totalX: number;
  segments: Segment[];
}

export interface GroupHeading {
  label: string;
  /** Text baseline. */
  y: number;
}

export interface StackedBarChart {
  width: number;
  height: number;
  fontSize: number;
  empty: boolean;
  normalize: boolean;
  plot: Rect;
  labelX: number;
  rows: StackedRow[];
  groups: GroupHeading[];
  xTicks: Tick[];
  legend: LegendItem[];
}

const rowTotal = (values: StackRow['values'], series: readonly LegendItem[]) =>
  values === null ? null : series.reduce((s, k) => s + (values[k.id] ?? 0), 0);

export function stackedBarChart(rows: readonly StackRow[], series: readonly LegendItem[], options: StackOptions = {}): StackedBarChart {
  const { width = 480, rowHeight = 28, fontSize = 13, normalize = false, missingLabel = '无数据' } = options;
  const totalLabel = options.totalLabel ?? ((total: number) => formatCount(total));
  const totals = rows.map((r) => rowTotal(r.values, series));
  const labels = rows.map((r, i) => (totals[i] === null ? missingLabel : totalLabel(totals[i]!, r)));
  const left = Math.ceil(maxTextWidth(rows.map((r) => r.label), fontSize)) + 10;
  const right = Math.ceil(maxTextWidth(labels, fontSize)) + 10;

  // Vertical layout: a heading line before each new group, then the group's rows.
  const headingHeight = fontSize + 10;
  const groups: GroupHeading[] = [];
  const rowTops: number[] = [];
  let cursor = 4;
  rows.forEach((r, i) => {
    if (r.group !== undefined && r.group !== rows[i - 1]?.group) {
      groups.push({ label: r.group, y: round(cursor + fontSize + 2) });
      cursor += headingHeight;
    }
    rowTops.push(cursor);
    cursor += rowHeight;
  });
  const plot = { x: left, y: 4, width: Math.max(40, width - left - right), height: cursor - 4 };
  const height = cursor + fontSize + 10;

  const top1 = max(totals, (t) => t ?? 0) ?? 0;
  const x = scaleLinear()
    .domain([0, normalize ? 1 : top1 || 1])
    .range([plot.x, plot.x + plot.width]);
  if (!normalize) x.nice(4);
  const layers = stack<StackRow, string>()
    .keys(series.map((s) => s.id))
    .value((r, key) => r.values?.[key] ?? 0)
    .offset(normalize ? stackOffsetExpand : stackOffsetNone)([...rows]);

  const barHeight = rowHeight * 0.7;
  const stacked = rows.map((r, i): StackedRow => {
    const y = rowTops[i]! + (rowHeight - barHeight) / 2;
    const total = totals[i]!;
    const segments: Segment[] = [];
    series.forEach((s, k) => {
      const value = r.values?.[s.id] ?? 0;
      if (!value) return;
      const [from, to] = layers[k]![i]!;
      segments.push({
        series: s.id,
        seriesLabel: s.label,
        color: s.color,
        value,
        share: total ? value / total : null,
        x: round(x(from)),
        y: round(y),
        width: round(x(to) - x(from)),
        height: round(barHeight),
      });
    });
    const end = segments.length ? segments[segments.length - 1]!.x + segments[segments.length - 1]!.width : plot.x;
    return {
      key: r.key,
      label: r.label,
      ...(r.group !== undefined ? { group: r.group } : {}),
      y: round(y),
      height: round(barHeight),
      textY: round(y + barHeight / 2 + fontSize * 0.35),
      missing: total === null,
      total,
      totalLabel: labels[i]!,
      totalX: round(end + 5),
      segments,
    };
  });
  const xTicks = normalize
    ? [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, position: round(x(value)), label: formatPercent(value, '', 0) }))
    : countTicks(x, 4, formatCount);
  return {
    width,
    height,
    fontSize,
    empty: !totals.some((t) => t !== null && t > 0),
    normalize,
    plot,
    labelX: plot.x - 8,
    rows: stacked,
    groups,
    xTicks,
    legend: [...series],
  };
}
