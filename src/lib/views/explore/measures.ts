/**
 * What can be compared: every figure of the three tables (FIGURES) and every
 * derived indicator (INDICATORS), under one id space. A figure's id is its
 * key (`applications.received.total`, always with a dot); an indicator's id
 * is its own (`disclosure_rate`, never with a dot). Labels are short enough
 * for a select box and a table header.
 */
import { APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../model/catalogue.ts';
import { formatAmount, formatCount, formatPercent } from '../../charts/format.ts';
import { FIGURES, TABLE_LABELS, type FigureDef } from '../../model/figures.ts';
import { INDICATORS } from '../../model/indicators.ts';

export type MeasureUnit = 'count' | 'amount' | 'ratio';

export interface Measure {
  id: string;
  kind: 'figure' | 'indicator';
  /** Full label: 本年新收申请 · 总计, 公开率. */
  label: string;
  /** The option group it is listed under. */
  group: string;
  unit: MeasureUnit;
  /** Indicators: the formula in the table's own words. */
  formula?: string;
}

export const DEFAULT_MEASURE = 'applications.received.total';

// 总计 · 总计 says nothing: the grand total reads as what it is.
const rowShort = new Map<string, string>(APPLICATION_ROWS.map((r) => [r.id, r.id === 'total' ? '办理总数' : r.short]));
const columnShort = new Map<string, string>(APPLICANT_COLUMNS.map((c) => [c.id, c.short]));
const groupShort = new Map<string, string>(APPEAL_GROUPS.map((g) => [g.id, g.short]));

function figureMeasure(f: FigureDef): Measure {
  const unit = f.unit;
  switch (f.table) {
    case 'applications':
      // The total column is what a reader means by the row: 予以公开, not 予以公开 · 总计.
      return { id: f.key, kind: 'figure', label: f.column === 'total' ? rowShort.get(f.row)! : `${rowShort.get(f.row)} · ${columnShort.get(f.column)}`, group: `申请：${rowShort.get(f.row)}`, unit };
    case 'review_litigation':
      return { id: f.key, kind: 'figure', label: `${groupShort.get(f.row)} · ${f.column_label}`, group: TABLE_LABELS.review_litigation, unit };
    default:
      return { id: f.key, kind: 'figure', label: `${f.row_label} · ${f.column_label}`, group: TABLE_LABELS.active_disclosure, unit };
  }
}

/** Indicators first (what readers compare most), then the figures in table order. */
export const MEASURES: readonly Measure[] = [
  ...INDICATORS.map((d): Measure => ({ id: d.id, kind: 'indicator', label: d.label, group: '派生指标', unit: 'ratio', formula: d.formula })),
  ...FIGURES.map(figureMeasure),
];

export const measureById = new Map(MEASURES.map((m) => [m.id, m]));

/** Measures grouped for a select box, groups in first-seen order. */
export function measureGroups(): Array<{ group: string; measures: Measure[] }> {
  const groups = new Map<string, Measure[]>();
  for (const m of MEASURES) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  return [...groups].map(([group, measures]) => ({ group, measures }));
}

/** A value as the tables print it; null (undefined ratio) as the fallback. */
export function formatValue(unit: MeasureUnit, value: number | null, fallback = '—'): string {
  if (value === null) return fallback;
  if (unit === 'ratio') return formatPercent(value);
  return unit === 'amount' ? formatAmount(value) : formatCount(value);
}

/** The figures pages summarise a region or a year with. */
export const KEY_MEASURES: readonly string[] = [
  'applications.received.total',
  'applications.carried_over.total',
  'applications.total.total',
  'applications.granted.total',
  'applications.partially_granted.total',
  'disclosure_rate',
  'withheld_share',
  'not_held_share',
  'applications.carried_forward.total',
  'review_litigation.administrative_review.total',
  'review_correction_rate',
  'review_litigation.litigation_direct.total',
  'review_litigation.litigation_after_review.total',
  'active_disclosure.normative_documents.issued',
  'active_disclosure.licensing',
  'active_disclosure.penalty',
];

/** A measure's value for a table cell; a rate with its numerator and denominator: 13.0%（3/23）. */
export function formatMeasure(id: string, v: { value: number | null; numerator?: number; denominator?: number } | undefined): string {
  const m = measureById.get(id);
  if (!m || !v) return '';
  if (m.unit !== 'ratio') return formatValue(m.unit, v.value);
  return `${formatValue('ratio', v.value, '不适用')}（${formatCount(v.numerator ?? 0)}/${formatCount(v.denominator ?? 0)}）`;
}
