/** What the home page says about the whole collection. */
import type { BodyRecord, ReportRecord } from '../corpus/load.ts';
import { appealTotals } from '../model/report-stats.ts';

export interface Coverage {
  reports: number;
  bodies: number;
  provinces: number;
  /** Distinct cities (地级), counted within their province. */
  cities: number;
  years: number[];
}

export function coverage(bodies: readonly BodyRecord[], reports: readonly ReportRecord[]): Coverage {
  const provinces = new Set(bodies.map((b) => b.meta.region.province));
  const cities = new Set(bodies.filter((b) => b.meta.region.city).map((b) => `${b.meta.region.province}/${b.meta.region.city}`));
  return {
    reports: reports.length,
    bodies: bodies.length,
    provinces: provinces.size,
    cities: cities.size,
    years: [...new Set(reports.map((r) => r.report.year))].sort((a, b) => a - b),
  };
}

export interface YearTotals {
  year: number;
  /** How many reports the totals add up. */
  reports: number;
  received: number;
  handled: number;
  disclosed: number;
  /** Pooled: all disclosed over all handled, not an average of rates. */
  disclosureRate: number | null;
  review: number;
  litigation: number;
  corrected: number;
}

export function yearTotals(reports: readonly ReportRecord[], year: number): YearTotals {
  const t: YearTotals = { year, reports: 0, received: 0, handled: 0, disclosed: 0, disclosureRate: null, review: 0, litigation: 0, corrected: 0 };
  for (const { report } of reports) {
    if (report.year !== year) continue;
    const a = report.applications;
    const appeals = appealTotals(report);
    t.reports++;
    t.received += a.received.total;
    t.handled += a.total.total;
    t.disclosed += a.granted.total + a.partially_granted.total;
    t.review += appeals.review;
    t.litigation += appeals.litigation;
    t.corrected += appeals.corrected;
  }
  t.disclosureRate = t.handled > 0 ? t.disclosed / t.handled : null;
  return t;
}

/** Totals of the most recent year with any report, or undefined for an empty collection. */
export function latestYearTotals(reports: readonly ReportRecord[]): YearTotals | undefined {
  if (!reports.length) return undefined;
  return yearTotals(reports, Math.max(...reports.map((r) => r.report.year)));
}

/** Newest additions first (by `added`, then id); reports without a date come last. */
export function recentlyAdded(reports: readonly ReportRecord[], count: number): ReportRecord[] {
  return [...reports]
    .sort((a, b) => {
      if (a.added !== b.added) {
        if (!a.added) return 1;
        if (!b.added) return -1;
        return a.added < b.added ? 1 : -1;
      }
      return a.id.localeCompare(b.id);
    })
    .slice(0, count);
}
