import { describe, expect, it } from 'vitest';
import { appealsTrendChart, outcomeMixChart, receivedTrendChart } from '../../../src/lib/views/body-charts.ts';
import { recordAs } from '../../fixtures/page-records.ts';

const years = [recordAs('zhengzhou-hrss-2023', 2021), recordAs('zhengzhou-government-2022', 2023, { bodyId: 'zhengzhou-hrss' })];

describe('receivedTrendChart(reports)', () => {
  it('has a column per year, the missing one marked', () => {
    const c = receivedTrendChart(years);
    if (c.kind !== 'column') throw new Error(c.kind);
    expect(c.geometry.columns.map((col) => [col.label, col.value, col.valueLabel])).toEqual([
      ['2021', 23, '23'],
      ['2022', null, '无报告'],
      ['2023', 3325, '3,325'],
    ]);
    expect(c.table.rows[1]).toEqual({ label: '2022 年', cells: ['无报告'] });
  });
});

describe('outcomeMixChart(reports)', () => {
  it('normalises each year to its mix and tabulates counts and the rate', () => {
    const c = outcomeMixChart(years);
    if (c.kind !== 'stacked') throw new Error(c.kind);
    expect(c.geometry.normalize).toBe(true);
    expect(c.geometry.rows.map((r) => r.totalLabel)).toEqual(['共 23 件', '无报告', '共 3,366 件']);
    expect(c.table.rows[0]!.cells).toEqual(['3', '0', '1', '15', '1', '3', '23', '13.0%']);
    expect(c.table.rows[1]!.cells[0]).toBe('无报告');
  });
});

describe('appealsTrendChart(reports)', () => {
  it('groups the three channels under each year; a year without cases is one line', () => {
    const quiet = recordAs('zhangshu-hrss-2023', 2022, { bodyId: 'zhengzhou-hrss' });
    const c = appealsTrendChart([...years, quiet]);
    if (c.kind !== 'stacked') throw new Error(c.kind);
    expect(c.geometry.groups.map((g) => g.label)).toEqual(['2021 年', '2022 年', '2023 年']);
    expect(c.geometry.rows.map((r) => r.label)).toEqual(['行政复议', '直接起诉', '复议后起诉', '全部', '行政复议', '直接起诉', '复议后起诉']);
    expect(c.geometry.rows.at(-3)!.total).toBe(146);
    expect(c.table.rows).toHaveLength(9);
  });
});
