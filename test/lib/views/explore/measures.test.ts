import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../../src/lib/model/figures.ts';
import { INDICATORS } from '../../../../src/lib/model/indicators.ts';
import { DEFAULT_MEASURE, formatMeasure, formatValue, KEY_MEASURES, measureById, measureGroups, MEASURES } from '../../../../src/lib/views/explore/measures.ts';

describe('MEASURES', () => {
  it('lists every indicator, then every figure, under distinct ids', () => {
    expect(MEASURES.length).toBe(INDICATORS.length + FIGURES.length);
    expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
    expect(MEASURES.filter((m) => m.kind === 'indicator').every((m) => !m.id.includes('.'))).toBe(true);
  });
  it('labels figures shortly', () => {
    expect(measureById.get(DEFAULT_MEASURE)).toMatchObject({ label: '本年新收申请', unit: 'count', group: '申请：本年新收申请' });
    expect(measureById.get('applications.received.natural_person')!.label).toBe('本年新收申请 · 自然人');
    expect(measureById.get('applications.total.total')!.label).toBe('办理总数');
    expect(measureById.get('review_litigation.administrative_review.corrected')!.label).toBe('行政复议 · 结果纠正');
    expect(measureById.get('active_disclosure.fees')).toMatchObject({ label: '行政事业性收费 · 本年收费金额（万元）', unit: 'amount' });
    expect(measureById.get('active_disclosure.regulations.issued')!.label).toBe('规章 · 本年制发件数');
    expect(measureById.get('disclosure_rate')).toMatchObject({ label: '公开率', unit: 'ratio', group: '派生指标' });
  });
  it('names only known measures as key measures', () => {
    expect(KEY_MEASURES.filter((id) => !measureById.has(id))).toEqual([]);
  });
  it('groups for a select box in first-seen order', () => {
    expect(measureGroups().map((g) => g.group).slice(0, 3)).toEqual(['派生指标', '二、主动公开政府信息情况', '申请：本年新收申请']);
  });
});

describe('formatValue(unit, value)', () => {
  it('prints counts, amounts, ratios and undefined values', () => {
    expect([formatValue('count', 1608911), formatValue('amount', 75.1552123), formatValue('ratio', 0.13043), formatValue('ratio', null)]).toEqual(['1,608,911', '75.155212', '13.0%', '—']);
  });
});

describe('formatMeasure(id, value)', () => {
  it('adds numerator and denominator to a rate', () => {
    expect(formatMeasure('disclosure_rate', { value: 3 / 23, numerator: 3, denominator: 23 })).toBe('13.0%（3/23）');
    expect(formatMeasure('disclosure_rate', { value: null, numerator: 0, denominator: 0 })).toBe('不适用（0/0）');
    expect(formatMeasure('applications.received.total', { value: 1234 })).toBe('1,234');
    expect(formatMeasure('applications.received.total', undefined)).toBe('');
  });
});
