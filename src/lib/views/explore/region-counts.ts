/**
 * How many bodies and reports each region holds, its sub-regions included:
 * one pass over the bodies, adding each to its region and every ancestor.
 */
import type { RegionIndex } from './regions.ts';

export interface RegionCount {
  bodies: number;
  reports: number;
  years: number[];
}

export function regionCounts(index: RegionIndex, reportsByBody: ReadonlyMap<string, readonly { report: { year: number } }[]>): Map<string, RegionCount> {
  const counts = new Map<string, RegionCount & { yearSet: Set<number> }>();
  for (const node of index.all) counts.set(node.id, { bodies: 0, reports: 0, years: [], yearSet: new Set() });
  for (const [bodyId, regionId] of index.regionOfBody) {
    const reports = reportsByBody.get(bodyId) ?? [];
    for (let id: string | undefined = regionId; id; id = index.byId.get(id)?.parent) {
      const c = counts.get(id)!;
      c.bodies++;
      c.reports += reports.length;
      for (const r of reports) c.yearSet.add(r.report.year);
    }
  }
  return new Map([...counts].map(([id, { yearSet, ...c }]) => [id, { ...c, years: [...yearSet].sort((a, b) => a - b) }]));
}
