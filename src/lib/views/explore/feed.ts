/**
 * The Atom feed of newly added reports (RFC 4287). Deterministic: entries
 * are dated by the `added` date of their <year>.yml, the feed by the newest
 * of those, never by the time of the build; reports without an `added`
 * date are not "newly added" and stay out.
 */
import { formatCount, formatPercent } from '../../charts/format.ts';
import { indicatorById, indicator } from '../../model/indicators.ts';
import type { Report } from '../../model/schema.ts';

export interface FeedRecord {
  id: string;
  added?: string;
  report: Report;
}

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the site's home page. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  author: string;
  updated: string;
  entries: FeedEntry[];
}

/** The date the feed says it was last changed when no report has an `added` date. */
export const NEVER = '1970-01-01T00:00:00Z';

const timestamp = (date: string) => `${date}T00:00:00Z`;

export const escapeXml = (text: string): string =>
  // Characters XML 1.0 forbids outright (control characters other than tab and newlines) are dropped.
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** One line about the report, from its figures. */
export function reportSummary(report: Report): string {
  const rate = indicator(indicatorById.get('disclosure_rate')!, report).value;
  const parts = [`本年新收申请 ${formatCount(report.applications.received.total)} 件`, `办理 ${formatCount(report.applications.total.total)} 件`];
  if (rate !== null) parts.push(`公开率 ${formatPercent(rate)}`);
  return `${report.agency} ${report.year} 年政府信息公开工作年度报告：${parts.join('，')}。`;
}

/** The newest `limit` reports with an `added` date, newest first, ties by id. */
export function feedEntries(records: readonly FeedRecord[], link: (reportId: string) => string, limit = 100): FeedEntry[] {
  return records
    .filter((r): r is FeedRecord & { added: string } => Boolean(r.added))
    .sort((a, b) => (a.added !== b.added ? (a.added < b.added ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((r) => ({
      id: link(r.id),
      title: `${r.report.agency} ${r.report.year} 年政府信息公开工作年度报告`,
      link: link(r.id),
      updated: timestamp(r.added),
      summary: reportSummary(r.report),
    }));
}

/** The newest entry's date, or NEVER. */
export const feedUpdated = (entries: readonly FeedEntry[]): string => entries.reduce((u, e) => (e.updated > u ? e.updated : u), NEVER);

export function atomXml(feed: Feed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(feed.self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <updated>${e.updated}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
