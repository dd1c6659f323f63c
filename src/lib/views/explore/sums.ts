/**
 * Figures of several reports added up. Counts are summed; fees (万元, six
 * decimals) are summed and rounded back to six decimals so that float
 * noise never shows; a rate is recomputed from the summed numerators and
 * denominators, never averaged, and stays undefined when the summed
 * denominator is 0.
 */
import { FIGURES, figureByKey, type FigureDef } from '../../model/figures.ts';
import { INDICATORS, indicatorById, type IndicatorValue } from '../../model/indicators.ts';
import type { Report } from '../../model/schema.ts';
import { FEE_DECIMALS } from '../../model/numbers.ts';

export interface MeasureValue {
  value: number | null;
  /** Indicators only. */
  numerator?: number;
  denominator?: number;
}

export const roundAmount = (n: number): number => Math.round(n * 10 ** FEE_DECIMALS) / 10 ** FEE_DECIMALS;

/** A figure summed over reports: null when any of them does not give it, for a sum of what is known would look whole. */
function sumFigure(figure: FigureDef, reports: readonly Report[]): number | null {
  let s = 0;
  for (const r of reports) {
    const v = figure.get(r);
    if (v === null) return null;
    s += v;
  }
  return figure.unit === 'amount' ? roundAmount(s) : s;
}

/** The sum of every figure, keyed by figure key. */
export function sumFigures(reports: readonly Report[]): Map<string, number | null> {
  return new Map(FIGURES.map((f) => [f.key, sumFigure(f, reports)]));
}

/** Every indicator from summed numerators and denominators. */
export function sumIndicators(reports: readonly Report[]): IndicatorValue[] {
  return INDICATORS.map((d) => {
    let numerator = 0;
    let denominator = 0;
    for (const r of reports) {
      numerator += d.numerator(r);
      denominator += d.denominator(r);
    }
    return { id: d.id, numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
  });
}

/** One measure (figure or indicator) over a set of reports; one report gives that report's own value. */
export function measureOf(id: string, reports: readonly Report[]): MeasureValue {
  const def = indicatorById.get(id);
  if (def) {
    let numerator = 0;
    let denominator = 0;
    for (const r of reports) {
      numerator += def.numerator(r);
      denominator += def.denominator(r);
    }
    return { value: denominator > 0 ? numerator / denominator : null, numerator, denominator };
  }
  const figure = figureByKey.get(id);
  if (!figure) throw new Error(`unknown measure ${id}`);
  return { value: sumFigure(figure, reports) };
}
