import { describe, expect, it } from 'vitest';
import { INDICATORS, indicatorById, indicators } from '../../../src/lib/model/indicators.ts';
import { golden } from '../../fixtures/seeds.ts';

const byId = (seed: Parameters<typeof golden>[0]) => Object.fromEntries(indicators(golden(seed)).map((i) => [i.id, [i.numerator, i.denominator, i.value]]));

describe('indicators(report)', () => {
  it('zhengzhou-government-2022, worked out by hand from its tables', () => {
    // handled 3366 = 1554 + 234 + 211 + 983 + 68 + 316
    expect(byId('zhengzhou-government-2022')).toEqual({
      disclosure_rate: [1788, 3366, 1788 / 3366],
      withheld_share: [211, 3366, 211 / 3366],
      unavailable_share: [983, 3366, 983 / 3366],
      not_processed_share: [68, 3366, 68 / 3366],
      other_share: [316, 3366, 316 / 3366],
      not_held_share: [938, 3366, 938 / 3366],
      review_correction_rate: [16, 116, 16 / 116],
      litigation_direct_loss_rate: [7, 111, 7 / 111],
      litigation_after_review_loss_rate: [1, 35, 1 / 35],
    });
  });

  it('is null, not 0, where the denominator is 0 (zhangshu-hrss-2023 handled no application)', () => {
    for (const [id, [numerator, denominator, value]] of Object.entries(byId('zhangshu-hrss-2023'))) {
      expect([numerator, denominator, value], id).toEqual([0, 0, null]);
    }
  });

  it('is 0 where nothing was lost out of cases decided (zhengzhou-hrss-2023, as corrected)', () => {
    const values = byId('zhengzhou-hrss-2023');
    expect(values.litigation_after_review_loss_rate).toEqual([0, 1, 0]);
    expect(values.review_correction_rate).toEqual([0, 0, null]);
    expect(values.disclosure_rate).toEqual([3, 23, 3 / 23]);
    expect(values.not_held_share).toEqual([15, 23, 15 / 23]);
  });

  it('the shares of the six outcome groups add up to the whole', () => {
    const shares = indicators(golden('zhengzhou-government-2022')).filter((i) => /^(disclosure_rate|withheld_share|unavailable_share|not_processed_share|other_share)$/.test(i.id));
    expect(shares.reduce((s, i) => s + i.numerator, 0)).toBe(3366);
  });
});

describe('INDICATORS', () => {
  it('has unique ids, Chinese labels and formulas', () => {
    expect(new Set(INDICATORS.map((d) => d.id)).size).toBe(INDICATORS.length);
    for (const d of INDICATORS) expect(/\p{Script=Han}/u.test(d.label) && /\p{Script=Han}/u.test(d.formula), d.id).toBe(true);
    expect(indicatorById.get('review_correction_rate')!.label).toBe('行政复议纠错率');
  });
});
