/**
 * The compare view: which year, measure, region, kind of body and order,
 * read from and written to the URL's query string, and the ranked rows that
 * state selects from the compare data files. Runs both at build time (the
 * default view, rendered without JavaScript) and in the browser, so it must
 * not import anything heavy or Node-only.
 *
 *   ?year=2023&m=disclosure_rate&region=henan/zhengzhou&kind=department&sort=asc
 *
 * Unknown or malformed values fall back to the default of that field, so an
 * old or hand-edited link still opens a sensible view.
 */
import { isWithin } from './region-id.ts';

export type SortOrder = 'desc' | 'asc' | 'region';
export type KindFilter = '' | 'government' | 'department';

export const SORT_LABELS: Record<SortOrder, string> = { desc: '从大到小', asc: '从小到大', region: '按地区' };
export const KIND_LABELS: Record<Exclude<KindFilter, ''>, string> = { government: '人民政府', department: '政府部门' };

export interface CompareState {
  year: number;
  measure: string;
  /** Region id; '' for everywhere. */
  region: string;
  kind: KindFilter;
  sort: SortOrder;
}

export interface CompareChoices {
  years: readonly number[];
  measures: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  defaultMeasure: string;
}

/** Query parameter names, in the order a URL lists them. */
export const PARAMS = { year: 'year', measure: 'm', region: 'region', kind: 'kind', sort: 'sort' } as const;

export function defaultState(choices: CompareChoices): CompareState {
  return { year: Math.max(...choices.years), measure: choices.defaultMeasure, region: '', kind: '', sort: 'desc' };
}

export function parseState(query: string | URLSearchParams, choices: CompareChoices): CompareState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state = defaultState(choices);
  const year = Number(params.get(PARAMS.year));
  if (Number.isInteger(year) && choices.years.includes(year)) state.year = year;
  const measure = params.get(PARAMS.measure);
  if (measure && choices.measures.has(measure)) state.measure = measure;
  const region = params.get(PARAMS.region);
  if (region && choices.regions.has(region)) state.region = region;
  const kind = params.get(PARAMS.kind);
  if (kind === 'government' || kind === 'department') state.kind = kind;
  const sort = params.get(PARAMS.sort);
  if (sort === 'asc' || sort === 'region') state.sort = sort;
  return state;
}

// Region ids are paths: keep their slashes readable, as RFC 3986 allows in a query.
const encode = (value: string) => encodeURIComponent(value).replace(/%2F/g, '/');

/**
 * The query string of a state. Year and measure are always written, so a
 * shared link keeps its meaning when a newer year is added; the filters
 * and the order only when they differ from the default.
 */
export function stateQuery(state: CompareState): string {
  const parts = [`${PARAMS.year}=${state.year}`, `${PARAMS.measure}=${encode(state.measure)}`];
  if (state.region) parts.push(`${PARAMS.region}=${encode(state.region)}`);
  if (state.kind) parts.push(`${PARAMS.kind}=${state.kind}`);
  if (state.sort !== 'desc') parts.push(`${PARAMS.sort}=${state.sort}`);
  return `?${parts.join('&')}`;
}

/** One body's value for the chosen year and measure. */
export interface CompareEntry {
  bodyId: string;
  name: string;
  kind: 'government' | 'department';
  region: string;
  regionLabel: string;
  reportId: string;
  /** null: the indicator is undefined (its denominator is 0), or the report does not give the figure. */
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export interface CompareRow extends CompareEntry {
  /** Competition rank by value, largest first (1, 2, 2, 4); null without a value. */
  rank: number | null;
}

const byId = (a: CompareEntry, b: CompareEntry) => (a.bodyId < b.bodyId ? -1 : a.bodyId > b.bodyId ? 1 : 0);

/** The entries a state's filters keep, ranked and in the state's order; entries without a value last. */
export function compareRows(entries: readonly CompareEntry[], state: Pick<CompareState, 'region' | 'kind' | 'sort'>): CompareRow[] {
  const kept = entries.filter((e) => isWithin(e.region, state.region) && (!state.kind || e.kind === state.kind));
  const valued = kept.filter((e) => e.value !== null).sort((a, b) => b.value! - a.value! || byId(a, b));
  const rows: CompareRow[] = [];
  valued.forEach((e, i) => {
    const previous = rows[i - 1];
    rows.push({ ...e, rank: previous && previous.value === e.value ? previous.rank : i + 1 });
  });
  const missing = kept.filter((e) => e.value === null).sort(byId).map((e) => ({ ...e, rank: null }));
  if (state.sort === 'asc') rows.sort((a, b) => a.value! - b.value! || byId(a, b));
  const out = [...rows, ...missing];
  if (state.sort === 'region') out.sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : byId(a, b)));
  return out;
}


/** /compare/data.json: who and what can be compared; the values come per measure. */
export interface CompareIndex {
  schema: 'gongkai/compare-index@1';
  years: number[];
  defaultMeasure: string;
  bodies: Array<{ id: string; name: string; kind: 'government' | 'department'; region: string }>;
  /** Parents before children; `depth` 1 for a province. */
  regions: Array<{ id: string; name: string; label: string; depth: number }>;
  /** Every report as [index into bodies, year, report id]. */
  reports: Array<[number, number, string]>;
}

/** /compare/data/<measure>.json: one measure for every report, in the index's report order. */
export interface CompareMeasureFile {
  schema: 'gongkai/compare-measure@1';
  measure: string;
  /** Figures: the value of each report; null where the report does not give it. */
  values?: Array<number | null>;
  /** Indicators: numerator and denominator of each report. */
  numerators?: number[];
  denominators?: number[];
}

export function choicesOf(index: CompareIndex, measures: Iterable<string>): CompareChoices {
  return { years: index.years, measures: new Set(measures), regions: new Set(index.regions.map((r) => r.id)), defaultMeasure: index.defaultMeasure };
}

/** The entries of one year from the index and a measure file. */
export function entriesFor(index: CompareIndex, file: CompareMeasureFile, year: number): CompareEntry[] {
  const labels = new Map(index.regions.map((r) => [r.id, r.label]));
  const out: CompareEntry[] = [];
  index.reports.forEach(([b, y, reportId], i) => {
    if (y !== year) return;
    const body = index.bodies[b]!;
    const base = { bodyId: body.id, name: body.name, kind: body.kind, region: body.region, regionLabel: labels.get(body.region) ?? '', reportId };
    if (file.values) out.push({ ...base, value: file.values[i] ?? null });
    else {
      const numerator = file.numerators![i]!;
      const denominator = file.denominators![i]!;
      out.push({ ...base, value: denominator > 0 ? numerator / denominator : null, numerator, denominator });
    }
  });
  return out;
}
