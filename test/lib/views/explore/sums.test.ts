import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../src/lib/corpus/load.ts';
import { measureOf, sumFigures, sumIndicators } from '../../../../src/lib/views/explore/sums.ts';
import { makeReport } from './make.ts';
import { seedContent } from '../../../fixtures/seed-content.ts';

const a = makeReport('a-2023', '甲', 2023, { applications: { total: 10, granted: 8, received: 10 }, fees: 0.1 });
const b = makeReport('b-2023', '乙', 2023, { applications: { total: 90, granted: 9, received: 90 }, fees: 0.2 });

describe('sumFigures(reports)', () => {
  it('adds counts and rounds fees to four decimals', () => {
    const s = sumFigures([a, b]);
    expect(s.get('applications.received.total')).toBe(100);
    expect(s.get('applications.granted.natural_person')).toBe(17);
    expect(s.get('active_disclosure.fees')).toBe(0.3);
    expect(s.size).toBe(200);
  });
  it('sums the seeds to the totals of their tables', () => {
    const reports = loadCorpus(seedContent()).reports.map((r) => r.report);
    expect(sumFigures(reports).get('applications.received.total')).toBe(reports.reduce((n, r) => n + r.applications.received.total, 0));
  });
});

describe('sumIndicators(reports)', () => {
  it('recomputes a rate from summed numerators and denominators, not the mean of rates', () => {
    const rate = sumIndicators([a, b]).find((i) => i.id === 'disclosure_rate')!;
    // Mean of 80% and 10% would be 45%; the pooled rate is 17/100.
    expect(rate).toEqual({ id: 'disclosure_rate', numerator: 17, denominator: 100, value: 0.17 });
  });
  it('stays undefined when every denominator is 0', () => {
    expect(sumIndicators([a, b]).find((i) => i.id === 'review_correction_rate')!.value).toBeNull();
  });
});

describe('measureOf(id, reports)', () => {
  it('gives one report its own value and several their sum', () => {
    expect(measureOf('applications.received.total', [a])).toEqual({ value: 10 });
    expect(measureOf('disclosure_rate', [a, b])).toEqual({ value: 0.17, numerator: 17, denominator: 100 });
    expect(measureOf('disclosure_rate', [])).toEqual({ value: null, numerator: 0, denominator: 0 });
  });
  it('refuses an unknown measure', () => {
    expect(() => measureOf('applications.nope', [a])).toThrow('unknown measure applications.nope');
  });
});
