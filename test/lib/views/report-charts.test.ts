import { describe, expect, it } from 'vitest';
import { appealsChart, applicantChart, outcomeChart, reportCharts } from '../../../src/lib/views/report-charts.ts';
import { OUTCOME_COLORS } from '../../../src/lib/charts/palette.ts';
import { seedRecord } from '../../fixtures/page-records.ts';

const hrss = seedRecord('zhengzhou-hrss-2023').report;
const none = seedRecord('zhangshu-hrss-2023').report;

describe('outcomeChart(report)', () => {
  it('draws the six outcome groups in their colours, labelled with count and share', () => {
    const c = outcomeChart(hrss);
    if (c.kind !== 'bar') throw new Error(c.kind);
    expect(c.geometry.bars.map((b) => b.valueLabel)).toEqual(['3（13.0%）', '0（0.0%）', '1（4.3%）', '15（65.2%）', '1（4.3%）', '3（13.0%）']);
    expect(c.geometry.bars[3]!.color).toBe(OUTCOME_COLORS.unavailable);
    expect(c.table.rows.at(-1)).toEqual({ label: '总计', cells: ['23', '100.0%'] });
    expect(c.summary).toContain('予以公开 3 件');
  });
  it('is empty, with a message, when nothing was handled', () => {
    const c = outcomeChart(none);
    expect(c.geometry.empty).toBe(true);
    expect(c.emptyMessage).toBe('本年度没有办理申请，没有可画的办理结果。');
    expect(c.table.rows.at(-1)).toEqual({ label: '总计', cells: ['0', '—'] });
  });
});

describe('applicantChart(report)', () => {
  it('has one bar per applicant type and a table that adds up', () => {
    const c = applicantChart(seedRecord('zhengdong-social-affairs-2023').report);
    expect(c.table.rows.map((r) => r.cells[0])).toEqual(['5', '0', '0', '0', '3', '0', '8']);
  });
});

describe('appealsChart(report)', () => {
  it('stacks the four results for each of the three channels, totals matching table 四', () => {
    const city = seedRecord('zhengzhou-government-2022').report;
    const c = appealsChart(city);
    if (c.kind !== 'stacked') throw new Error(c.kind);
    expect(c.geometry.rows.map((r) => r.total)).toEqual([146, 124, 37]);
    expect(c.table.rows[0]).toEqual({ label: '行政复议', cells: ['91', '16', '9', '30', '146'] });
  });
  it('is empty when there were no cases', () => {
    expect(appealsChart(none).geometry.empty).toBe(true);
  });
});

describe('reportCharts(report)', () => {
  it('gives three charts with distinct ids', () => {
    expect(reportCharts(hrss).map((c) => c.id)).toEqual(['chart-outcomes', 'chart-applicants', 'chart-appeals']);
  });
});
