import { describe, expect, it } from 'vitest';
import { splitCells } from '../../../src/lib/read/cells.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { readTable, type TableRowDef } from '../../../src/lib/read/table.ts';

const DEFS: TableRowDef<'first' | 'second' | 'amount'>[] = [
  { id: 'first', key: /甲/, label: '甲', columns: ['一', '二'], decimals: 0 },
  { id: 'second', key: /乙/, label: '乙', columns: ['一', '二'], decimals: 0 },
  { id: 'amount', key: /丙/, label: '丙', columns: ['金额'], decimals: 6 },
];

function table(text: string) {
  const diagnostics: Diagnostic[] = [];
  const cells = text.split('\n').flatMap((line, i) => splitCells(line, i + 1));
  const rows = readTable('表', cells, DEFS, { line: 99, column: 1 }, diagnostics);
  return {
    values: Object.fromEntries([...rows].map(([id, r]) => [id, r.values])),
    diagnostics: diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`),
  };
}

describe('readTable(table, cells, defs, end, diagnostics)', () => {
  it('reads every row whole', () => {
    expect(table('甲\t1\t2\n乙\t3\t4\n丙\t0.5')).toEqual({ values: { first: [1, 2], second: [3, 4], amount: [0.5] }, diagnostics: [] });
  });

  it('leaves out a row with the wrong number of cells and says how many it has', () => {
    expect(table('甲\t1\t2\t3\n乙\t3\n丙\t0')).toEqual({
      values: { amount: [0] },
      diagnostics: ['1:3 cell-count 表「甲」行有 3 个数值，应为 2 个（多出 1 个）', '2:3 cell-count 表「乙」行只有 1 个数值，应为 2 个（缺少 1 个）'],
    });
  });

  it('leaves out a row with a bad cell and points at the cell', () => {
    expect(table('甲\t1\t-2\n乙\t3\t4\n丙\t1.2345678')).toEqual({
      values: { second: [3, 4] },
      diagnostics: [
        '1:5 cell-value 表「甲」行「二」列的值「-2」是负数，应为非负整数',
        '3:3 cell-value 表「丙」行「金额」列的值「1.2345678」的小数超过 6 位，收费金额以万元计，最多保留 6 位小数',
      ],
    });
  });

  it('reports a missing row at the next row present, or at the table’s end', () => {
    expect(table('乙\t3\t4').diagnostics).toEqual(['1:1 row-missing 表缺少「甲」行，应位于「乙」行之前', '99:1 row-missing 表缺少「丙」行']);
  });

  it('trusts neither copy of a row printed twice', () => {
    // Which copy holds the right figures cannot be known, so no rule may run on either.
    expect(table('甲\t1\t2\n乙\t3\t4\n甲\t5\t6\n丙\t0')).toEqual({
      values: { second: [3, 4], amount: [0] },
      diagnostics: ['3:1 file-layout 表中「甲」行重复出现（第 1 行已有）'],
    });
  });
});
