/**
 * Everything the explore pages share, computed once per build from the
 * site's data: the region tree, the years, the compare index. Cached by the
 * identity of the data object, so thousands of region pages reuse one tree.
 */
import type { BodyRecord, ReportRecord } from '../../corpus/load.ts';
import type { CompareIndex } from './compare.ts';
import { compareIndex } from './compare-data.ts';
import { regionCounts, type RegionCount } from './region-counts.ts';
import { buildRegions, type RegionIndex } from './regions.ts';
import { yearsOf } from './years.ts';

export interface SiteDataLike {
  reports: ReportRecord[];
  bodies: BodyRecord[];
}

export interface Explore {
  regions: RegionIndex;
  years: number[];
  compare: CompareIndex;
  bodyById: Map<string, BodyRecord>;
  reportsByBody: Map<string, ReportRecord[]>;
  regionCounts: Map<string, RegionCount>;
}

const cache = new WeakMap<SiteDataLike, Explore>();

export function explore(data: SiteDataLike): Explore {
  let e = cache.get(data);
  if (!e) {
    const regions = buildRegions(data.bodies);
    const reportsByBody = new Map<string, ReportRecord[]>();
    for (const r of data.reports) {
      const list = reportsByBody.get(r.bodyId);
      if (list) list.push(r);
      else reportsByBody.set(r.bodyId, [r]);
    }
    e = {
      regions,
      years: yearsOf(data.reports),
      compare: compareIndex(data.bodies, data.reports, regions),
      bodyById: new Map(data.bodies.map((b) => [b.id, b])),
      reportsByBody,
      regionCounts: regionCounts(regions, reportsByBody),
    };
    cache.set(data, e);
  }
  return e;
}
