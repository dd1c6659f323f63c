import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatPercent, ratio } from '../../../src/lib/charts/format.ts';
import { textWidth } from '../../../src/lib/charts/text.ts';

describe('formatCount(n)', () => {
  it('groups thousands', () => {
    expect([0, 23, 1000, 1608911].map(formatCount)).toEqual(['0', '23', '1,000', '1,608,911']);
  });
});

describe('formatPercent(ratio, fallback)', () => {
  it('prints one decimal, or the fallback for an undefined ratio', () => {
    expect(formatPercent(3 / 23)).toBe('13.0%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(null, '无法计算')).toBe('无法计算');
  });
});

describe('formatAmount(n)', () => {
  it('keeps up to four decimals and groups the integer part', () => {
    expect(formatAmount(75.1552)).toBe('75.1552');
    expect(formatAmount(12345.5)).toBe('12,345.5');
  });
});

describe('ratio(numerator, denominator)', () => {
  it('is null, not 0, when the denominator is 0', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });
});

describe('textWidth(text, fontSize)', () => {
  it('counts Chinese characters as one em and digits as less', () => {
    expect(textWidth('公开率', 10)).toBe(30);
    expect(textWidth('2023', 10)).toBeCloseTo(24, 5);
    expect(textWidth('2023 年', 10)).toBeCloseTo(24 + 6 + 10, 5);
  });
});
