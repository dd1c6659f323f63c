/**
 * What the search index knows besides a page's text: the kind of page, as
 * a Pagefind filter, read from the page's path so that every page gets one
 * without each page having to say so.
 */
const TYPES: Record<string, string> = { bodies: '机关', reports: '报告', regions: '地区', years: '年度' };

/** 机关, 报告, 地区, 年度 or 其他, from a path below the site's base. */
export function searchType(pathname: string, base = '/'): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const section = rest.replace(/^\/+/, '').split('/')[0] ?? '';
  // /bodies/<id>/ is a body; /bodies/ itself is an index of them.
  const deeper = rest.replace(/^\/+|\/+$/g, '').includes('/');
  return deeper ? (TYPES[section] ?? '其他') : '其他';
}

/** The search page's own labels, for Pagefind's default UI. */
export const SEARCH_UI_TRANSLATIONS = {
  placeholder: '搜索机关、地区、报告内容，如：人社、郑州、不予公开',
  clear_search: '清除',
  load_more: '显示更多结果',
  search_label: '搜索本站',
  filters_label: '筛选',
  zero_results: '没有找到与“[SEARCH_TERM]”相关的页面',
  many_results: '找到 [COUNT] 个与“[SEARCH_TERM]”相关的页面',
  one_result: '找到 [COUNT] 个与“[SEARCH_TERM]”相关的页面',
  alt_search: '没有找到与“[SEARCH_TERM]”相关的页面，改为显示“[DIFFERENT_TERM]”的结果',
  search_suggestion: '没有找到与“[SEARCH_TERM]”相关的页面，可以试试：',
  searching: '正在搜索“[SEARCH_TERM]”……',
} as const;
