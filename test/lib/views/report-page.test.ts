import { describe, expect, it } from 'vitest';
import { citation, reportDescription } from '../../../src/lib/views/report-page.ts';
import { seedRecord } from '../../fixtures/page-records.ts';

describe('reportDescription(record)', () => {
  it('is one sentence with the headline numbers', () => {
    expect(reportDescription(seedRecord('zhengzhou-hrss-2023'))).toBe(
      '郑州市人力资源和社会保障局 2023 年政府信息公开工作年度报告：新收申请 23 件，办理 23 件，公开率 13.0%，行政复议和行政诉讼 1 件。',
    );
    expect(reportDescription(seedRecord('zhangshu-hrss-2023'))).toContain('办理 0 件，无法计算公开率，');
  });
});

describe('citation(record, pageUrl)', () => {
  it('names the report, its source with the date retrieved, this page and the corrections', () => {
    const r = { ...seedRecord('zhengzhou-hrss-2023'), source: 'https://example.gov.cn/r.html', retrieved: '2024-02-01' };
    expect(citation(r, 'https://x.org/reports/zhengzhou-hrss-2023/')).toBe(
      '郑州市人力资源和社会保障局：《2023 年政府信息公开工作年度报告》。原文：https://example.gov.cn/r.html（2024-02-01 获取）。数据整理：公开 · 政府信息公开年报数据，https://x.org/reports/zhengzhou-hrss-2023/。本站更正原文 1 处，见页面说明。',
    );
  });
  it('leaves out what is not recorded', () => {
    const r = seedRecord('huiji-hrss-2023');
    delete r.source;
    expect(citation(r, 'u')).toBe('惠济区人力资源和社会保障局：《2023 年政府信息公开工作年度报告》。数据整理：公开 · 政府信息公开年报数据，u。');
  });
});
