import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../src/lib/corpus/load.ts';
import { compareRows, entriesFor } from '../../../../src/lib/views/explore/compare.ts';
import { compareIndex, compareMeasureFile } from '../../../../src/lib/views/explore/compare-data.ts';
import { compareView } from '../../../../src/lib/views/explore/compare-view.ts';
import { MEASURES, measureById } from '../../../../src/lib/views/explore/measures.ts';
import { buildRegions } from '../../../../src/lib/views/explore/regions.ts';
import { seedContent } from '../../../fixtures/seed-content.ts';

const seeds = loadCorpus(seedContent());
const regions = buildRegions(seeds.bodies);
const index = compareIndex(seeds.bodies, seeds.reports, regions);

describe('compareIndex(bodies, reports, regions)', () => {
  it('lists the seeds\' bodies, regions and reports', () => {
    expect(index.years).toEqual([2022, 2023]);
    expect(index.bodies.map((b) => [b.id, b.kind, b.region])).toEqual([
      ['huiji-hrss', 'department', 'henan/zhengzhou/huiji'],
      ['zhangshu-hrss', 'department', 'jiangxi/yichun/zhangshu'],
      ['zhengdong-social-affairs', 'department', 'henan/zhengzhou/zhengdong'],
      ['zhengzhou-government', 'government', 'henan/zhengzhou'],
      ['zhengzhou-hrss', 'department', 'henan/zhengzhou'],
    ]);
    expect(index.reports).toEqual([[0, 2023, 'huiji-hrss-2023'], [1, 2023, 'zhangshu-hrss-2023'], [2, 2023, 'zhengdong-social-affairs-2023'], [3, 2022, 'zhengzhou-government-2022'], [4, 2023, 'zhengzhou-hrss-2023']]);
    expect(index.regions[1]).toEqual({ id: 'henan/zhengzhou', name: '郑州市', label: '河南省 郑州市', depth: 2 });
  });
});

describe('compareMeasureFile(reports, measure)', () => {
  it('holds each report\'s own figure, in the index\'s order', () => {
    const file = compareMeasureFile(seeds.reports, 'applications.received.total');
    const byId = new Map(seeds.reports.map((r) => [r.id, r.report.applications.received.total]));
    expect(file.values).toEqual(index.reports.map(([, , id]) => byId.get(id)));
  });
  it('holds numerators and denominators of an indicator', () => {
    const file = compareMeasureFile(seeds.reports, 'disclosure_rate');
    expect(file.values).toBeUndefined();
    const zz = seeds.reports.find((r) => r.id === 'zhengzhou-hrss-2023')!.report.applications;
    expect([file.numerators![4], file.denominators![4]]).toEqual([zz.granted.total + zz.partially_granted.total, zz.total.total]);
  });
  it('exists for every measure', () => {
    for (const m of MEASURES) expect(compareMeasureFile(seeds.reports, m.id).measure).toBe(m.id);
  });
});

describe('the default view of the seeds', () => {
  it('ranks the 2023 reports by applications received', () => {
    const rows = compareRows(entriesFor(index, compareMeasureFile(seeds.reports, 'applications.received.total'), 2023), { region: '', kind: '', sort: 'desc' });
    const expected = seeds.reports.filter((r) => r.report.year === 2023).map((r) => r.report.applications.received.total).sort((a, b) => b - a);
    expect(rows.map((r) => r.value)).toEqual(expected);
    expect(rows).toHaveLength(4);
  });
});

describe('compareView(rows, state, measure, index, chartWidth)', () => {
  const state = { year: 2023, measure: 'disclosure_rate', region: '', kind: '' as const, sort: 'desc' as const };
  const rows = compareRows(entriesFor(index, compareMeasureFile(seeds.reports, 'disclosure_rate'), 2023), state);
  const view = compareView(rows, state, measureById.get('disclosure_rate')!, index);
  it('says what the view shows, in Chinese', () => {
    expect(view.caption).toBe('2023 年 · 公开率 · 全部地区 · 全部机关 · 从大到小');
    expect(view.summary).toBe('2023 年，全部地区 · 全部机关：4 个机关有报告；其中 1 个分母为 0，公开率无从计算，列在最后；公开率最高的是惠济区人力资源和社会保障局（100.0%）。');
    expect(view.rows.map((r) => [r.rank, r.value, r.fraction])).toEqual([['1', '100.0%', '1 / 1'], ['1', '100.0%', '8 / 8'], ['3', '13.0%', '3 / 23'], ['—', '不适用', '0 / 0']]);
    expect(view.chartNote).toBe('图中为全部 3 个有数值的机关。');
  });
  it('draws shares as percentages, as wide as asked within 280–560', () => {
    expect(view.chart.bars.map((b) => b.valueLabel)).toEqual(['100.0%', '100.0%', '13.0%']);
    expect(view.chart.xTicks.at(-1)!.label).toBe('100%');
    expect(view.chart.width).toBe(560);
    expect(compareView(rows, state, measureById.get('disclosure_rate')!, index, 358).chart.width).toBe(358);
    expect(compareView(rows, state, measureById.get('disclosure_rate')!, index, 100).chart.width).toBe(280);
  });
});
