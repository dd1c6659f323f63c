import { describe, expect, it } from 'vitest';
import { ACTIVE_ROWS, APPEAL_GROUPS, APPLICATION_ROWS } from '../../../src/lib/model/catalogue.ts';
import { splitCells } from '../../../src/lib/read/cells.ts';
import { readRows, type RowPattern } from '../../../src/lib/read/rows.ts';

const cellsOf = (text: string) => text.split('\n').flatMap((line, i) => splitCells(line, i + 1));

/** Each row as [id, line of its label, its values]; each stray as [label, number of values]. */
function read(text: string, patterns: readonly RowPattern[] = APPLICATION_ROWS) {
  const { rows, strays } = readRows(cellsOf(text), patterns);
  return {
    rows: rows.map((r) => [r.id, r.label.line, r.values.map((v) => v.text).join(' ')]),
    strays: strays.map((s) => [s.label?.text ?? null, s.values.length]),
  };
}

describe('readRows(cells, patterns)', () => {
  it('skips header cells before the first row', () => {
    const text = [
      '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t总计',
      '\t\t自然人\t法人或其他组织',
      '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      '一、本年新收政府信息公开申请数量\t\t23\t0',
    ].join('\n');
    expect(read(text)).toEqual({ rows: [['received', 4, '23 0']], strays: [] });
  });

  it('gives the values to the row named by the label nearest before them', () => {
    const text = ['三、本年度办理结果\t(一) 予以公开\t3\t0', '\t(三) 不予公开\t1. 属于国家秘密\t0\t0'].join('\n');
    expect(read(text).rows).toEqual([
      ['granted', 1, '3 0'],
      ['withheld_state_secret', 2, '0 0'],
    ]);
  });

  it('reads `3.其他` and `（七）总计` whether or not the row kept its leading tabs', () => {
    const text = ['\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0', '3.其他\t\t4', '(七) 总计\t\t9', '\t（七）总计\t9', '\t\t3. 其他\t4'].join('\n');
    expect(read(text).rows).toEqual([
      ['other_unpaid_fee', 1, '0'],
      ['other_other', 2, '4'],
      ['total', 3, '9'],
      ['total', 4, '9'],
      ['other_other', 5, '4'],
    ]);
  });

  it('does not take 其他处理 or 其他结果 for `3.其他`', () => {
    expect(read('\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0').rows).toEqual([['other_overdue_correction', 1, '0']]);
  });

  it('joins a label broken over lines, as Word wraps it', () => {
    const text = ['\t（三）不予', '', '公开', '\t1.属于国家', '秘密', '\t1', '', '\t（七）总', '计', '\t9'].join('\n');
    expect(read(text).rows).toEqual([
      ['withheld_state_secret', 4, '1'],
      ['total', 8, '9'],
    ]);
  });

  it('records a row printed without values as a row with none', () => {
    expect(read('行政许可\t\t\n行政处罚\t3', ACTIVE_ROWS).rows).toEqual([
      ['licensing', 1, ''],
      ['penalty', 2, '3'],
    ]);
  });

  it('records the last row of a table printed without values as a row with none', () => {
    expect(read('行政强制\t0\n行政事业性收费\t\t', ACTIVE_ROWS).rows).toEqual([
      ['coercion', 1, '0'],
      ['fees', 2, ''],
    ]);
  });

  it('ignores labels after the last row that name no later row', () => {
    expect(read('四、结转下年度继续办理\t0\n注：本表中“其他”指其他组织', APPLICATION_ROWS).rows).toEqual([['carried_forward', 1, '0']]);
  });

  it('keeps values with no label before them as strays', () => {
    expect(read('一、本年新收政府信息公开申请数量\t1\n2\t3')).toEqual({ rows: [['received', 1, '1 2 3']], strays: [] });
    expect(read('5\t6\n二、上年结转政府信息公开申请数量\t0')).toEqual({ rows: [['carried_over', 2, '0']], strays: [[null, 2]] });
  });

  it('keeps values after a label that names no row as strays, with that label', () => {
    expect(read('一、本年新收政府信息公开申请数量\t1\n合计\t3')).toEqual({ rows: [['received', 1, '1']], strays: [['合计', 1]] });
  });

  it('reads the appeals groups in either order of their key phrases', () => {
    const text = ['行政复议\t0\t1', '行政诉讼（未经复议直接起诉）\t2', '行政诉讼（复议后起诉）\t3'].join('\n');
    expect(read(text, APPEAL_GROUPS).rows).toEqual([
      ['administrative_review', 1, '0 1'],
      ['litigation_direct', 2, '2'],
      ['litigation_after_review', 3, '3'],
    ]);
  });
});

describe('readRows on a long run of labels', () => {
  // Issue 10: every longer tail of the run was searched again, so 32,000 labels took 17 s and 865 MB.
  it('does work linear in the labels before a value', () => {
    let scanned = 0;
    class Counting extends RegExp {
      override exec(text: string) {
        scanned += text.length;
        return super.exec(text);
      }
    }
    const patterns = ACTIVE_ROWS.map((r) => ({ id: r.id, key: new Counting(r.key.source, r.key.flags) }));
    const text = `规章\n${'标签\n'.repeat(8000)}0\t0\t0`;
    const { rows, strays } = readRows(cellsOf(text), patterns);
    expect(rows).toEqual([]);
    expect(strays).toHaveLength(1);
    expect(scanned).toBeLessThan(20 * text.length);
  });
});
