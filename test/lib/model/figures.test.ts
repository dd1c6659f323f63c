import { describe, expect, it } from 'vitest';
import { FIGURES, figureByKey, figures } from '../../../src/lib/model/figures.ts';
import { golden, SEEDS } from '../../fixtures/seeds.ts';

describe('FIGURES', () => {
  it('lists 10 + 25×7 + 3×5 = 200 figures: six active rows, two of them with three columns', () => {
    expect(FIGURES).toHaveLength(200);
    expect(FIGURES.filter((f) => f.table === 'active_disclosure')).toHaveLength(10);
    expect(FIGURES.filter((f) => f.table === 'applications')).toHaveLength(175);
    expect(FIGURES.filter((f) => f.table === 'review_litigation')).toHaveLength(15);
  });

  it('gives every figure a unique key, in table order', () => {
    expect(new Set(FIGURES.map((f) => f.key)).size).toBe(FIGURES.length);
    expect(FIGURES.slice(0, 10).map((f) => f.key)).toEqual([
      'active_disclosure.regulations.issued',
      'active_disclosure.regulations.repealed',
      'active_disclosure.regulations.in_force',
      'active_disclosure.normative_documents.issued',
      'active_disclosure.normative_documents.repealed',
      'active_disclosure.normative_documents.in_force',
      'active_disclosure.licensing',
      'active_disclosure.penalty',
      'active_disclosure.coercion',
      'active_disclosure.fees',
    ]);
    expect(FIGURES[10]!.key).toBe('applications.received.natural_person');
    expect(FIGURES.at(-1)!.key).toBe('review_litigation.litigation_after_review.total');
  });

  it('labels each figure in Chinese and gives fees the unit 万元 amount', () => {
    expect(figureByKey.get('active_disclosure.fees')).toMatchObject({ row_label: '行政事业性收费', column_label: '本年收费金额（万元）', unit: 'amount' });
    expect(figureByKey.get('applications.total.legal_service_organization')).toMatchObject({ row_label: '（七）总计', column_label: '法人或其他组织 / 法律服务机构', unit: 'count' });
    expect(figureByKey.get('review_litigation.litigation_direct.pending')).toMatchObject({ row_label: '行政诉讼·未经复议直接起诉', column_label: '尚未审结' });
    expect(FIGURES.filter((f) => f.unit === 'amount').map((f) => f.key)).toEqual(['active_disclosure.fees']);
    for (const f of FIGURES) expect(f.row_label && f.column_label, f.key).toBeTruthy();
  });
});

describe('figures(report)', () => {
  it('reads each figure from its place in the report', () => {
    const values = new Map(figures(golden('zhengzhou-government-2022')).map((f) => [f.key, f.value]));
    expect(values.get('active_disclosure.regulations.in_force')).toBe(103);
    expect(values.get('active_disclosure.licensing')).toBe(1608911);
    expect(values.get('active_disclosure.fees')).toBe(160391.4077);
    expect(values.get('applications.received.total')).toBe(3325);
    expect(values.get('applications.other_other.other_organization')).toBe(7);
    expect(values.get('applications.carried_forward.social_welfare_organization')).toBe(2);
    expect(values.get('review_litigation.administrative_review.corrected')).toBe(16);
    expect(values.get('review_litigation.litigation_after_review.pending')).toBe(2);
  });

  it('gives every seed 200 numbers, non-negative', () => {
    for (const seed of SEEDS) {
      const values = figures(golden(seed)).map((f) => f.value);
      expect(values, seed).toHaveLength(200);
      for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
    }
  });
});
