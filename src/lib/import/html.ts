/**
 * A saved web page (or mammoth's HTML of a Word document) to report text:
 * one line per block, a table row as one line of tab-separated cells (the
 * layout the parser reads best), scripts, styles and forms dropped. On a
 * whole saved page, the site's header, menus and breadcrumbs before the
 * report's title are left out, so the title is the first thing in the text.
 */
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { compact, parseTitle } from '../read/title.ts';

const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'img', 'video', 'audio', 'map', 'select', 'button', 'input', 'textarea', 'option',
]);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
]);
/** A title line: the whole text of its element, ending in 报告. */
const TITLE = /(?:政府信息公开|政务公开|信息公开).{0,12}报告$/;
const MAX_TITLE = 80;
/** A web page's own lines between a title and the article: date, source, font size, print. */
const PAGE_INFO = /^(?:发布(?:时间|日期|机构|单位)|(?:信息|文章)?来源|作者|(?:责任)?编辑|浏览(?:次数)?|点击(?:数|量)?|阅读(?:量|次数)?|字号|【|打印|关闭|分享|索引号|主题分类|发文(?:机关|日期)|成文日期|生成日期|文号)\s*[：:\s【]/;
/** The first section heading: a title is looked for before it. */
const OVERVIEW = /^(?:第?[一1][、.．,，:：]?(?:部分)?)\S{0,4}总体情况/;

class Lines {
  readonly lines: string[] = [];
  private current = '';
  text(s: string): void {
    this.current += s;
  }
  break(): void {
    const line = this.current.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
  }
}

export function htmlToText(html: string): string {
  const $ = load(html);
  const body = ($('body')[0] ?? $.root()[0]) as AnyNode;
  const tables = $('table').toArray().filter((t) => isDataTable(t));
  const { title, heading } = findTitle(body);
  // The article is what holds both the first heading and the last table: the site's menus, share
  // bars, QR codes, related links and footer sit outside it on every government page template.
  const article = heading && tables.length ? commonAncestor(heading, tables.at(-1)!) : undefined;
  const content = article ?? (title && tables.length ? commonAncestor(title, tables.at(-1)!) : body);
  const out = new Lines();
  let titleLine: number | undefined;
  const walk = (node: AnyNode): void => {
    if (node === title) titleLine = out.lines.length;
    render(node, out, walk);
  };
  walk(content);
  out.break();
  let lines = out.lines;
  if (titleLine !== undefined) {
    // A title split over two elements (郑州市人民政府 / 2022年…报告) keeps its first line.
    const from = titleLine > 0 && !parseTitle(lines[titleLine]!).agency ? titleLine - 1 : titleLine;
    lines = lines.slice(from);
    const firstHeading = lines.findIndex((l) => OVERVIEW.test(compact(l)));
    lines = lines.filter((l, i) => i <= titleLine! - from || i >= firstHeading || !PAGE_INFO.test(l));
  } else {
    // The title stands outside the article (in its own header block, or only in the page's head).
    const outside = (title && titleText(title)) ?? headTitle($);
    if (outside) lines = [outside, ...lines];
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const titleText = (el: Element): string | undefined => {
  const lines = new Lines();
  const walk = (n: AnyNode): void => render(n, lines, walk);
  walk(el);
  lines.break();
  return lines.lines.join(' ') || undefined;
};

/** The report's title from the page's head: the article's meta, Open Graph, or <title> less the site's name. */
function headTitle($: ReturnType<typeof load>): string | undefined {
  const candidates = [
    $('meta[name="ArticleTitle"]').attr('content'),
    $('meta[property="og:title"]').attr('content'),
    $('h1').first().text(),
    ...$('title').text().split(/\s*(?:[_|｜]|--|—|-\s)\s*/),
  ];
  for (const c of candidates) {
    const text = c?.replace(/\s+/g, ' ').trim();
    if (text && text.length <= MAX_TITLE && TITLE.test(compact(text))) return text;
  }
  return undefined;
}

function render(node: AnyNode, out: Lines, walk: (n: AnyNode) => void): void {
  if (node.type === 'text') {
    out.text(node.data);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.type === 'tag' ? node.name.toLowerCase() : '';
  if (DROPPED.has(name)) return;
  if (name === 'br') {
    out.break();
    return;
  }
  if (name === 'table' && isDataTable(node as Element)) {
    out.break();
    for (const row of rows(node as Element)) out.lines.push(row);
    return;
  }
  if (name === 'pre') {
    out.break();
    for (const line of textOf(node).split('\n')) {
      out.text(line);
      out.break();
    }
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.break();
  for (const child of childrenOf(node)) walk(child);
  if (block) out.break();
}

const childrenOf = (node: AnyNode): AnyNode[] => ('children' in node ? (node.children as AnyNode[]) : []);

/** A table holding figures, as opposed to one that lays out a whole page and holds tables itself. */
function isDataTable(table: Element): boolean {
  const nested = (node: AnyNode): boolean =>
    childrenOf(node).some((c) => c.type === 'tag' && (c.name.toLowerCase() === 'table' || nested(c)));
  return !nested(table);
}

/** Each row as tab-separated cells; a cell's own lines joined with a space. */
function rows(table: Element): string[] {
  const out: string[] = [];
  const visit = (node: AnyNode) => {
    for (const child of childrenOf(node)) {
      if (child.type !== 'tag') continue;
      const name = child.name.toLowerCase();
      if (name === 'tr') {
        const cells = childrenOf(child)
          .filter((c): c is Element => c.type === 'tag' && /^t[dh]$/i.test(c.name))
          .map((c) => cellText(c));
        if (cells.some(Boolean)) out.push(cells.join('\t'));
      } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return out;
}

function cellText(cell: Element): string {
  const lines = new Lines();
  const walk = (n: AnyNode): void => render(n, lines, walk);
  for (const child of cell.children) walk(child);
  lines.break();
  return lines.lines.join(' ').replace(/\t/g, ' ');
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'tag' && DROPPED.has(node.name.toLowerCase())) return '';
  return childrenOf(node).map(textOf).join('');
}


/**
 * The element whose whole text is the report's title: the last such before
 * the first section heading, so that a page title or breadcrumb repeating
 * it is passed over; and that heading's element.
 */
function findTitle(body: AnyNode): { title?: Element; heading?: Element } {
  let title: Element | undefined;
  let heading: Element | undefined;
  const visit = (node: AnyNode) => {
    for (const child of childrenOf(node)) {
      if (heading) return;
      if (child.type !== 'tag' || DROPPED.has(child.name.toLowerCase())) continue;
      const text = compact(textOf(child));
      if (text.length <= MAX_TITLE && OVERVIEW.test(text)) {
        heading = child;
        return;
      }
      if (text.length <= MAX_TITLE && TITLE.test(text) && !hasTitleChild(child)) title = child;
      else visit(child);
    }
  };
  visit(body);
  return { ...(title ? { title } : {}), ...(heading ? { heading } : {}) };
}

function hasTitleChild(el: Element): boolean {
  return el.children.some((c) => c.type === 'tag' && TITLE.test(compact(textOf(c))));
}

function commonAncestor(a: AnyNode, b: AnyNode): AnyNode {
  const chain = new Set<AnyNode>();
  for (let n: AnyNode | null = a; n; n = n.parent) chain.add(n);
  for (let n: AnyNode | null = b; n; n = n.parent) if (chain.has(n)) return n;
  return a;
}
