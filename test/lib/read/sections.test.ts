import { describe, expect, it } from 'vitest';
import { findSections, headingIndex } from '../../../src/lib/read/sections.ts';
import { correctedText, parseVariant, seedText, SEEDS } from '../../fixtures/seeds.ts';

describe('headingIndex(line)', () => {
  it.each([
    ['一、总体情况', 0],
    ['1、 总体情况', 0],
    ['1.总体情况', 0],
    ['１、总体情况', 0],
    ['## 一、总体情况', 0],
    ['# 一、 总体情况', 0],
    ['一 总体情况', 0],
    ['第一部分 总体情况', 0],
    ['一、政府信息公开工作总体情况', 0],
    ['二、主动公开政府信息情况', 1],
    ['二、行政机关主动公开政府信息情况', 1],
    ['三、收到和处理政府信息公开申请情况', 2],
    ['三、行政机关收到和处理政府信息公开申请情况', 2],
    ['四、政府信息公开行政复议、行政诉讼情况', 3],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', 3],
    ['#### 四、政府信息公开行政复议、行政诉讼情况', 3],
    ['五、存在的主要问题及改进情况', 4],
    ['五、政府信息公开工作存在的主要问题及改进情况', 4],
    ['六、其他需要报告的事项', 5],
    ['6、其他需要报告的事项', 5],
  ])('%s is heading %i', (line, index) => {
    expect(headingIndex(line)?.index).toBe(index);
  });

  it.each([
    ['四、结转下年度继续办理', 'a table row numbered like a heading'],
    ['三、本年度办理结果', 'a table row numbered like a heading'],
    ['（一）主动公开', 'a subheading'],
    ['（2） 依申请公开情况', 'a subheading'],
    ['二是加大主动公开力度。', 'a numbered point: 一是…二是…'],
    ['三是规范依申请公开工作，申请情况全部按期答复。', 'a numbered point: 一是…二是…'],
    ['2023年主动公开政府信息情况如下：', 'a sentence that starts with a year'],
    ['2023 年主动公开各类信息 1467 条。', 'a sentence that starts with a year'],
    [`一、总体情况 ${'本年度'.repeat(30)}`, 'a paragraph that repeats the heading'],
  ])('%s is not a heading (%s)', (line) => {
    expect(headingIndex(line)).toBeUndefined();
  });
});

describe('findSections(lines)', () => {
  it('finds the six sections of every seed, in order', () => {
    for (const seed of SEEDS) {
      expect(findSections(seedText(seed).split('\n')).map((s) => s.id), seed).toEqual(['overview', 'active_disclosure', 'applications', 'review_litigation', 'problems', 'other_matters']);
    }
  });

  it('spans each section from the line after its heading to the next heading', () => {
    expect(findSections(seedText('zhengzhou-hrss-2023').split('\n'))).toEqual([
      { id: 'overview', heading: 5, start: 6, end: 29 },
      { id: 'active_disclosure', heading: 29, start: 30, end: 46 },
      { id: 'applications', heading: 46, start: 47, end: 77 },
      { id: 'review_litigation', heading: 77, start: 78, end: 84 },
      { id: 'problems', heading: 84, start: 85, end: 88 },
      { id: 'other_matters', heading: 88, start: 89, end: 91 },
    ]);
  });

  it('never goes back to an earlier section', () => {
    const lines = ['一、总体情况', '二、主动公开政府信息情况', '一、总体情况', '三、收到和处理政府信息公开申请情况'];
    expect(findSections(lines).map((s) => [s.id, s.heading])).toEqual([
      ['overview', 1],
      ['active_disclosure', 2],
      ['applications', 4],
    ]);
  });

  it('finds later sections when an earlier one is missing', () => {
    expect(findSections(['一、总体情况', '四、政府信息公开行政复议、行政诉讼情况', '六、其他需要报告的事项']).map((s) => s.id)).toEqual(['overview', 'review_litigation', 'other_matters']);
  });
});

describe('a numbered point in the overview', () => {
  it('stays in the overview and does not open section 二', () => {
    const seed = 'zhengzhou-hrss-2023';
    const text = correctedText(seed).replace('（三）政府信息管理', '二是加大主动公开力度。\n\n（三）政府信息管理');
    const { report, diagnostics } = parseVariant(seed, text);
    expect(diagnostics).toEqual([]);
    expect(report!.narrative.overview).toContain('二是加大主动公开力度。');
    expect(report!.narrative.overview).toContain('（五）监督保障');
  });
});
