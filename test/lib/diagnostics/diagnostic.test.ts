import { describe, expect, it } from 'vitest';
import { byPosition, diagnostic, formatDiagnostic, formatGithub, formatWithHint, hasErrors, RULE_IDS, WAIVABLE_RULES } from '../../../src/lib/diagnostics/diagnostic.ts';

const d = diagnostic('error', 'cell-count', { line: 82, column: 1 }, '行有 16 个数值，应为 15 个', '请逐格核对该行。');

describe('formatDiagnostic(file, d)', () => {
  it('prints FILE:LINE:COLUMN: SEVERITY: MESSAGE [rule-id]', () => {
    expect(formatDiagnostic('content/reports/zhengzhou-hrss/2023.txt', d)).toBe('content/reports/zhengzhou-hrss/2023.txt:82:1: error: 行有 16 个数值，应为 15 个 [cell-count]');
    expect(formatDiagnostic('a.txt', diagnostic('warning', 'cross-year', { line: 3, column: 9 }, '通常应相等'))).toBe('a.txt:3:9: warning: 通常应相等 [cross-year]');
  });
});

describe('formatGithub(file, d)', () => {
  it('prints a workflow command with the hint on a second line', () => {
    expect(formatGithub('content/reports/x/2023.txt', d)).toBe(
      '::error file=content/reports/x/2023.txt,line=82,col=1,title=cell-count::行有 16 个数值，应为 15 个%0A请逐格核对该行。 [cell-count]',
    );
  });

  it('escapes what the runner would otherwise read as syntax', () => {
    const odd = diagnostic('warning', 'cross-year', { line: 1, column: 2 }, '100% 相等\r\n下一行');
    expect(formatGithub('a,b:c%.txt', odd)).toBe('::warning file=a%2Cb%3Ac%25.txt,line=1,col=2,title=cross-year::100%25 相等%0D%0A下一行 [cross-year]');
  });
});

describe('diagnostic(severity, rule, at, message, hint)', () => {
  it('leaves out an absent hint', () => {
    expect(Object.keys(diagnostic('error', 'title-year', { line: 1, column: 1 }, 'x'))).toEqual(['severity', 'rule', 'line', 'column', 'message']);
  });
});

describe('byPosition', () => {
  it('orders by line, column, then rule id', () => {
    const at = (line: number, column: number, rule: (typeof RULE_IDS)[number]) => diagnostic('error', rule, { line, column }, rule);
    const sorted = [at(9, 1, 'cell-count'), at(2, 5, 'title-year'), at(2, 5, 'cell-value'), at(2, 1, 'waiver')].sort(byPosition);
    expect(sorted.map((x) => [x.line, x.column, x.rule])).toEqual([
      [2, 1, 'waiver'],
      [2, 5, 'cell-value'],
      [2, 5, 'title-year'],
      [9, 1, 'cell-count'],
    ]);
  });
});

describe('rule ids', () => {
  it('are unique, and the waivable ones are among them', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const r of WAIVABLE_RULES) expect(RULE_IDS).toContain(r);
  });

  it('never let a file that could not be read be waived', () => {
    for (const r of ['cell-count', 'cell-value', 'table-missing', 'row-missing', 'file-encoding', 'correction', 'duplicate-report'] as const) expect(WAIVABLE_RULES.has(r), r).toBe(false);
  });

  it('hasErrors tells errors from warnings', () => {
    expect(hasErrors([d])).toBe(true);
    expect(hasErrors([{ ...d, severity: 'warning' }])).toBe(false);
    expect(hasErrors([])).toBe(false);
  });
});

describe('no data can forge a workflow command (issue 10, defect 5)', () => {
  const FORGED = '某局\n::error file=x.txt,line=1::伪造的错误\r\n::warning::又一个';
  const forged = diagnostic('error', 'title-agency', { line: 1, column: 1 }, `标题中的机关与目录不符：${FORGED}`, `理由：${FORGED}`);
  const startsCommand = (out: string) => out.split(/\r\n|\r|\n/).filter((l) => l.startsWith('::'));

  it('text output stays one line per diagnostic, the hint one more', () => {
    const out = formatWithHint(`a\n::error::b.txt`, forged);
    expect(out.split('\n')).toHaveLength(2);
    expect(startsCommand(out)).toEqual([]);
    expect(formatDiagnostic('a.txt', forged)).toContain('某局\\n::error file=x.txt');
  });

  it('GitHub output is exactly one command, its data and properties escaped', () => {
    const out = formatGithub('a\n::error::b,c:d.txt', forged);
    expect(out.split(/\r|\n/)).toHaveLength(1);
    expect(startsCommand(out)).toHaveLength(1);
    expect(out).toMatch(/^::error file=a%0A%3A%3Aerror%3A%3Ab%2Cc%3Ad\.txt,line=1,col=1,title=title-agency::/);
  });
});
