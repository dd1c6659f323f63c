/**
 * The three tables of a report as rows of label cells and value cells, in
 * the shapes the model table is printed in. Layouts (layouts.ts) turn rows
 * into text; a `\n` inside a label marks where Word breaks it over lines.
 */
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../src/lib/model/catalogue.ts';
import type { Figures } from './figures.ts';
import type { Random } from './random.ts';

export interface Row {
  /** Label cells; '' is an empty (merged) cell. */
  labels: string[];
  /** Value cells, already formatted. */
  values: string[];
  header?: boolean;
  /** In a header row, the cell over the first value column (aligned layouts line it up). */
  valueStart?: number;
  /** Rows a correction may replace: `applications.<row id>` or `appeals`. */
  key?: string;
}

export interface LabelStyle {
  /** （一） or (一)␠ */
  brackets: 'full' | 'ascii';
  /** 1. or 1.␠ or 1、 */
  item: '1.' | '1. ' | '1、';
  /** Whether Word broke long labels over lines (only the Word layout shows it). */
  breaks: boolean;
}

const GROUP_NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

function group(n: number, style: LabelStyle): string {
  const numeral = GROUP_NUMERALS[n - 1]!;
  return style.brackets === 'full' ? `（${numeral}）` : `(${numeral}) `;
}

const item = (n: number, style: LabelStyle) => `${n}${style.item.slice(1)}`;

/** Word's breaks, only at places that cannot make another row's key appear alone. */
const breakAt = (text: string, style: LabelStyle, at: string, gap = '\n') => (style.breaks ? text.replace(at, `${at}${gap}`) : text);

export function activeRows(f: Figures, fmt: (n: number) => string, feeFmt: (n: number) => string, r: Random): Row[] {
  const a = f.active_disclosure;
  const feeUnit = r.pick(['本年收费金额（单位：万元）', '本年收费金额（单位：万元，保留4位小数）', '本年收费金额（万元）']);
  const docs = (d: { issued: number; repealed: number; in_force: number }) => [d.issued, d.repealed, d.in_force].map(fmt);
  return [
    { labels: ['第二十条第（一）项'], values: [], header: true },
    { labels: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], values: [], header: true },
    { labels: ['规章'], values: docs(a.regulations) },
    { labels: ['行政规范性文件'], values: docs(a.normative_documents) },
    { labels: ['第二十条第（五）项'], values: [], header: true },
    { labels: ['信息内容', '本年处理决定数量'], values: [], header: true },
    { labels: ['行政许可'], values: [fmt(a.licensing)] },
    { labels: ['第二十条第（六）项'], values: [], header: true },
    { labels: ['信息内容', '本年处理决定数量'], values: [], header: true },
    { labels: ['行政处罚'], values: [fmt(a.penalty)] },
    { labels: ['行政强制'], values: [fmt(a.coercion)] },
    { labels: ['第二十条第（八）项'], values: [], header: true },
    { labels: ['信息内容', feeUnit], values: [], header: true },
    { labels: ['行政事业性收费'], values: [feeFmt(a.fees)] },
  ];
}

