import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../src/lib/corpus/load.ts';
import { regionCounts } from '../../../../src/lib/views/explore/region-counts.ts';
import { ancestors, bodiesWithin, buildRegions, isWithin, regionLabel, siblingSlugs } from '../../../../src/lib/views/explore/regions.ts';
import { makeBody } from './make.ts';
import { seedContent } from '../../../fixtures/seed-content.ts';

const seeds = loadCorpus(seedContent());

describe('buildRegions(bodies)', () => {
  it('builds the seeds\' tree with readable path ids, parents first and siblings by id', () => {
    const index = buildRegions(seeds.bodies);
    expect(index.all.map((r) => [r.id, r.level, regionLabel(r)])).toEqual([
      ['henan', 'province', '河南省'],
      ['henan/zhengzhou', 'city', '河南省 郑州市'],
      ['henan/zhengzhou/huiji', 'county', '河南省 郑州市 惠济区'],
      ['henan/zhengzhou/zhengdong', 'county', '河南省 郑州市 郑东新区'],
      ['jiangxi', 'province', '江西省'],
      ['jiangxi/yichun', 'city', '江西省 宜春市'],
      ['jiangxi/yichun/zhangshu', 'county', '江西省 宜春市 樟树市'],
    ]);
    expect(index.roots).toEqual(['henan', 'jiangxi']);
    expect(index.byId.get('henan/zhengzhou')).toMatchObject({ children: ['henan/zhengzhou/huiji', 'henan/zhengzhou/zhengdong'], bodies: ['zhengzhou-government', 'zhengzhou-hrss'], parent: 'henan' });
    expect(Object.fromEntries(index.regionOfBody)).toEqual({
      'huiji-hrss': 'henan/zhengzhou/huiji',
      'zhangshu-hrss': 'jiangxi/yichun/zhangshu',
      'zhengdong-social-affairs': 'henan/zhengzhou/zhengdong',
      'zhengzhou-government': 'henan/zhengzhou',
      'zhengzhou-hrss': 'henan/zhengzhou',
    });
  });

  it('gives a region the same id whatever else is in the collection', () => {
    const one = buildRegions([makeBody('a', 'A', { province: '河南省', city: '郑州市' })]);
    const more = buildRegions([...seeds.bodies, makeBody('b', 'B', { province: '湖北省', city: '武汉市', county: '江夏区' })]);
    expect(one.byId.has('henan/zhengzhou')).toBe(true);
    expect(more.byId.has('henan/zhengzhou')).toBe(true);
    expect(more.byId.has('hubei/wuhan/jiangxia')).toBe(true);
  });

  it('places a county directly under its province when no city is named', () => {
    const index = buildRegions([makeBody('xiantao-gov', '仙桃市人民政府', { province: '湖北省', county: '仙桃市' }, 'government')]);
    expect(index.all.map((r) => [r.id, r.level])).toEqual([['hubei', 'province'], ['hubei/xiantao', 'county']]);
  });

  it('keeps siblings with one slug apart', () => {
    // 金水区 and 金水县 both strip to 金水: both take their full names; the city one is another level.
    const index = buildRegions([
      makeBody('a', 'A', { province: '河南省', city: '郑州市', county: '金水区' }),
      makeBody('b', 'B', { province: '河南省', city: '郑州市', county: '金水县' }),
      makeBody('c', 'C', { province: '河南省', city: '金水市' }),
    ]);
    expect(index.all.map((r) => r.id)).toEqual(['henan', 'henan/jinshui', 'henan/zhengzhou', 'henan/zhengzhou/jinshuiqu', 'henan/zhengzhou/jinshuixian']);
  });
});

describe('siblingSlugs(names, level)', () => {
  it('numbers names whose full pinyin is the same, in the order of the names', () => {
    expect(Object.fromEntries(siblingSlugs(['李县', '里县', '理县'], 'county'))).toEqual({ 李县: 'lixian', 理县: 'lixian-2', 里县: 'lixian-3' });
  });
});

describe('isWithin(id, ancestor)', () => {
  it('is a prefix test on whole segments', () => {
    expect(isWithin('henan/zhengzhou', 'henan')).toBe(true);
    expect(isWithin('henan', 'henan')).toBe(true);
    expect(isWithin('henanx', 'henan')).toBe(false);
    expect(isWithin('henan', '')).toBe(true);
  });
});

describe('bodiesWithin(index, id) and ancestors(index, id)', () => {
  const index = buildRegions(seeds.bodies);
  it('lists bodies of a region and its sub-regions', () => {
    expect(bodiesWithin(index, 'henan/zhengzhou')).toEqual(['huiji-hrss', 'zhengdong-social-affairs', 'zhengzhou-government', 'zhengzhou-hrss']);
    expect(bodiesWithin(index, 'jiangxi')).toEqual(['zhangshu-hrss']);
  });
  it('walks up to the province', () => {
    expect(ancestors(index, 'henan/zhengzhou/huiji').map((r) => r.name)).toEqual(['河南省', '郑州市', '惠济区']);
  });
});

describe('regionCounts(index, reportsByBody)', () => {
  const index = buildRegions(seeds.bodies);
  const byBody = new Map<string, typeof seeds.reports>();
  for (const r of seeds.reports) byBody.set(r.bodyId, [...(byBody.get(r.bodyId) ?? []), r]);
  it('counts bodies and reports of a region and everything below it', () => {
    const counts = regionCounts(index, byBody);
    expect(counts.get('henan')).toEqual({ bodies: 4, reports: 4, years: [2022, 2023] });
    expect(counts.get('henan/zhengzhou/huiji')).toEqual({ bodies: 1, reports: 1, years: [2023] });
    expect(counts.get('jiangxi/yichun')).toEqual({ bodies: 1, reports: 1, years: [2023] });
  });
});
