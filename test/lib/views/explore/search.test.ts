import { describe, expect, it } from 'vitest';
import { searchType } from '../../../../src/lib/views/explore/search.ts';

describe('searchType(pathname, base)', () => {
  it('names the kind of a body, report, region or year page', () => {
    expect(['/bodies/zhengzhou-hrss/', '/reports/zhengzhou-hrss-2023/', '/regions/henan/zhengzhou/', '/years/2023/'].map((p) => searchType(p))).toEqual(['机关', '报告', '地区', '年度']);
  });
  it('calls indexes and every other page 其他', () => {
    expect(['/', '/bodies/', '/regions/', '/about/', '/compare/', '/data/x/'].map((p) => searchType(p))).toEqual(['其他', '其他', '其他', '其他', '其他', '其他']);
  });
  it('reads the path below the base', () => {
    expect(searchType('/gongkai/bodies/x/', '/gongkai/')).toBe('机关');
    expect(searchType('/gongkai/bodies/x/', '/gongkai')).toBe('机关');
  });
});
