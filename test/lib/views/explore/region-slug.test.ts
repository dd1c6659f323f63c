import { describe, expect, it } from 'vitest';
import { placeSlug, provinceSlug, stripSuffix, toSlug } from '../../../../src/lib/views/explore/region-slug.ts';

describe('stripSuffix(name)', () => {
  it('drops the administrative suffix', () => {
    expect(['郑州市', '惠济区', '郑东新区', '河南省', '樟树市', '神农架林区', '兴安盟'].map(stripSuffix)).toEqual(['郑州', '惠济', '郑东', '河南', '樟树', '神农架', '兴安']);
  });
  it('keeps a name that would be left with one character', () => {
    expect(stripSuffix('单县')).toBe('单县');
    expect(stripSuffix('东区')).toBe('东区');
  });
  it('drops the peoples named in an autonomous area', () => {
    expect(stripSuffix('恩施土家族苗族自治州')).toBe('恩施');
    expect(stripSuffix('广西壮族自治区')).toBe('广西');
    expect(stripSuffix('延边朝鲜族自治州')).toBe('延边');
  });
});

describe('toSlug(text)', () => {
  it('writes toneless pinyin with ü as v', () => {
    expect(toSlug('郑州')).toBe('zhengzhou');
    expect(toSlug('吕梁')).toBe('lvliang');
  });
  it('uses the usual reading of names pinyin-pro reads wrongly', () => {
    expect(toSlug('单县')).toBe('shanxian');
    expect(toSlug('乐清')).toBe('yueqing');
  });
  it('keeps ascii letters and digits only', () => {
    expect(toSlug('X区A 1')).toBe('xqua1');
  });
});

describe('provinceSlug(name)', () => {
  it('tells 山西 from 陕西', () => {
    expect(provinceSlug('山西省')).toBe('shanxi');
    expect(provinceSlug('陕西省')).toBe('shaanxi');
  });
  it('reads the table for every form of a provincial name', () => {
    expect(['河南省', '河南', '重庆市', '新疆维吾尔自治区', '宁夏回族自治区', '香港特别行政区'].map(provinceSlug)).toEqual(['henan', 'henan', 'chongqing', 'xinjiang', 'ningxia', 'xianggang']);
  });
  it('falls back to pinyin for a name not in the table', () => {
    expect(provinceSlug('新疆生产建设兵团')).toBe('xinjiangshengchanjianshebingtuan');
  });
});

describe('placeSlug(name)', () => {
  it('slugs the seeds\' places', () => {
    expect(['郑州市', '惠济区', '郑东新区', '宜春市', '樟树市'].map(placeSlug)).toEqual(['zhengzhou', 'huiji', 'zhengdong', 'yichun', 'zhangshu']);
  });
  it('never returns an empty slug', () => {
    expect(placeSlug('（）')).toBe('region');
  });
});
