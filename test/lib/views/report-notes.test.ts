import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { reportNotes } from '../../../src/lib/views/report-notes.ts';

describe('reportNotes(record)', () => {
  const waived = diagnostic('warning', 'applications-balance', { line: 40, column: 3 }, '已豁免：第 40 行不平衡（理由：原文如此）');
  const other = diagnostic('warning', 'cross-year', { line: 30, column: 1 }, '上年结转与上年报告不符', '核对上年报告');

  it('shows each waiver with the problem it waives, and the other warnings, by line', () => {
    const notes = reportNotes({ waivers: [{ rule: 'applications-balance', line: 40, reason: '原文如此' }], warnings: [waived, other] });
    expect(notes).toEqual([
      { kind: 'warning', line: 30, rule: 'cross-year', text: '上年结转与上年报告不符', hint: '核对上年报告' },
      { kind: 'waiver', line: 40, rule: 'applications-balance', text: '已豁免：第 40 行不平衡（理由：原文如此）' },
    ]);
  });

  it('falls back to the waiver’s reason when no warning matches', () => {
    expect(reportNotes({ waivers: [{ rule: 'appeals-total', line: 9, reason: '原文如此' }], warnings: [] })).toEqual([
      { kind: 'waiver', line: 9, rule: 'appeals-total', text: '已豁免（理由：原文如此）' },
    ]);
  });

  it('is empty for a clean report', () => {
    expect(reportNotes({ waivers: [], warnings: [] })).toEqual([]);
  });
});
