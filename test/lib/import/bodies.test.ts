import { describe, expect, it } from 'vitest';
import { findBody, type KnownBody } from '../../../src/lib/import/bodies.ts';
import { bodyKind, withAlias } from '../../../src/lib/import/metadata-files.ts';

const body = (id: string, name: string, region: Record<string, string>, aliases: string[] = []): KnownBody => ({
  id,
  meta: { name, aliases, region: region as never, kind: bodyKind(name) },
});

const BODIES = [
  body('pingtan', '平潭综合实验区管理委员会', { province: '福建省', city: '福州市', county: '平潭县' }, ['平潭综合实验区']),
  body('huaian-government', '淮安市人民政府', { province: '江苏省', city: '淮安市' }),
  body('zhangshu-hrss', '樟树市人力资源和社会保障局', { province: '江西省', city: '宜春市', county: '樟树市' }),
  body('zhangshu-gov', '樟树市人民政府', { province: '江西省', city: '宜春市', county: '樟树市' }),
];

describe('findBody(agency, bodies): next year’s report joins this year’s body', () => {
  it.each([
    ['平潭综合实验区管理委员会', 'pingtan', undefined],
    ['平潭综合实验区', 'pingtan', '平潭综合实验区'],
    ['平潭综合实验区管委会', 'pingtan', '平潭综合实验区管委会'],
    ['江苏省淮安市人民政府', 'huaian-government', '江苏省淮安市人民政府'],
    ['淮安市政府', 'huaian-government', '淮安市政府'],
    ['樟树市人社局', 'zhangshu-hrss', '樟树市人社局'],
    ['江西省樟树市人民政府', 'zhangshu-gov', '江西省樟树市人民政府'],
  ])('%s is %s', (agency, id, alias) => {
    const match = findBody(agency, BODIES);
    expect([match?.body.id, match?.alias]).toEqual([id, alias]);
  });

  it.each(['淮安市人力资源和社会保障局', '江苏省人民政府', '人民政府', '福州市人民政府'])('%s is no known body', (agency) => {
    expect(findBody(agency, BODIES)).toBeUndefined();
  });
});

describe('bodyKind(name)', () => {
  it.each([
    ['淮安市人民政府', 'government'],
    ['平潭综合实验区管理委员会', 'government'],
    ['平潭综合实验区管委会', 'government'],
    ['郑州市人力资源和社会保障局', 'department'],
  ])('%s is a %s', (name, kind) => expect(bodyKind(name)).toBe(kind));
});

describe('withAlias(yaml, alias)', () => {
  const yaml = '# 注释保留\nname: 平潭综合实验区管理委员会\naliases: []\nkind: government\n';
  it('adds the alias and keeps the comments', () => {
    expect(withAlias(yaml, '平潭综合实验区管委会')).toBe('# 注释保留\nname: 平潭综合实验区管理委员会\naliases:\n  - 平潭综合实验区管委会\nkind: government\n');
  });
  it('leaves a file that has it, or cannot be read, as it is', () => {
    const has = withAlias(yaml, '甲');
    expect(withAlias(has, '甲')).toBe(has);
    expect(withAlias('name: [', '甲')).toBe('name: [');
  });
});
