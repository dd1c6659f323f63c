import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bareName, guessRegion, splitPlaces } from '../../../src/lib/import/places.ts';
import { CONTENT, SEED_FILES, type SeedBody } from './temp-root.ts';

describe('splitPlaces(name)', () => {
  test.each([
    ['郑州市郑东新区社会事业局', ['郑州市', '郑东新区'], '社会事业局'],
    ['郑州市市场监督管理局', ['郑州市'], '市场监督管理局'],
    ['郑州市城市管理局', ['郑州市'], '城市管理局'],
    ['樟树市人社局', ['樟树市'], '人社局'],
    ['国家税务总局郑州市税务局', [], '国家税务总局郑州市税务局'],
  ])('%s', (name, places, rest) => {
    expect(splitPlaces(name)).toEqual({ places, rest });
  });
});

describe('guessRegion(name)', () => {
  const seeds = Object.keys(SEED_FILES) as SeedBody[];
  test.each(seeds)('agrees with the hand-written body.yml of %s', (seed) => {
    const body = parseYaml(readFileSync(join(CONTENT, seed, 'body.yml'), 'utf8')) as { name: string; region: object };
    expect(guessRegion(body.name)).toEqual({ region: body.region, todo: false, candidates: [] });
  });

  test.each([['樟树市人社局'], ['惠济区人社局'], ['郑州市惠济区人力资源和社会保障局']])('reads the place of the alias %s as well', (alias) => {
    expect(guessRegion(alias).todo).toBe(false);
  });

  test.each([
    ['河南省人民政府', { province: '河南省' }],
    ['南京市鼓楼区人民政府', { province: '江苏省', city: '南京市', county: '鼓楼区' }],
    ['北京市东城区人民政府', { province: '北京市', county: '东城区' }],
    ['上海市浦东新区人民政府', { province: '上海市', county: '浦东新区' }],
    ['济源市人民政府', { province: '河南省', county: '济源市' }],
    ['沛县教育局', { province: '江苏省', city: '徐州市', county: '沛县' }],
  ])('%s', (name, region) => {
    expect(guessRegion(name)).toEqual({ region, todo: false, candidates: [] });
  });

  test('a name that is in several places leaves the province TODO and lists them', () => {
    expect(guessRegion('鼓楼区人民政府')).toEqual({
      region: { province: 'TODO', county: '鼓楼区' },
      todo: true,
      candidates: ['江苏省南京市鼓楼区', '江苏省徐州市鼓楼区', '福建省福州市鼓楼区', '河南省开封市鼓楼区'],
    });
  });

  test('a name without a known place leaves the province TODO', () => {
    expect(guessRegion('国家税务总局郑州市税务局')).toEqual({ region: { province: 'TODO' }, todo: true, candidates: [] });
    expect(guessRegion('郑东新区社会事业局')).toEqual({ region: { province: 'TODO', county: '郑东新区' }, todo: true, candidates: [] });
  });
});

describe('bareName(place)', () => {
  test.each([
    ['郑州市', '郑州'],
    ['郑东新区', '郑东'],
    ['内蒙古自治区', '内蒙古'],
    ['沛县', '沛县'],
  ])('%s -> %s', (place, bare) => expect(bareName(place)).toBe(bare));
});
