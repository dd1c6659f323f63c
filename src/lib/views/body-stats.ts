/**
 * A body across its years: the rows of the bodies index and the yearly
 * series behind a body's trend charts.
 */
import type { BodyRecord, ReportRecord } from '../corpus/load.ts';
import { BODY_KINDS, type Body, type Region } from '../model/metadata.ts';
import { keyFigures, type KeyFigures } from '../model/report-stats.ts';
import type { Report } from '../model/schema.ts';

const collator = new Intl.Collator('zh-CN');

/** 河南省 郑州市 惠济区 */
export const regionLabel = (r: Region): string => [r.province, r.city, r.county].filter(Boolean).join(' ');

export const kindLabel = (kind: Body['kind']): string => BODY_KINDS[kind];

export interface BodyRow {
  id: string;
  name: string;
  region: string;
  kind: string;
  years: number[];
  latest?: { id: string; year: number; figures: KeyFigures };
}

/** Reports of one body, oldest first. */
export const reportsOf = (bodyId: string, reports: readonly ReportRecord[]): ReportRecord[] =>
  reports.filter((r) => r.bodyId === bodyId).sort((a, b) => a.report.year - b.report.year);

/** Every body with its latest figures, by region (province, city, county), governments first, then name. */
export function bodyRows(bodies: readonly BodyRecord[], reports: readonly ReportRecord[]): BodyRow[] {
  const key = (b: BodyRecord) => [b.meta.region.province, b.meta.region.city ?? '', b.meta.region.county ?? ''];
  const byBody = new Map<string, ReportRecord[]>();
  for (const r of reports) {
    const own = byBody.get(r.bodyId);
    if (own) own.push(r);
    else byBody.set(r.bodyId, [r]);
  }
  return [...bodies]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) {
        const c = collator.compare(ka[i]!, kb[i]!);
        if (c) return c;
      }
      return (a.meta.kind === b.meta.kind ? 0 : a.meta.kind === 'government' ? -1 : 1) || collator.compare(a.meta.name, b.meta.name) || a.id.localeCompare(b.id);
    })
    .map((b) => {
      const own = reportsOf(b.id, byBody.get(b.id) ?? []);
      const last = own.at(-1);
      return {
        id: b.id,
        name: b.meta.name,
        region: regionLabel(b.meta.region),
        kind: kindLabel(b.meta.kind),
        years: own.map((r) => r.report.year),
        ...(last ? { latest: { id: last.id, year: last.report.year, figures: keyFigures(last.report) } } : {}),
      };
    });
}

export interface YearPoint<T> {
  year: number;
  /** The report of that year, absent when the body has none. */
  record?: ReportRecord;
  value: T | null;
}

/** One point per year from the first report to the last; years without a report are null, not skipped. */
export function yearSeries<T>(reports: readonly ReportRecord[], pick: (r: Report) => T): YearPoint<T>[] {
  if (!reports.length) return [];
  const byYear = new Map(reports.map((r) => [r.report.year, r]));
  const years = [...byYear.keys()];
  const points: YearPoint<T>[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    const record = byYear.get(y);
    points.push(record ? { year: y, record, value: pick(record.report) } : { year: y, value: null });
  }
  return points;
}

/** 2021、2022、2023 — or 2021—2023 when the years run without a gap. */
export function yearsLabel(years: readonly number[]): string {
  if (!years.length) return '—';
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  if (sorted.length > 2 && contiguous) return `${sorted[0]}—${sorted.at(-1)}`;
  return sorted.join('、');
}
