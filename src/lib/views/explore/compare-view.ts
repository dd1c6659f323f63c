/**
 * What the compare page shows for a state, as plain strings and chart
 * geometry: the build renders it with Astro for the default view, the
 * browser with the DOM for every other view, so both say the same thing.
 */
import { barChart, type BarChart } from '../../charts/bar.ts';
import { formatCount } from '../../charts/format.ts';
import { KIND_LABELS, SORT_LABELS, type CompareIndex, type CompareRow, type CompareState } from './compare.ts';
import { formatValue, type Measure } from './measures.ts';

/** Bars in the chart: enough to compare, few enough to read on a phone. */
export const CHART_ROWS = 30;

export interface CompareViewRow {
  rank: string;
  bodyId: string;
  name: string;
  region: string;
  kind: string;
  reportId: string;
  value: string;
  /** Indicators: numerator / denominator. */
  fraction?: string;
}

export interface CompareView {
  caption: string;
  summary: string;
  valueHeader: string;
  /** Indicators add a numerator / denominator column. */
  fractionHeader?: string;
  /** The value column's aria-sort. */
  ariaSort: 'ascending' | 'descending' | 'none';
  rows: CompareViewRow[];
  chartTitle: string;
  chartNote: string;
  chart: BarChart;
}

/** The words for the state's filters: 河南省 郑州市 · 政府部门. */
export function filterText(state: Pick<CompareState, 'region' | 'kind'>, index: Pick<CompareIndex, 'regions'>): string {
  const parts = [state.region ? (index.regions.find((r) => r.id === state.region)?.label ?? state.region) : '全部地区', state.kind ? KIND_LABELS[state.kind] : '全部机关'];
  return parts.join(' · ');
}

/** The build draws the chart 560 wide; the browser redraws it as wide as its box, so labels stay legible on a phone. */
export function compareView(rows: readonly CompareRow[], state: CompareState, measure: Measure, index: Pick<CompareIndex, 'regions'>, chartWidth = 560): CompareView {
  const isRatio = measure.unit === 'ratio';
  const valued = rows.filter((r) => r.value !== null);
  const missing = rows.length - valued.length;
  const filters = filterText(state, index);
  const top = [...valued].sort((a, b) => a.rank! - b.rank!)[0];
  const sentences = [`${state.year} 年，${filters}：${formatCount(rows.length)} 个机关有报告`];
  if (isRatio && missing) sentences.push(`其中 ${formatCount(missing)} 个分母为 0，${measure.label}无从计算，列在最后`);
  if (top) sentences.push(`${measure.label}最高的是${top.name}（${formatValue(measure.unit, top.value)}）`);
  const charted = valued.slice(0, CHART_ROWS);
  const chart = barChart(
    charted.map((r) => ({ key: r.bodyId, label: r.name, value: isRatio ? r.value! * 100 : r.value })),
    { width: Math.max(280, Math.min(560, Math.round(chartWidth))), rowHeight: 22, fontSize: 12, valueLabel: (d) => (d.value === null ? '—' : isRatio ? formatValue('ratio', d.value / 100) : formatValue(measure.unit, d.value)) },
  );
  // Shares are drawn as percentage points: label the axis so.
  if (isRatio) chart.xTicks = chart.xTicks.map((t) => ({ ...t, label: `${t.label}%` }));
  return {
    caption: `${state.year} 年 · ${measure.label} · ${filters} · ${SORT_LABELS[state.sort]}`,
    summary: `${sentences.join('；')}。`,
    valueHeader: measure.label,
    ...(isRatio ? { fractionHeader: '分子 / 分母' } : {}),
    ariaSort: state.sort === 'desc' ? 'descending' : state.sort === 'asc' ? 'ascending' : 'none',
    rows: rows.map((r) => ({
      rank: r.rank === null ? '—' : String(r.rank),
      bodyId: r.bodyId,
      name: r.name,
      region: r.regionLabel,
      kind: KIND_LABELS[r.kind],
      reportId: r.reportId,
      value: formatValue(measure.unit, r.value, '不适用'),
      ...(isRatio ? { fraction: `${formatCount(r.numerator ?? 0)} / ${formatCount(r.denominator ?? 0)}` } : {}),
    })),
    chartTitle: `${measure.label}（${state.year} 年，${filters}）`,
    chartNote: valued.length > CHART_ROWS ? `图中为按当前排序的前 ${CHART_ROWS} 个机关，共 ${formatCount(valued.length)} 个；全部见表格。` : `图中为全部 ${formatCount(valued.length)} 个有数值的机关。`,
    chart,
  };
}
