/**
 * The compare data files, built from the corpus at build time: one index of
 * bodies, regions and reports (/compare/data.json), and one small file per
 * measure (/compare/data/<measure>.json), so the browser fetches only the
 * numbers of the measure on screen however large the collection grows.
 */
import { figureByKey } from '../../model/figures.ts';
import { indicatorById } from '../../model/indicators.ts';
import type { Report } from '../../model/schema.ts';
import type { CompareIndex, CompareMeasureFile } from './compare.ts';
import { DEFAULT_MEASURE } from './measures.ts';
import { regionLabel, type RegionIndex } from './regions.ts';
import { roundAmount } from './sums.ts';

export interface ReportLike {
  id: string;
  bodyId: string;
  report: Report;
}

export interface BodyInfo {
  id: string;
  meta: { name: string; kind: 'government' | 'department' };
}

const orders = new WeakMap<readonly ReportLike[], ReportLike[]>();

/** Reports in the order the data files list them: by body id, then year. Sorted once per array: 209 measure files share it. */
export function reportOrder<R extends ReportLike>(reports: readonly R[]): R[] {
  let sorted = orders.get(reports);
  if (!sorted) {
    sorted = [...reports].sort((a, b) => (a.bodyId < b.bodyId ? -1 : a.bodyId > b.bodyId ? 1 : a.report.year - b.report.year));
    orders.set(reports, sorted);
  }
  return sorted as R[];
}

export function compareIndex(bodies: readonly BodyInfo[], reports: readonly ReportLike[], regions: RegionIndex): CompareIndex {
  const sorted = [...bodies].sort((a, b) => (a.id < b.id ? -1 : 1));
  const bodyIndex = new Map(sorted.map((b, i) => [b.id, i]));
  return {
    schema: 'gongkai/compare-index@1',
    years: [...new Set(reports.map((r) => r.report.year))].sort((a, b) => a - b),
    defaultMeasure: DEFAULT_MEASURE,
    bodies: sorted.map((b) => ({ id: b.id, name: b.meta.name, kind: b.meta.kind, region: regions.regionOfBody.get(b.id)! })),
    regions: regions.all.map((r) => ({ id: r.id, name: r.name, label: regionLabel(r), depth: r.names.length })),
    reports: reportOrder(reports).map((r) => [bodyIndex.get(r.bodyId)!, r.report.year, r.id]),
  };
}

export function compareMeasureFile(reports: readonly ReportLike[], measure: string): CompareMeasureFile {
  const ordered = reportOrder(reports).map((r) => r.report);
  const indicator = indicatorById.get(measure);
  if (indicator) {
    return { schema: 'gongkai/compare-measure@1', measure, numerators: ordered.map(indicator.numerator), denominators: ordered.map(indicator.denominator) };
  }
  const figure = figureByKey.get(measure);
  if (!figure) throw new Error(`unknown measure ${measure}`);
  return { schema: 'gongkai/compare-measure@1', measure, values: ordered.map((r) => {
      const v = figure.get(r);
      return v !== null && figure.unit === 'amount' ? roundAmount(v) : v;
    }),
  };
}
