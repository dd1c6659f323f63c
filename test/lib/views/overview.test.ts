import { describe, expect, it } from 'vitest';
import { coverage, latestYearTotals, recentlyAdded, yearTotals } from '../../../src/lib/views/overview.ts';
import { recordAs, seedCorpus, seedRecord } from '../../fixtures/page-records.ts';

describe('coverage(bodies, reports)', () => {
  it('counts reports, bodies, provinces, cities and years', () => {
    const { bodies, reports } = seedCorpus();
    expect(coverage(bodies, reports)).toEqual({ reports: 5, bodies: 5, provinces: 2, cities: 2, years: [2022, 2023] });
  });
});

describe('yearTotals(reports, year)', () => {
  it('adds up one year and pools the disclosure rate', () => {
    const { reports } = seedCorpus();
    const t = yearTotals(reports, 2023);
    expect(t).toMatchObject({ year: 2023, reports: 4, received: 23 + 8 + 1 + 0, handled: 23 + 8 + 1 + 0, review: 0, litigation: 1, corrected: 0 });
    expect(t.disclosureRate).toBeCloseTo(t.disclosed / t.handled, 10);
  });
  it('leaves the rate undefined when nothing was handled', () => {
    expect(yearTotals([seedRecord('zhangshu-hrss-2023')], 2023).disclosureRate).toBeNull();
    expect(yearTotals([], 2023)).toMatchObject({ reports: 0, disclosureRate: null });
  });
  it('latestYearTotals picks the most recent year', () => {
    expect(latestYearTotals(seedCorpus().reports)!.year).toBe(2023);
    expect(latestYearTotals([])).toBeUndefined();
  });
});

describe('recentlyAdded(reports, count)', () => {
  it('orders by added date, newest first, then by id; undated last', () => {
    const rs = [
      recordAs('huiji-hrss-2023', 2021, { added: '2026-01-01' }),
      recordAs('huiji-hrss-2023', 2022, { added: '2026-03-01' }),
      recordAs('zhengzhou-hrss-2023', 2022, { added: '2026-03-01' }),
      { ...recordAs('huiji-hrss-2023', 2020) },
    ];
    delete (rs[3] as { added?: string }).added;
    expect(recentlyAdded(rs, 10).map((r) => r.id)).toEqual(['huiji-hrss-2022', 'zhengzhou-hrss-2022', 'huiji-hrss-2021', 'huiji-hrss-2020']);
    expect(recentlyAdded(rs, 2)).toHaveLength(2);
  });
});
