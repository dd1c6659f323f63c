/** The trend charts of a body's page, one point per year from its first report to its last. */
import { APPEAL_COLUMNS, APPEAL_GROUPS, OUTCOME_GROUPS } from '../model/catalogue.ts';
import { yearSeries } from './body-stats.ts';
import { columnChart } from '../charts/column.ts';
import { formatCount, formatPercent } from '../charts/format.ts';
import { OUTCOME_COLORS } from '../charts/palette.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { stackedBarChart, type StackRow } from '../charts/stacked.ts';
import type { ReportRecord } from '../corpus/load.ts';
import { APPEAL_SERIES, CHART_SIZE } from './report-charts.ts';
import { appealTotals, outcomeGroups } from '../model/report-stats.ts';
import { appealsTrendSummary, disclosureTrendSummary, receivedTrendSummary } from './summaries.ts';

const NO_REPORT = '无报告';

export function receivedTrendChart(reports: readonly ReportRecord[]): ChartSpec {
  const points = yearSeries(reports, (r) => r.applications.received.total);
  return {
    kind: 'column',
    id: 'chart-received',
    title: '每年新收申请',
    summary: receivedTrendSummary(points),
    emptyMessage: '各年度都没有新收申请。',
    geometry: columnChart(points.map((p) => ({ key: String(p.year), label: String(p.year), value: p.value })), { ...CHART_SIZE, height: 220, missingLabel: NO_REPORT }),
    table: {
      columns: ['年度', '新收申请'],
      rows: points.map((p) => ({ label: `${p.year} 年`, cells: [p.value === null ? NO_REPORT : formatCount(p.value)] })),
    },
  };
}

export function outcomeMixChart(reports: readonly ReportRecord[]): ChartSpec {
  const points = yearSeries(reports, (r) => ({ groups: outcomeGroups(r), handled: r.applications.total.total }));
  const disclosure = points.map((p) => ({ ...p, value: p.value && { handled: p.value.handled, disclosed: p.value.groups[0]!.value + p.value.groups[1]!.value } }));
  return {
    kind: 'stacked',
    id: 'chart-outcome-mix',
    title: '每年办理结果构成',
    summary: disclosureTrendSummary(disclosure),
    emptyMessage: '各年度都没有办理申请，没有可画的办理结果。',
    geometry: stackedBarChart(
      points.map((p) => ({ key: String(p.year), label: `${p.year} 年`, values: p.value && Object.fromEntries(p.value.groups.map((g) => [g.id, g.value])) })),
      OUTCOME_GROUPS.map((g) => ({ id: g.id, label: g.label, color: OUTCOME_COLORS[g.id] })),
      { ...CHART_SIZE, normalize: true, missingLabel: NO_REPORT, totalLabel: (t) => `共 ${formatCount(t)} 件` },
    ),
    table: {
      columns: ['年度', ...OUTCOME_GROUPS.map((g) => g.label), '办理总数', '公开率'],
      rows: points.map((p) => ({
        label: `${p.year} 年`,
        cells: p.value
          ? [...p.value.groups.map((g) => formatCount(g.value)), formatCount(p.value.handled), formatPercent(p.value.handled ? (p.value.groups[0]!.value + p.value.groups[1]!.value) / p.value.handled : null)]
          : [NO_REPORT, ...OUTCOME_GROUPS.map(() => ''), ''],
      })),
    },
  };
}

export function appealsTrendChart(reports: readonly ReportRecord[]): ChartSpec {
  const points = yearSeries(reports, (r) => r);
  return {
    kind: 'stacked',
    id: 'chart-appeals-trend',
    title: '每年行政复议和行政诉讼',
    summary: appealsTrendSummary(yearSeries(reports, appealTotals)),
    emptyMessage: '各年度都没有因政府信息公开工作被申请行政复议或提起行政诉讼。',
    geometry: stackedBarChart(
      points.flatMap((p): StackRow[] => {
        const group = `${p.year} 年`;
        if (!p.value) return [{ key: String(p.year), label: NO_REPORT, group, values: null }];
        const rl = p.value.review_litigation;
        // A year without any case is one line, not three empty ones: long series stay readable.
        if (APPEAL_GROUPS.every((g) => rl[g.id].total === 0)) return [{ key: String(p.year), label: '全部', group, values: { upheld: 0, corrected: 0, other: 0, pending: 0 } }];
        return APPEAL_GROUPS.map((g) => ({ key: `${p.year}-${g.id}`, label: g.short, group, values: { ...rl[g.id] } }));
      }),
      APPEAL_SERIES,
      { ...CHART_SIZE, missingLabel: '', totalLabel: (t) => `${formatCount(t)} 件` },
    ),
    table: {
      columns: ['年度', ...APPEAL_COLUMNS.map((c) => c.label)],
      rows: points.flatMap((p) =>
        p.value
          ? APPEAL_GROUPS.map((g) => ({ label: `${p.year} 年 ${g.label}`, cells: APPEAL_COLUMNS.map((c) => formatCount(p.value!.review_litigation[g.id][c.id])) }))
          : [{ label: `${p.year} 年`, cells: [NO_REPORT, ...APPEAL_COLUMNS.slice(1).map(() => '')] }],
      ),
    },
  };
}

export const bodyCharts = (reports: readonly ReportRecord[]): ChartSpec[] => [receivedTrendChart(reports), outcomeMixChart(reports), appealsTrendChart(reports)];
