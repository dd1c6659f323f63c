import { describe, expect, it } from 'vitest';
import { atomXml, escapeXml, feedEntries, feedUpdated, NEVER, reportSummary } from '../../../../src/lib/views/explore/feed.ts';
import { makeBody, record } from './make.ts';

const body = makeBody('zz-hrss', '郑州市人力资源和社会保障局', { province: '河南省', city: '郑州市' });
const link = (id: string) => `https://example.org/reports/${id}/`;

describe('feedEntries(records, link, limit)', () => {
  const records = [
    record(body, 2021, {}, '2026-01-02'),
    record(body, 2022, {}),
    record(body, 2023, { applications: { received: 23, total: 20, granted: 10 } }, '2026-03-01'),
    { ...record(body, 2020, {}, '2026-03-01'), id: 'aa-2020' },
  ];
  it('lists reports with an added date, newest first, ties by id', () => {
    expect(feedEntries(records, link).map((e) => [e.id, e.updated])).toEqual([
      ['https://example.org/reports/aa-2020/', '2026-03-01T00:00:00Z'],
      ['https://example.org/reports/zz-hrss-2023/', '2026-03-01T00:00:00Z'],
      ['https://example.org/reports/zz-hrss-2021/', '2026-01-02T00:00:00Z'],
    ]);
    expect(feedEntries(records, link, 1)).toHaveLength(1);
  });
  it('dates the feed by its newest entry, never by the clock', () => {
    expect(feedUpdated(feedEntries(records, link))).toBe('2026-03-01T00:00:00Z');
    expect(feedUpdated([])).toBe(NEVER);
  });
});

describe('reportSummary(report)', () => {
  it('says what the report counted', () => {
    expect(reportSummary(record(body, 2023, { applications: { received: 1234, total: 20, granted: 10 } }).report)).toBe('郑州市人力资源和社会保障局 2023 年政府信息公开工作年度报告：本年新收申请 1,234 件，办理 20 件，公开率 50.0%。');
    expect(reportSummary(record(body, 2023).report)).toBe('郑州市人力资源和社会保障局 2023 年政府信息公开工作年度报告：本年新收申请 0 件，办理 0 件。');
  });
});

describe('escapeXml(text)', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'\u0001\u0008`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});

describe('atomXml(feed)', () => {
  it('writes a whole Atom document', () => {
    const entries = feedEntries([record({ ...body, meta: { ...body.meta, name: 'A&B<局>' } }, 2023, {}, '2026-03-01')], link);
    entries[0]!.title = 'A&B<局> 2023';
    expect(atomXml({ title: '新增报告', subtitle: '说明', home: 'https://example.org/', self: 'https://example.org/feed.xml', author: '公开', updated: feedUpdated(entries), entries })).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
        <title>新增报告</title>
        <subtitle>说明</subtitle>
        <id>https://example.org/feed.xml</id>
        <link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>
        <link rel="alternate" type="text/html" href="https://example.org/"/>
        <updated>2026-03-01T00:00:00Z</updated>
        <author><name>公开</name></author>
        <entry>
          <id>https://example.org/reports/zz-hrss-2023/</id>
          <title>A&amp;B&lt;局&gt; 2023</title>
          <link rel="alternate" type="text/html" href="https://example.org/reports/zz-hrss-2023/"/>
          <updated>2026-03-01T00:00:00Z</updated>
          <summary>A&amp;B&lt;局&gt; 2023 年政府信息公开工作年度报告：本年新收申请 0 件，办理 0 件。</summary>
        </entry>
      </feed>
      "
    `);
  });
});
