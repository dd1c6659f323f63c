/**
 * Metadata kept beside the reports: one `body.yml` per body, and for a report
 * `<year>.txt` an optional `<year>.yml` with its provenance, corrections and
 * waivers. Contributors write these by hand, so they are checked as strictly
 * as the reports.
 */
import { z } from 'zod';
import { RULE_IDS } from '../diagnostics/diagnostic.ts';

export const BODY_KINDS = { government: '人民政府', department: '政府部门' } as const;

/** What `gongkai add` writes where it cannot tell a value; check refuses it until someone fills it in. */
export const TODO = 'TODO';

const filled = (message: string) => z.string().min(1).refine((v) => !v.includes(TODO), message);

export const Region = z.strictObject({
  province: filled('省份尚未填写：请把 TODO 换成机关所在的省、自治区或直辖市，如“河南省”'),
  city: filled('地级市尚未填写：请把 TODO 换成机关所在的地级市，如“郑州市”；直辖市、省直辖县的机关删去这一行').optional(),
  county: filled('区县尚未填写：请把 TODO 换成机关所在的区、县或县级市，如“惠济区”；市级、省级机关删去这一行').optional(),
});

/**
 * Links that pages print as href: only the web, never javascript: or data:,
 * and read the same by a person and a browser. `https://evil.com\@good.com`
 * looks like good.com but a browser goes to evil.com (it reads \ as /), and
 * `https://good.com@evil.com` hides its host behind user info: so no
 * backslash, whitespace or control character anywhere, and no user info.
 */
export function isWebUrl(s: string): boolean {
  if (!WEB_URL.test(s)) return false;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
}

const WEB_URL = /^https?:\/\/[^\s\u0000-\u001f\u007f\\/?#@]+(?:[/?#][^\s\u0000-\u001f\u007f\\]*)?$/i;

export const WebUrl = z.string().refine(isWebUrl, { error: '须为 http:// 或 https:// 开头的网址' });

export const Body = z.strictObject({
  /** Official name, as the body signs its reports. */
  name: z.string().min(1),
  /** Other names the body's titles use (樟树市人社局 for 樟树市人力资源和社会保障局). */
  aliases: z.array(z.string().min(1)).default([]),
  region: Region,
  kind: z.enum(['government', 'department']),
  website: WebUrl.optional(),
});

const IsoDate = z.iso.date();

export const Correction = z.strictObject({
  line: z.number().int().positive(),
  /** The line exactly as published. */
  published: z.string(),
  /** What the portal publishes instead. */
  corrected: z.string(),
  reason: z.string().min(1),
});

export const Waiver = z.strictObject({
  rule: z.enum(RULE_IDS),
  line: z.number().int().positive(),
  reason: z.string().min(1),
});

export const ReportMeta = z.strictObject({
  source: WebUrl.optional(),
  retrieved: IsoDate.optional(),
  /** When the report was added to the portal. */
  added: IsoDate.optional(),
  corrections: z.array(Correction).default([]),
  waivers: z.array(Waiver).default([]),
});

export type Region = z.output<typeof Region>;
export type Body = z.output<typeof Body>;
export type Correction = z.output<typeof Correction>;
export type Waiver = z.output<typeof Waiver>;
export type ReportMeta = z.output<typeof ReportMeta>;

/** A zod issue as a line a contributor can act on. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : '（顶层）';
  return `${where}: ${issue.message}`;
}
