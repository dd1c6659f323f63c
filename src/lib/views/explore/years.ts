/**
 * A year across the collection: how much it covers (reports, bodies,
 * regions), the figures of all its reports added up, and how each derived
 * indicator is spread across the bodies that reported.
 */
import { quantileSorted } from 'd3';
import { INDICATORS, indicator, type IndicatorValue } from '../../model/indicators.ts';
import type { Report } from '../../model/schema.ts';
import { sumFigures, sumIndicators } from './sums.ts';

export interface YearRecord {
  bodyId: string;
  body: { kind: 'government' | 'department' };
  report: Report;
}

export interface YearCoverage {
  year: number;
  reports: number;
  bodies: number;
  governments: number;
  departments: number;
  /** Distinct regions the reporting bodies sit in, at their own level. */
  regions: number;
  provinces: number;
}

export interface YearSummary extends YearCoverage {
  figures: Map<string, number | null>;
  /** Rates of the summed figures. */
  indicators: IndicatorValue[];
}

/** Every year with at least one report, oldest first. */
export function yearsOf(records: readonly { report: Report }[]): number[] {
  return [...new Set(records.map((r) => r.report.year))].sort((a, b) => a - b);
}

export function yearSummary(year: number, records: readonly YearRecord[], regionOfBody: ReadonlyMap<string, string>): YearSummary {
  const of = records.filter((r) => r.report.year === year);
  const bodies = new Set(of.map((r) => r.bodyId));
  const regions = new Set(of.map((r) => regionOfBody.get(r.bodyId) ?? ''));
  const provinces = new Set([...regions].map((id) => id.split('/')[0]));
  const reports = of.map((r) => r.report);
  return {
    year,
    reports: of.length,
    bodies: bodies.size,
    governments: of.filter((r) => r.body.kind === 'government').length,
    departments: of.filter((r) => r.body.kind === 'department').length,
    regions: regions.size,
    provinces: provinces.size,
    figures: sumFigures(reports),
    indicators: sumIndicators(reports),
  };
}

export interface Spread {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Five-number summary of values; null for none. */
export function spread(values: readonly number[]): Spread | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1: quantileSorted(sorted, 0.25)!,
    median: quantileSorted(sorted, 0.5)!,
    q3: quantileSorted(sorted, 0.75)!,
    max: sorted[sorted.length - 1]!,
  };
}

export interface IndicatorSpread {
  id: string;
  label: string;
  formula: string;
  /** One value per report whose denominator is not 0. */
  values: number[];
  /** Reports left out because the indicator is undefined for them. */
  undefinedCount: number;
  spread: Spread | null;
}

/** How each indicator is spread across the reports of one year. */
export function indicatorSpreads(reports: readonly Report[]): IndicatorSpread[] {
  return INDICATORS.map((def) => {
    const values: number[] = [];
    let undefinedCount = 0;
    for (const r of reports) {
      const v = indicator(def, r).value;
      if (v === null) undefinedCount++;
      else values.push(v);
    }
    return { id: def.id, label: def.label, formula: def.formula, values, undefinedCount, spread: spread(values) };
  });
}
