/**
 * The compare page in the browser: restores the view named by the URL's
 * query string, redraws the table and the chart on every change of the
 * form, and keeps the URL in step (history.replaceState) so the address bar
 * always holds a link to what is on screen. Data comes from the build's
 * /compare/data.json and one /compare/data/<measure>.json per measure.
 *
 * Every text goes in through textContent or setAttribute, never as HTML.
 */
import type { BarChart } from '../lib/charts/bar.ts';
import { choicesOf, compareRows, entriesFor, parseState, PARAMS, stateQuery, type CompareIndex, type CompareMeasureFile, type CompareState } from '../lib/views/explore/compare.ts';
import { compareView, type CompareView } from '../lib/views/explore/compare-view.ts';
import { measureById, MEASURES } from '../lib/views/explore/measures.ts';
import { bodyPath, reportPath } from '../lib/views/explore/paths.ts';

const SVG = 'http://www.w3.org/2000/svg';
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const url = (path: string) => `${base}${path}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The same elements CompareChart.astro writes. */
export function drawBars(c: BarChart): Element {
  if (c.bars.length === 0) return el('p', { class: 'chart-empty' }, '没有可画的数值。');
  const bottom = c.plot.y + c.plot.height;
  const root = svg('svg', { viewBox: `0 0 ${c.width} ${c.height}`, width: c.width, height: c.height, role: 'img', 'aria-labelledby': 'compare-chart-title compare-chart-note', 'font-size': c.fontSize });
  const ticks = svg('g', { 'aria-hidden': 'true' });
  for (const t of c.xTicks) ticks.append(svg('line', { class: 'grid', x1: t.position, x2: t.position, y1: c.plot.y, y2: bottom }));
  for (const t of c.xTicks) ticks.append(svg('text', { class: 'tick', x: t.position, y: bottom + c.fontSize + 4, 'text-anchor': 'middle', 'font-size': c.fontSize - 2 }, t.label));
  root.append(ticks);
  for (const b of c.bars) {
    const g = svg('g', {});
    g.append(svg('title', {}, `${b.label}：${b.valueLabel}`));
    g.append(svg('text', { x: c.labelX, y: b.textY, 'text-anchor': 'end' }, b.label));
    if (b.width > 0) g.append(svg('rect', { x: b.x, y: b.y, width: b.width, height: b.height, fill: b.color }));
    g.append(svg('text', { x: b.valueX, y: b.textY }, b.valueLabel));
    root.append(g);
  }
  root.append(svg('line', { class: 'axis', x1: c.plot.x, x2: c.plot.x, y1: c.plot.y, y2: bottom, 'aria-hidden': 'true' }));
  return root;
}

function drawTable(table: HTMLTableElement, view: CompareView): void {
  table.caption!.textContent = view.caption;
  const valueHead = table.querySelector<HTMLElement>('th[data-col="value"]')!;
  valueHead.textContent = view.valueHeader;
  valueHead.setAttribute('aria-sort', view.ariaSort);
  const fractionHead = table.querySelector<HTMLElement>('th[data-col="fraction"]')!;
  fractionHead.hidden = !view.fractionHeader;
  const body = el('tbody');
  for (const r of view.rows) {
    const tr = el('tr');
    const name = el('th', { scope: 'row' });
    name.append(el('a', { href: url(bodyPath(r.bodyId)) }, r.name));
    const value = el('td', { class: 'num' });
    value.append(el('a', { href: url(reportPath(r.reportId)) }, r.value));
    const fraction = el('td', { class: 'num' }, r.fraction ?? '');
    fraction.hidden = !view.fractionHeader;
    tr.append(el('td', { class: 'num' }, r.rank), name, el('td', {}, r.region), el('td', {}, r.kind), value, fraction);
    body.append(tr);
  }
  table.tBodies[0]!.replaceWith(body);
}

function readForm(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) params.set(k, String(v));
  return params;
}

function writeForm(form: HTMLFormElement, state: CompareState): void {
  const set = (name: string, value: string) => {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select) select.value = value;
  };
  set(PARAMS.year, String(state.year));
  set(PARAMS.measure, state.measure);
  set(PARAMS.region, state.region);
  set(PARAMS.kind, state.kind);
  set(PARAMS.sort, state.sort);
}

export async function start(): Promise<void> {
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  const table = document.getElementById('compare-table') as HTMLTableElement | null;
  const chartBox = document.getElementById('compare-chart-svg');
  const status = document.getElementById('compare-status');
  if (!form || !table || !chartBox || !status) return;
  const root = document.getElementById('compare');
  const index = (await (await fetch(url('/compare/data.json'))).json()) as CompareIndex;
  const choices = choicesOf(index, MEASURES.map((m) => m.id));
  const files = new Map<string, Promise<CompareMeasureFile>>();
  const file = (measure: string) => {
    let f = files.get(measure);
    if (!f) {
      f = fetch(url(`/compare/data/${measure}.json`)).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.url}`);
        return r.json() as Promise<CompareMeasureFile>;
      });
      files.set(measure, f);
    }
    return f;
  };
  let drawn = 0;
  const show = async (state: CompareState, writeUrl: boolean) => {
    const ticket = ++drawn;
    root?.setAttribute('aria-busy', 'true');
    const data = await file(state.measure);
    // A later change may have finished first: only the newest draws.
    if (ticket !== drawn) return;
    const rows = compareRows(entriesFor(index, data, state.year), state);
    const view = compareView(rows, state, measureById.get(state.measure)!, index, chartBox.clientWidth || undefined);
    drawTable(table, view);
    chartBox.replaceChildren(drawBars(view.chart));
    document.getElementById('compare-chart-title')!.textContent = view.chartTitle;
    document.getElementById('compare-chart-note')!.textContent = view.chartNote;
    status.textContent = view.summary;
    if (writeUrl) history.replaceState(history.state, '', `${location.pathname}${stateQuery(state)}${location.hash}`);
    root?.setAttribute('aria-busy', 'false');
    root?.setAttribute('data-state', stateQuery(state));
  };
  const safely = (state: CompareState, writeUrl: boolean) =>
    show(state, writeUrl).catch((e: unknown) => {
      status.textContent = `数据加载失败（${String(e)}），请刷新页面重试。`;
      root?.setAttribute('aria-busy', 'false');
    });
  const update = () => void safely(parseState(readForm(form), choices), true);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  // The server drew the default view; a query names another one to restore.
  const initial = parseState(location.search, choices);
  writeForm(form, initial);
  await safely(initial, location.search !== '');
}
