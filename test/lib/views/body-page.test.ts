import { describe, expect, it } from 'vitest';
import { bodyDescription, reportFlags, reportRows } from '../../../src/lib/views/body-page.ts';
import { diagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { recordAs, seedBody, seedRecord } from '../../fixtures/page-records.ts';

describe('reportFlags(record)', () => {
  it('flags corrections, waivers and the warnings that are not waivers', () => {
    expect(reportFlags(seedRecord('zhengzhou-hrss-2023'))).toEqual([{ kind: 'correction', label: '更正 1 处' }]);
    const r = seedRecord('huiji-hrss-2023');
    r.waivers = [{ rule: 'appeals-total', line: 9, reason: 'x' }];
    r.warnings = [diagnostic('warning', 'appeals-total', { line: 9, column: 1 }, '已豁免'), diagnostic('warning', 'cross-year', { line: 3, column: 1 }, 'w')];
    expect(reportFlags(r)).toEqual([{ kind: 'waiver', label: '豁免 1 处' }, { kind: 'warning', label: '警告 1 条' }]);
    expect(reportFlags(seedRecord('zhangshu-hrss-2023'))).toEqual([]);
  });
});

describe('reportRows(reports)', () => {
  it('lists the newest year first', () => {
    const rows = reportRows([recordAs('zhengzhou-hrss-2023', 2021), seedRecord('zhengzhou-hrss-2023')]);
    expect(rows.map((r) => r.year)).toEqual([2023, 2021]);
    expect(rows[0]!.figures.received).toBe(23);
  });
});

describe('bodyDescription(body, reports)', () => {
  it('says how many reports over which years', () => {
    const reports = [recordAs('zhengzhou-hrss-2023', 2021), seedRecord('zhengzhou-hrss-2023')];
    expect(bodyDescription(seedBody('zhengzhou-hrss'), reports)).toBe(
      '郑州市人力资源和社会保障局 2021—2023 年的政府信息公开工作年度报告（2 份）：共新收申请 46 件，附历年趋势图、统计表和数据下载。',
    );
    expect(bodyDescription(seedBody('zhengzhou-hrss'), [])).toBe('郑州市人力资源和社会保障局：本站尚未收录其政府信息公开工作年度报告。');
  });
});
