import { expect, test } from 'vitest';
import { RULE_IDS, WAIVABLE_RULES } from '../../../src/lib/diagnostics/diagnostic.ts';
import { RULE_DOCS } from '../../../src/lib/diagnostics/rule-docs.ts';

test('RULE_DOCS describes every rule id once, in order', () => {
  expect(RULE_DOCS.map((r) => r.id)).toEqual([...RULE_IDS]);
});

test('RULE_DOCS says in Chinese what each rule means and how to fix it', () => {
  for (const r of RULE_DOCS) {
    expect(r.meaning, r.id).toMatch(/[\u4e00-\u9fff]/);
    expect(r.fix, r.id).toMatch(/[\u4e00-\u9fff]/);
  }
});

test('RULE_DOCS marks as waivable exactly the rules a waiver may name', () => {
  expect(RULE_DOCS.filter((r) => r.waivable).map((r) => r.id).sort()).toEqual([...WAIVABLE_RULES].sort());
});

test('RULE_DOCS puts the four table rules of DATA-MODEL.md among the consistency rules', () => {
  expect(RULE_DOCS.filter((r) => r.kind === 'consistency').map((r) => r.id)).toEqual([
    'applications-balance',
    'applications-outcome-sum',
    'applications-row-total',
    'appeals-total',
  ]);
});
