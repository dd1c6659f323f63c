/**
 * The largest figures the portal accepts, how precisely fees are kept, and
 * the one way every number is written.
 * Within these bounds every figure is an exact IEEE double whose shortest
 * decimal form is the one printed in the report, so JSON (`String(n)`), CSV
 * and pages write the same digits and never an exponent. Outside them a
 * figure would silently change on reading (9007199254740993 -> ...992) or be
 * written as 1e+23, so the reader refuses it with a positioned cell-value error.
 */

/** Counts are integers no larger than this (2^53 - 1), so each is exactly representable. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** Fees (万元) keep at most this many decimals: 0.000001 万元 is one fen. */
export const FEE_DECIMALS = 6;

/**
 * Fees stay below 10^9 万元 (10 万亿元, far above any body's fees): nine digits
 * before the point and six after are 15 significant digits, which a double
 * holds exactly, so toFixed(6) and String() agree on every accepted fee.
 */
export const MAX_FEE = 999_999_999.999999;
export const MAX_FEE_INTEGER_DIGITS = 9;

/** Enough for shares and rates; fees have at most FEE_DECIMALS. */
const MAX_DECIMALS = 6;

/**
 * A number as every data file and page writes it: integers whole, decimals
 * without binary noise, never an exponent. For report figures (within the
 * limits above) this is exactly what JSON.stringify writes.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  // toFixed switches to an exponent from 1e21 on; every double that large is an integer.
  if (Number.isInteger(n)) return Object.is(n, -0) ? '0' : BigInt(n).toString();
  const fixed = n.toFixed(MAX_DECIMALS).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}
