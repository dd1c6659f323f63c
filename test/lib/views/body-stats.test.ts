import { describe, expect, it } from 'vitest';
import { bodyRows, regionLabel, reportsOf, yearSeries, yearsLabel } from '../../../src/lib/views/body-stats.ts';
import { recordAs, seedBody, seedCorpus, seedRecord } from '../../fixtures/page-records.ts';

describe('bodyRows(bodies, reports)', () => {
  const { bodies, reports } = seedCorpus();
  const rows = bodyRows(bodies, reports);

  it('lists every body, by region, the government before departments', () => {
    expect(rows.map((r) => r.id)).toEqual(['zhengzhou-government', 'zhengzhou-hrss', 'huiji-hrss', 'zhengdong-social-affairs', 'zhangshu-hrss']);
    expect(rows[0]).toMatchObject({ name: '郑州市人民政府', region: '河南省 郑州市', kind: '人民政府', years: [2022] });
    expect(rows[1]!.kind).toBe('政府部门');
  });

  it('gives the latest year’s key figures', () => {
    expect(rows[1]!.latest).toEqual({ id: 'zhengzhou-hrss-2023', year: 2023, figures: { received: 23, handled: 23, disclosed: 3, disclosureRate: 3 / 23, appeals: 1 } });
  });

  it('keeps a body without reports, with no latest figures', () => {
    const lone = { id: 'lonely', meta: { ...seedBody('huiji-hrss').meta, name: '某局' } };
    const row = bodyRows([lone], reports)[0]!;
    expect(row.years).toEqual([]);
    expect(row.latest).toBeUndefined();
  });

  it('takes the latest of several years', () => {
    const more = [...reports, recordAs('zhengzhou-hrss-2023', 2021), recordAs('zhengzhou-government-2022', 2024, { bodyId: 'zhengzhou-hrss' })];
    const row = bodyRows(bodies, more).find((r) => r.id === 'zhengzhou-hrss')!;
    expect(row.years).toEqual([2021, 2023, 2024]);
    expect(row.latest!.year).toBe(2024);
  });
});

describe('yearSeries(reports, pick)', () => {
  it('runs from the first year to the last, with null for years without a report', () => {
    const rs = [recordAs('zhengzhou-hrss-2023', 2023), recordAs('zhengzhou-hrss-2023', 2020)];
    const s = yearSeries(rs, (r) => r.applications.received.total);
    expect(s.map((p) => [p.year, p.value])).toEqual([[2020, 23], [2021, null], [2022, null], [2023, 23]]);
    expect(s[1]!.record).toBeUndefined();
    expect(s[3]!.record!.id).toBe('zhengzhou-hrss-2023');
    expect(yearSeries([], () => 1)).toEqual([]);
  });
});

describe('reportsOf(bodyId, reports)', () => {
  it('keeps one body’s reports, oldest first', () => {
    const rs = [recordAs('zhengzhou-hrss-2023', 2023), seedRecord('huiji-hrss-2023'), recordAs('zhengzhou-hrss-2023', 2021)];
    expect(reportsOf('zhengzhou-hrss', rs).map((r) => r.id)).toEqual(['zhengzhou-hrss-2021', 'zhengzhou-hrss-2023']);
  });
});

describe('labels', () => {
  it('regionLabel joins the levels present', () => {
    expect(regionLabel({ province: '河南省', city: '郑州市', county: '惠济区' })).toBe('河南省 郑州市 惠济区');
    expect(regionLabel({ province: '北京市' })).toBe('北京市');
  });
  it('yearsLabel shortens a run of three or more years', () => {
    expect(yearsLabel([2023, 2021, 2022])).toBe('2021—2023');
    expect(yearsLabel([2021, 2023])).toBe('2021、2023');
    expect(yearsLabel([2022, 2023])).toBe('2022、2023');
    expect(yearsLabel([])).toBe('—');
  });
});
