import { describe, expect, it } from 'vitest';
import { Body, isWebUrl, ReportMeta } from '../../../src/lib/model/metadata.ts';

describe('isWebUrl(s): source and website links', () => {
  it('accepts http(s) links with a host', () => {
    for (const s of ['https://www.zhengzhou.gov.cn/zfxxgk/2023.html', 'http://hrss.zhengzhou.gov.cn:8080/a?b=1#c', 'https://例子.中国/报告']) expect(isWebUrl(s), s).toBe(true);
  });

  // Issue 10: the first was accepted and a browser goes to evil.com.
  it('refuses links whose host a person and a browser read differently, and every other scheme', () => {
    for (const s of [
      'https://evil.com\\@good.com',
      'https://good.com@evil.com',
      'https://user:pw@good.com/',
      'https://good.com\\path',
      'https://good.com/a b',
      'https://good.com/\n',
      'https:///path',
      'https://',
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://good.com/',
      '//good.com/',
    ]) {
      expect(isWebUrl(s), JSON.stringify(s)).toBe(false);
    }
  });

  it('is the check of source in <year>.yml and of website in body.yml', () => {
    expect(ReportMeta.safeParse({ source: 'https://evil.com\\@good.com' }).success).toBe(false);
    expect(Body.safeParse({ name: '局', region: { province: '河南省' }, kind: 'department', website: 'https://a@b.cn' }).success).toBe(false);
    expect(ReportMeta.safeParse({ source: 'https://good.com/r.html' }).success).toBe(true);
  });
});