/** Labels of the applications rows as printed: one, two or three label cells. */
function applicationLabels(style: LabelStyle): string[][] {
  const g = (n: number) => group(n, style);
  const i = (n: number) => item(n, style);
  const partial = style.brackets === 'full' ? '部分公开（区分处理的，只计这一情形，不计其他情形）' : '部分公开 (区分处理的, 只计这一情形, 不计其他情形)';
  return [
    ['一、本年新收政府信息公开申请数量', ''],
    ['二、上年结转政府信息公开申请数量', ''],
    ['三、本年度办理结果', `${g(1)}予以公开`],
    ['', `${g(2)}${partial}`],
    ['', breakAt(`${g(3)}不予公开`, style, '不予', '\n\n'), `${i(1)}属于国家秘密`],
    ['', '', `${i(2)}其他法律行政法规禁止公开`],
    ['', '', `${i(3)}危及“三安全一稳定”`],
    ['', '', `${i(4)}保护第三方合法权益`],
    ['', '', `${i(5)}属于三类内部事务信息`],
    ['', '', `${i(6)}属于四类过程性信息`],
    ['', '', `${i(7)}属于行政执法案卷`],
    ['', '', `${i(8)}属于行政查询事项`],
    ['', breakAt(`${g(4)}无法提供`, style, '无法'), `${i(1)}本机关不掌握相关政府信息`],
    ['', '', `${i(2)}没有现成信息需要另行制作`],
    ['', '', `${i(3)}补正后申请内容仍不明确`],
    ['', breakAt(`${g(5)}不予处理`, style, '不予'), `${i(1)}信访举报投诉类申请`],
    ['', '', `${i(2)}重复申请`],
    ['', '', `${i(3)}要求提供公开出版物`],
    ['', '', `${i(4)}无正当理由大量反复申请`],
    ['', '', breakAt(`${i(5)}要求行政机关确认或重新出具已获取信息`, style, '确认或重新')],
    ['', breakAt(`${g(6)}其他处理`, style, '其他'), breakAt(`${i(1)}申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请`, style, '行政机关不再处理')],
    ['', '', `${i(2)}申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`],
    ['', '', `${i(3)}其他`],
    ['', `${g(7)}总计`],
    ['四、结转下年度继续办理', ''],
  ];
}

export function applicationRows(f: Figures, fmt: (n: number) => string, style: LabelStyle): Row[] {
  const labels = applicationLabels(style);
  const note = style.brackets === 'full' ? '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' : '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)';
  const header: Row[] = [
    { labels: [note, '', '申请人情况', '', '', '', '', '', '总计'], values: [], header: true, valueStart: 2 },
    { labels: ['', '', '自然人', '法人或其他组织', '', '', '', '', ''], values: [], header: true, valueStart: 2 },
    { labels: ['', '', '', breakAt('商业企业', style, '商业'), breakAt('科研机构', style, '科研'), '社会公益组织', '法律服务机构', '其他', ''], values: [], header: true, valueStart: 2 },
  ];
  return [
    ...header,
    ...APPLICATION_ROWS.map((row, k) => ({
      labels: labels[k]!,
      values: APPLICANT_COLUMNS.map((c) => fmt(f.applications[row.id][c.id])),
      key: `applications.${row.id}`,
    })),
  ];
}

const APPEAL_HEADS = APPEAL_COLUMNS.map((c) => c.label);

/** The model table: a two-level header and one row of 15 values. */
export function appealRowsFlat(f: Figures, fmt: (n: number) => string, style: LabelStyle, spaced: boolean): Row[] {
  const heads = APPEAL_HEADS.map((h) => (spaced ? `${h.slice(0, 2)} ${h.slice(2)}` : h === '总计' ? h : breakAt(h, style, h.slice(0, 2))));
  const values = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => fmt(f.review_litigation[g.id][c.id])));
  return [
    { labels: ['行政复议', '', '', '', '', '行政诉讼'], values: [], header: true },
    { labels: [...heads, '未经复议直接起诉', '', '', '', '', '复议后起诉'], values: [], header: true },
    { labels: ['', '', '', '', '', ...heads, ...heads], values: [], header: true },
    { labels: [], values, key: 'appeals' },
  ];
}

/** Transposed: one labelled row of five per group, as some bodies print it. */
export function appealRowsTransposed(f: Figures, fmt: (n: number) => string): Row[] {
  const names: Record<string, string> = { administrative_review: '行政复议', litigation_direct: '行政诉讼（未经复议直接起诉）', litigation_after_review: '行政诉讼（复议后起诉）' };
  return [
    { labels: ['项目', ...APPEAL_HEADS], values: [], header: true },
    ...APPEAL_GROUPS.map((g) => ({ labels: [names[g.id]!], values: APPEAL_COLUMNS.map((c) => fmt(f.review_litigation[g.id][c.id])), key: `appeals.${g.id}` })),
  ];
}
