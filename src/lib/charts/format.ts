/**
 * Numbers as the pages print them. Grouping is done by hand rather than with
 * Intl so that output does not depend on the ICU data of the build machine.
 */
import { FEE_DECIMALS, formatNumber } from '../model/numbers.ts';

/** 1608911 -> "1,608,911": the digits of the data files (formatNumber), grouped. */
export function formatCount(n: number): string {
  const [int, frac] = formatNumber(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** 0.13043 -> "13.0%"; null (undefined ratio) -> the given fallback. */
export function formatPercent(ratio: number | null, fallback = '—', digits = 1): string {
  if (ratio === null || !Number.isFinite(ratio)) return fallback;
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** 万元 amounts keep up to FEE_DECIMALS decimals, as the data files write them. */
export function formatAmount(n: number): string {
  return formatCount(Math.round(n * 10 ** FEE_DECIMALS) / 10 ** FEE_DECIMALS);
}

/** A ratio that may be undefined, for sentences. */
export const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);
