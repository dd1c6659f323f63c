import { describe, expect, it } from 'vitest';
import { indicatorSpreads, spread, yearsOf, yearSummary } from '../../../../src/lib/views/explore/years.ts';
import { makeBody, makeReport, record } from './make.ts';

const gov = makeBody('zz-gov', '郑州市人民政府', { province: '河南省', city: '郑州市' }, 'government');
const dep = makeBody('zz-hrss', '郑州市人社局', { province: '河南省', city: '郑州市' });
const far = makeBody('zs-hrss', '樟树市人社局', { province: '江西省', city: '宜春市', county: '樟树市' });
const records = [
  record(gov, 2023, { applications: { received: 10, total: 10, granted: 5 } }),
  record(dep, 2023, { applications: { received: 30, total: 30, granted: 30 } }),
  record(far, 2023, {}),
  record(dep, 2022, { applications: { received: 7, total: 7 } }),
];
const regionOf = new Map([['zz-gov', 'henan/zhengzhou'], ['zz-hrss', 'henan/zhengzhou'], ['zs-hrss', 'jiangxi/yichun/zhangshu']]);

describe('yearsOf(records)', () => {
  it('lists the years with a report, oldest first', () => {
    expect(yearsOf(records)).toEqual([2022, 2023]);
  });
});

describe('yearSummary(year, records, regionOfBody)', () => {
  it('counts coverage and sums the year\'s figures', () => {
    const s = yearSummary(2023, records, regionOf);
    expect({ ...s, figures: undefined, indicators: undefined }).toEqual({ year: 2023, reports: 3, bodies: 3, governments: 1, departments: 2, regions: 2, provinces: 2, figures: undefined, indicators: undefined });
    expect(s.figures.get('applications.received.total')).toBe(40);
    expect(s.indicators.find((i) => i.id === 'disclosure_rate')).toEqual({ id: 'disclosure_rate', numerator: 35, denominator: 40, value: 0.875 });
  });
});

describe('spread(values)', () => {
  it('gives the five-number summary', () => {
    expect(spread([0.5, 0, 1, 0.25, 0.75])).toEqual({ n: 5, min: 0, q1: 0.25, median: 0.5, q3: 0.75, max: 1 });
    expect(spread([])).toBeNull();
  });
});

describe('indicatorSpreads(reports)', () => {
  it('leaves out reports whose denominator is 0 and counts them', () => {
    const reports = records.filter((r) => r.report.year === 2023).map((r) => r.report);
    const rate = indicatorSpreads(reports).find((s) => s.id === 'disclosure_rate')!;
    expect(rate.values).toEqual([0.5, 1]);
    expect(rate.undefinedCount).toBe(1);
    expect(rate.spread).toMatchObject({ n: 2, min: 0.5, max: 1, median: 0.75 });
  });
  it('covers every indicator', () => {
    expect(indicatorSpreads([makeReport('x-2023', 'x', 2023)]).map((s) => s.spread)).toEqual(Array(9).fill(null));
  });
});
