import { describe, expect, it } from 'vitest';
import { appealTotals, applicantMix, keyFigures, outcomeGroups } from '../../../src/lib/model/report-stats.ts';
import { seedRecord } from '../../fixtures/page-records.ts';

const hrss = seedRecord('zhengzhou-hrss-2023').report;
const city = seedRecord('zhengzhou-government-2022').report;

describe('outcomeGroups(report)', () => {
  it('sums each group over its rows, and the groups add up to the total', () => {
    expect(outcomeGroups(hrss).map((g) => [g.id, g.value])).toEqual([
      ['granted', 3],
      ['partially_granted', 0],
      ['withheld', 1],
      ['unavailable', 15],
      ['not_processed', 1],
      ['other', 3],
    ]);
    expect(outcomeGroups(city).reduce((s, g) => s + g.value, 0)).toBe(city.applications.total.total);
  });
});

describe('applicantMix(report)', () => {
  it('gives the six applicant columns of new applications, without the total', () => {
    const mix = applicantMix(city);
    expect(mix.map((m) => m.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他组织']);
    expect(mix.reduce((s, m) => s + m.value, 0)).toBe(city.applications.received.total);
  });
});

describe('appealTotals(report)', () => {
  it('separates review from litigation and counts corrections across all three', () => {
    expect(appealTotals(hrss)).toEqual({ review: 0, litigation: 1, corrected: 0, pending: 0 });
    expect(appealTotals(city)).toEqual({ review: 146, litigation: 161, corrected: 24, pending: 45 });
  });
});

describe('keyFigures(report)', () => {
  it('computes the disclosure rate, null when nothing was handled', () => {
    expect(keyFigures(hrss)).toEqual({ received: 23, handled: 23, disclosed: 3, disclosureRate: 3 / 23, appeals: 1 });
    expect(keyFigures(seedRecord('zhangshu-hrss-2023').report).disclosureRate).toBeNull();
  });
});
