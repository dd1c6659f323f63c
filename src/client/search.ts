/**
 * Starts Pagefind's default search UI on the search page. The UI and the
 * index are written by `pagefind --site <dir>` after the Astro build, so
 * they are loaded from the built site at run time, not bundled; a query in
 * the URL (?q=人社) is searched at once,
 * and the URL follows what is typed.
 */
import { SEARCH_UI_TRANSLATIONS } from '../lib/views/explore/search.ts';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

function load(src: string): Promise<void> {
  return new Promise((done, fail) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => done();
    script.onerror = () => fail(new Error(src));
    document.head.append(script);
  });
}

export async function start(): Promise<void> {
  const box = document.getElementById('search');
  const status = document.getElementById('search-status');
  if (!box || !status) return;
  try {
    await load(`${base}/pagefind/pagefind-ui.js`);
  } catch {
    status.textContent = '搜索索引尚未生成：站点构建后运行 pagefind 才有搜索功能。可以先从机关列表查找。';
    status.hidden = false;
    return;
  }
  const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: `${base}/pagefind/`,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: SEARCH_UI_TRANSLATIONS,
    processTerm: (term: string) => {
      const url = new URL(location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
      return term;
    },
  });
  // The default UI labels its input only with a title; tie it to the page's visible label.
  const input = box.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  const label = document.getElementById('search-label');
  if (input && label) {
    input.id = 'search-input';
    label.setAttribute('for', input.id);
    label.hidden = false;
  }
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}
