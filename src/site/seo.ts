/** Page metadata shared by every page: absolute canonical and Open Graph URLs. */
export const SITE_NAME = '公开 · 政府信息公开年报数据';
export const SITE_DESCRIPTION = '把各级行政机关的政府信息公开工作年度报告变成可核对、可比较、可下载的开放数据。';

/** A path inside the site, with the configured base. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
