/** The three charts of a report's page: outcomes, applicants, appeals. */
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../model/catalogue.ts';
import { barChart } from '../charts/bar.ts';
import { formatCount, formatPercent } from '../charts/format.ts';
import { APPEAL_RESULT_COLORS, OUTCOME_COLORS } from '../charts/palette.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { stackedBarChart } from '../charts/stacked.ts';
import { applicantMix, outcomeGroups } from '../model/report-stats.ts';
import type { Report } from '../model/schema.ts';
import { appealsSummary, applicantSummary, outcomeSummary } from './summaries.ts';

/** Sized for a phone first: scaled down to 360 px the text stays near 12 px. */
export const CHART_SIZE = { width: 420, fontSize: 14 } as const;

const share = (part: number, whole: number) => formatPercent(whole > 0 ? part / whole : null);

export function outcomeChart(report: Report): ChartSpec {
  const handled = report.applications.total.total;
  const groups = outcomeGroups(report);
  return {
    kind: 'bar',
    id: 'chart-outcomes',
    title: `${report.year} 年申请办理结果`,
    summary: outcomeSummary(report),
    emptyMessage: '本年度没有办理申请，没有可画的办理结果。',
    geometry: barChart(
      groups.map((g) => ({ key: g.id, label: g.label, value: g.value, color: OUTCOME_COLORS[g.id] })),
      { ...CHART_SIZE, valueLabel: (d) => `${formatCount(d.value ?? 0)}（${share(d.value ?? 0, handled)}）` },
    ),
    table: {
      columns: ['办理结果', '件数', '占办理总数'],
      rows: [...groups.map((g) => ({ label: g.label, cells: [formatCount(g.value), share(g.value, handled)] })), { label: '总计', cells: [formatCount(handled), handled ? '100.0%' : '—'] }],
    },
  };
}

export function applicantChart(report: Report): ChartSpec {
  const total = report.applications.received.total;
  const mix = applicantMix(report);
  return {
    kind: 'bar',
    id: 'chart-applicants',
    title: `${report.year} 年新收申请的申请人`,
    summary: applicantSummary(report),
    emptyMessage: '本年度没有新收申请。',
    geometry: barChart(mix.map((m) => ({ key: m.id, label: m.label, value: m.value })), {
      ...CHART_SIZE,
      valueLabel: (d) => `${formatCount(d.value ?? 0)}（${share(d.value ?? 0, total)}）`,
    }),
    table: {
      columns: ['申请人', '新收申请', '占比'],
      rows: [...mix.map((m) => ({ label: m.label, cells: [formatCount(m.value), share(m.value, total)] })), { label: '总计', cells: [formatCount(total), total ? '100.0%' : '—'] }],
    },
  };
}

const RESULTS = APPEAL_COLUMNS.filter((c) => c.id !== 'total') as Array<{ id: Exclude<(typeof APPEAL_COLUMNS)[number]['id'], 'total'>; label: string }>;

export const APPEAL_SERIES = RESULTS.map((c) => ({ id: c.id, label: c.label, color: APPEAL_RESULT_COLORS[c.id] }));

export function appealsChart(report: Report): ChartSpec {
  const rl = report.review_litigation;
  return {
    kind: 'stacked',
    id: 'chart-appeals',
    title: `${report.year} 年行政复议和行政诉讼`,
    summary: appealsSummary(report),
    emptyMessage: '本年度没有因政府信息公开工作被申请行政复议或提起行政诉讼。',
    geometry: stackedBarChart(
      APPEAL_GROUPS.map((g) => ({ key: g.id, label: g.short, values: { ...rl[g.id] } })),
      APPEAL_SERIES,
      { ...CHART_SIZE, totalLabel: (t) => `${formatCount(t)} 件` },
    ),
    table: {
      columns: ['', ...APPEAL_COLUMNS.map((c) => c.label)],
      rows: APPEAL_GROUPS.map((g) => ({ label: g.label, cells: APPEAL_COLUMNS.map((c) => formatCount(rl[g.id][c.id])) })),
    },
  };
}

export const reportCharts = (report: Report): ChartSpec[] => [outcomeChart(report), applicantChart(report), appealsChart(report)];
