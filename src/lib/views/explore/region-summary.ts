/**
 * A region year by year: its bodies' reports added up, and, where the
 * region's people's government published its own report, that report beside
 * the sum of the reports of the departments at the same level. The two are
 * shown side by side, never subtracted: a government's report may count only
 * its own office's applications or the whole administration's, and the
 * departments that published are rarely all of them.
 */
import type { Report } from '../../model/schema.ts';
import { isWithin } from './region-id.ts';
import { measureOf, type MeasureValue } from './sums.ts';

export interface RegionRecord {
  id: string;
  bodyId: string;
  body: { name: string; kind: 'government' | 'department' };
  report: Report;
}

export interface RegionYear {
  year: number;
  /** Reports of every body in the region or below it. */
  reports: number;
  values: Map<string, MeasureValue>;
  /** The same-level government's report and the same-level departments' sum, when the government reported. */
  sideBySide?: {
    government: { reportId: string; bodyId: string; name: string; values: Map<string, MeasureValue> };
    departments: { reports: number; values: Map<string, MeasureValue> };
  };
}

const valuesOf = (measures: readonly string[], reports: readonly Report[]) => new Map(measures.map((m) => [m, measureOf(m, reports)]));

export function regionYears<R extends RegionRecord>(regionId: string, records: readonly R[], regionOfBody: ReadonlyMap<string, string>, measures: readonly string[]): RegionYear[] {
  const inside = records.filter((r) => isWithin(regionOfBody.get(r.bodyId) ?? '', regionId) && regionId !== '');
  const years = [...new Set(inside.map((r) => r.report.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const of = inside.filter((r) => r.report.year === year);
    const row: RegionYear = { year, reports: of.length, values: valuesOf(measures, of.map((r) => r.report)) };
    const sameLevel = of.filter((r) => regionOfBody.get(r.bodyId) === regionId);
    const government = sameLevel.filter((r) => r.body.kind === 'government').sort((a, b) => (a.bodyId < b.bodyId ? -1 : 1))[0];
    if (government) {
      const departments = sameLevel.filter((r) => r.body.kind === 'department').map((r) => r.report);
      row.sideBySide = {
        government: { reportId: government.id, bodyId: government.bodyId, name: government.body.name, values: valuesOf(measures, [government.report]) },
        departments: { reports: departments.length, values: valuesOf(measures, departments) },
      };
    }
    return row;
  });
}
