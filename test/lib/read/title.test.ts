import { describe, expect, it } from 'vitest';
import { parseTitle, readTitle, stripResidue } from '../../../src/lib/read/title.ts';
import { seedText, SEEDS } from '../../fixtures/seeds.ts';

describe('parseTitle(raw)', () => {
  it.each([
    ['郑州市人力资源和社会保障局 2023 年政府信息公开 工作年度报告', '郑州市人力资源和社会保障局', 2023],
    ['樟树市人社局2023年政府信息公开工作年度报告', '樟树市人社局', 2023],
    ['郑州市人民政府2022年政府信息公开工作年度报告', '郑州市人民政府', 2022],
    ['2023年度郑州市人社局政府信息公开工作报告', '郑州市人社局', 2023],
    ['2023年郑州市人社局政府信息公开工作年度报告', '郑州市人社局', 2023],
    ['郑州市人民政府 二〇二二 年政府信息公开工作年度报告', '郑州市人民政府', 2022],
    ['郑州市人民政府二零二二年政府信息公开工作年度报告', '郑州市人民政府', 2022],
    ['郑州市人社局　２０２３　年政府信息公开工作年度报告', '郑州市人社局', 2023],
    ['郑州市人社局2023年度政务公开工作报告', '郑州市人社局', 2023],
    ['郑州市人社局2023年信息公开工作年度报告', '郑州市人社局', 2023],
    ['《郑州市人社局2023年政府信息公开工作年度报告》', '郑州市人社局', 2023],
    ['郑州市人社局关于2023年政府信息公开工作年度报告', '郑州市人社局', 2023],
    ['商务部政府信息公开工作2018年度报告', '商务部', 2018],
  ])('%s: %s, %i', (raw, agency, year) => {
    expect(parseTitle(raw)).toEqual({ text: raw, agency, year });
  });

  it('keeps 人民政府 whole when 政府信息公开 follows it without repeating 政府', () => {
    expect(parseTitle('2023年度郑州市人民政府信息公开工作报告')).toMatchObject({ agency: '郑州市人民政府', year: 2023 });
    expect(parseTitle('郑州市人民政府政府信息公开工作2022年度报告')).toMatchObject({ agency: '郑州市人民政府', year: 2022 });
  });

  it('reads no year where there is none', () => {
    expect(parseTitle('郑州市人社局政府信息公开工作年度报告')).toEqual({ text: '郑州市人社局政府信息公开工作年度报告', agency: '郑州市人社局' });
  });

  it('reads no agency where there is none', () => {
    expect(parseTitle('2023年政府信息公开工作年度报告')).toEqual({ text: '2023年政府信息公开工作年度报告', year: 2023 });
  });
});

describe('readTitle(lines, before)', () => {
  it('reads every seed’s title', () => {
    const titles = SEEDS.map((seed) => {
      const lines = seedText(seed).split('\n');
      const t = readTitle(lines, lines.findIndex((l) => /^(?:#+\s*)?(?:一|1)、/.test(l)) + 1)!;
      return [seed, t.agency, t.year, t.line, t.lastLine];
    });
    expect(titles).toEqual([
      ['huiji-hrss-2023', '惠济区人力资源和社会保障局', 2023, 3, 3],
      ['zhangshu-hrss-2023', '樟树市人社局', 2023, 1, 2],
      ['zhengdong-social-affairs-2023', '郑州市郑东新区社会事业局', 2023, 3, 3],
      ['zhengzhou-government-2022', '郑州市人民政府', 2022, 1, 3],
      ['zhengzhou-hrss-2023', '郑州市人力资源和社会保障局', 2023, 3, 3],
    ]);
  });

  it('joins a title over two lines, with or without a blank line between', () => {
    expect(readTitle(['樟树市人社局2023年政府信息公开工作', '年度报告', '本报告依据…'], 9)).toMatchObject({ agency: '樟树市人社局', year: 2023, line: 1, lastLine: 2 });
    expect(readTitle(['', '# 惠济区人社局', '', '2023年政府信息公开工作年度报告', '一、总体情况'], 5)).toMatchObject({ agency: '惠济区人社局', year: 2023, line: 2, lastLine: 4 });
  });

  it('takes the first line alone when no line ends the title with 报告', () => {
    expect(readTitle(['郑州市人社局2023年政府信息公开工作', '本报告依据条例编制'], 9)).toMatchObject({ agency: '郑州市人社局', year: 2023, lastLine: 1 });
  });

  it('reads nothing after the first heading', () => {
    expect(readTitle(['', '一、总体情况', '郑州市人社局2023年政府信息公开工作年度报告'], 2)).toBeUndefined();
  });

  it('stops at a long line: a title is short', () => {
    expect(readTitle(['本报告'.repeat(30), '郑州市人社局2023年政府信息公开工作年度报告'], 9)).toBeUndefined();
  });
});

describe('stripResidue(line)', () => {
  it('drops Markdown heading marks and Word bookmarks', () => {
    expect(stripResidue('## 一、总体情况')).toBe('一、总体情况');
    expect(stripResidue('[bookmark: _GoBack]本报告依据')).toBe('本报告依据');
  });
});
