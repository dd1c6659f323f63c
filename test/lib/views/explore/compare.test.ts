import { describe, expect, it } from 'vitest';
import { compareRows, defaultState, entriesFor, parseState, stateQuery, type CompareChoices, type CompareEntry, type CompareIndex } from '../../../../src/lib/views/explore/compare.ts';

const choices: CompareChoices = {
  years: [2022, 2023],
  measures: new Set(['applications.received.total', 'disclosure_rate']),
  regions: new Set(['henan', 'henan/zhengzhou']),
  defaultMeasure: 'applications.received.total',
};

describe('parseState(query, choices)', () => {
  it('gives the default view for an empty query: latest year, applications received, everywhere, largest first', () => {
    expect(parseState('', choices)).toEqual({ year: 2023, measure: 'applications.received.total', region: '', kind: '', sort: 'desc' });
    expect(defaultState(choices)).toEqual(parseState('', choices));
  });
  it('reads every field', () => {
    expect(parseState('?year=2022&m=disclosure_rate&region=henan/zhengzhou&kind=department&sort=asc', choices)).toEqual({ year: 2022, measure: 'disclosure_rate', region: 'henan/zhengzhou', kind: 'department', sort: 'asc' });
  });
  it('falls back field by field on unknown values', () => {
    expect(parseState('?year=1999&m=nope&region=mars&kind=army&sort=up', choices)).toEqual(defaultState(choices));
    expect(parseState('?year=2022.5&m=disclosure_rate', choices)).toMatchObject({ year: 2023, measure: 'disclosure_rate' });
  });
});

describe('stateQuery(state)', () => {
  it('always writes year and measure, the rest only when set, slashes kept', () => {
    expect(stateQuery(defaultState(choices))).toBe('?year=2023&m=applications.received.total');
    expect(stateQuery({ year: 2022, measure: 'disclosure_rate', region: 'henan/zhengzhou', kind: 'government', sort: 'region' })).toBe('?year=2022&m=disclosure_rate&region=henan/zhengzhou&kind=government&sort=region');
  });
  it('round-trips through parseState', () => {
    const state = { year: 2022, measure: 'disclosure_rate', region: 'henan', kind: 'department', sort: 'asc' } as const;
    expect(parseState(stateQuery(state), choices)).toEqual(state);
  });
});

const entry = (bodyId: string, value: number | null, region = 'henan/zhengzhou', kind: CompareEntry['kind'] = 'department'): CompareEntry => ({
  bodyId, name: bodyId.toUpperCase(), kind, region, regionLabel: region, reportId: `${bodyId}-2023`, value,
});

describe('compareRows(entries, state)', () => {
  const entries = [entry('b', 5), entry('a', 5), entry('c', 9, 'jiangxi/yichun'), entry('d', null), entry('e', 1, 'henan', 'government')];
  it('ranks largest first with shared ranks for ties, ties by id, no value last', () => {
    expect(compareRows(entries, { region: '', kind: '', sort: 'desc' }).map((r) => [r.bodyId, r.rank])).toEqual([['c', 1], ['a', 2], ['b', 2], ['e', 4], ['d', null]]);
  });
  it('keeps the ranks when sorted smallest first, and no value still last', () => {
    expect(compareRows(entries, { region: '', kind: '', sort: 'asc' }).map((r) => [r.bodyId, r.rank])).toEqual([['e', 4], ['a', 2], ['b', 2], ['c', 1], ['d', null]]);
  });
  it('sorts by region id, then body id', () => {
    expect(compareRows(entries, { region: '', kind: '', sort: 'region' }).map((r) => r.bodyId)).toEqual(['e', 'a', 'b', 'd', 'c']);
  });
  it('filters by region and below, and by kind, ranking within what is left', () => {
    expect(compareRows(entries, { region: 'henan', kind: '', sort: 'desc' }).map((r) => [r.bodyId, r.rank])).toEqual([['a', 1], ['b', 1], ['e', 3], ['d', null]]);
    expect(compareRows(entries, { region: 'henan', kind: 'government', sort: 'desc' }).map((r) => [r.bodyId, r.rank])).toEqual([['e', 1]]);
  });
});

describe('entriesFor(index, file, year)', () => {
  const index: CompareIndex = {
    schema: 'gongkai/compare-index@1',
    years: [2022, 2023],
    defaultMeasure: 'applications.received.total',
    bodies: [
      { id: 'x', name: '甲局', kind: 'department', region: 'henan' },
      { id: 'y', name: '乙府', kind: 'government', region: 'henan/zhengzhou' },
    ],
    regions: [{ id: 'henan', name: '河南省', label: '河南省', depth: 1 }, { id: 'henan/zhengzhou', name: '郑州市', label: '河南省 郑州市', depth: 2 }],
    reports: [[0, 2022, 'x-2022'], [0, 2023, 'x-2023'], [1, 2023, 'y-2023']],
  };
  it('reads figures of the year in report order', () => {
    const rows = entriesFor(index, { schema: 'gongkai/compare-measure@1', measure: 'm', values: [1, 2, 3] }, 2023);
    expect(rows).toEqual([
      { bodyId: 'x', name: '甲局', kind: 'department', region: 'henan', regionLabel: '河南省', reportId: 'x-2023', value: 2 },
      { bodyId: 'y', name: '乙府', kind: 'government', region: 'henan/zhengzhou', regionLabel: '河南省 郑州市', reportId: 'y-2023', value: 3 },
    ]);
  });
  it('computes indicators from numerators and denominators, null for a 0 denominator', () => {
    const rows = entriesFor(index, { schema: 'gongkai/compare-measure@1', measure: 'r', numerators: [1, 1, 0], denominators: [2, 4, 0] }, 2023);
    expect(rows.map((r) => [r.value, r.numerator, r.denominator])).toEqual([[0.25, 1, 4], [null, 0, 0]]);
  });
});
