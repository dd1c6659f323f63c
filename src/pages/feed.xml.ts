/** /feed.xml: Atom feed of the reports most recently added to the collection. */
import type { APIRoute } from 'astro';
import { atomXml, feedEntries, feedUpdated } from '../lib/views/explore/feed.ts';
import { reportPath } from '../lib/views/explore/paths.ts';
import { siteData } from '../site/data.ts';
import { href, SITE_NAME } from '../site/seo.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(href(path), site).href;
  const entries = feedEntries((await siteData()).reports, (id) => absolute(reportPath(id)));
  const xml = atomXml({
    title: `${SITE_NAME}：新增报告`,
    subtitle: '新收录的政府信息公开工作年度报告，按收录日期排列。',
    home: absolute('/'),
    self: absolute('/feed.xml'),
    author: SITE_NAME,
    updated: feedUpdated(entries),
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
