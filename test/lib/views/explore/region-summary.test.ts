import { describe, expect, it } from 'vitest';
import { regionYears } from '../../../../src/lib/views/explore/region-summary.ts';
import { makeBody, record } from './make.ts';

const gov = makeBody('zz-gov', '郑州市人民政府', { province: '河南省', city: '郑州市' }, 'government');
const dep1 = makeBody('zz-hrss', '郑州市人社局', { province: '河南省', city: '郑州市' });
const dep2 = makeBody('zz-edu', '郑州市教育局', { province: '河南省', city: '郑州市' });
const county = makeBody('hj-hrss', '惠济区人社局', { province: '河南省', city: '郑州市', county: '惠济区' });
const records = [
  record(gov, 2023, { applications: { received: 100, total: 100, granted: 50 } }),
  record(dep1, 2023, { applications: { received: 30, total: 30, granted: 30 } }),
  record(dep2, 2023, { applications: { received: 10, total: 10, granted: 0 } }),
  record(county, 2023, { applications: { received: 5, total: 5, granted: 5 } }),
  record(dep1, 2022, { applications: { received: 7, total: 7, granted: 7 } }),
];
const regionOf = new Map([['zz-gov', 'henan/zhengzhou'], ['zz-hrss', 'henan/zhengzhou'], ['zz-edu', 'henan/zhengzhou'], ['hj-hrss', 'henan/zhengzhou/huiji']]);
const measures = ['applications.received.total', 'disclosure_rate'];

describe('regionYears(id, records, regionOfBody, measures)', () => {
  const years = regionYears('henan/zhengzhou', records, regionOf, measures);
  it('sums every report in the region and below, year by year, rates pooled', () => {
    expect(years.map((y) => [y.year, y.reports, y.values.get('applications.received.total')!.value, y.values.get('disclosure_rate')!.value])).toEqual([
      [2022, 1, 7, 1],
      [2023, 4, 145, 85 / 145],
    ]);
  });
  it('puts the same-level government beside the same-level departments only where the government reported', () => {
    expect(years[0]!.sideBySide).toBeUndefined();
    const side = years[1]!.sideBySide!;
    expect(side.government).toMatchObject({ reportId: 'zz-gov-2023', name: '郑州市人民政府' });
    expect(side.government.values.get('applications.received.total')).toEqual({ value: 100 });
    // The county's bureau is not a department of the city.
    expect(side.departments.reports).toBe(2);
    expect(side.departments.values.get('disclosure_rate')).toEqual({ value: 0.75, numerator: 30, denominator: 40 });
  });
  it('has nothing for a region without reports', () => {
    expect(regionYears('jiangxi', records, regionOf, measures)).toEqual([]);
  });
});
