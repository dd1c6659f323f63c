/**
 * One whole report file: title, section headings, prose and the three
 * tables, in a chosen layout, with the text-level quirks real files have
 * (CRLF, byte-order mark, full-width digits, thousands separators, Word
 * bookmark residue). Returns the file's lines and what the parser must read.
 */
import { SECTIONS } from '../../src/lib/model/catalogue.ts';
import type { LineCorrection } from '../../src/lib/read/report.ts';
import type { Narrative } from '../../src/lib/model/schema.ts';
import type { GeneratedBody } from './bodies.ts';
import type { Figures } from './figures.ts';
import { renderTable, type RenderedTable, type TableStyle } from './layouts.ts';
import type { Paragraph, Prose } from './narrative.ts';
import type { Random } from './random.ts';
import { activeRows, appealRowsFlat, appealRowsTransposed, applicationRows, type LabelStyle, type Row } from './tables.ts';

export const LAYOUTS = ['web-tabs', 'word-cells', 'markdown-tabs', 'markdown-pipes', 'pdf-spaces', 'pdf-text'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const TITLE_SHAPES = ['plain', 'spaced', 'alias-two-lines', 'name-then-year', 'year-first', 'chinese-year', 'guanyu', 'quoted'] as const;
export type TitleShape = (typeof TITLE_SHAPES)[number];

export type HeadingStyle = 'chinese' | 'arabic' | 'part' | 'markdown';

export interface Variant {
  layout: Layout;
  headings: HeadingStyle;
  title: TitleShape;
  crlf: boolean;
  bom: boolean;
  /** Table figures in ASCII, full-width (２３) or a mixture. */
  digits: 'ascii' | 'full' | 'mixed';
  /** 1,608,911 for figures of 1,000 and more. */
  thousands: boolean;
  /** 四's table as the model prints it, or as three labelled rows. */
  appeals: 'flat' | 'transposed';
  labels: LabelStyle;
}

const TABLE_STYLE: Record<Layout, TableStyle> = {
  'web-tabs': 'tabs',
  'word-cells': 'word',
  'markdown-tabs': 'tabs',
  'markdown-pipes': 'pipes',
  'pdf-spaces': 'spaces',
  'pdf-text': 'single-spaces',
};

const HEADINGS: Record<Layout, readonly HeadingStyle[]> = {
  'web-tabs': ['chinese', 'chinese', 'arabic'],
  'word-cells': ['chinese', 'chinese', 'arabic'],
  'markdown-tabs': ['markdown'],
  'markdown-pipes': ['markdown'],
  'pdf-spaces': ['chinese', 'part', 'arabic'],
  'pdf-text': ['chinese', 'part'],
};

export function pickVariant(r: Random, given: Partial<Variant> = {}): Variant {
  const layout = given.layout ?? r.pick(LAYOUTS);
  const x = r.next();
  const item = r.next();
  return {
    layout,
    headings: given.headings ?? r.pick(HEADINGS[layout]),
    title: given.title ?? r.pick(TITLE_SHAPES),
    crlf: given.crlf ?? r.chance(0.2),
    bom: given.bom ?? r.chance(0.15),
    digits: given.digits ?? (x < 0.1 ? 'full' : x < 0.15 ? 'mixed' : 'ascii'),
    thousands: given.thousands ?? r.chance(0.4),
    appeals: given.appeals ?? (layout !== 'word-cells' && r.chance(0.25) ? 'transposed' : 'flat'),
    labels: given.labels ?? { brackets: r.chance(0.6) ? 'full' : 'ascii', item: item < 0.5 ? '1.' : item < 0.9 ? '1. ' : '1、', breaks: layout === 'word-cells' && r.chance(0.7) },
  };
}

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '．' };
const toFullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function withThousands(s: string): string {
  const [int, frac] = s.split('.') as [string, string?];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function formatter(variant: Variant, r: Random) {
  return (n: number) => {
    let s = String(n);
    if (variant.thousands && n >= 1000) s = withThousands(s);
    if (variant.digits === 'full' || (variant.digits === 'mixed' && r.chance(0.5))) s = toFullWidth(s);
    return s;
  };
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

function titleLines(body: GeneratedBody, year: number, variant: Variant, r: Random): string[] {
  const name = body.meta.name;
  const alias = body.meta.aliases.length ? r.pick(body.meta.aliases) : name;
  const y = variant.digits === 'full' ? toFullWidth(String(year)) : String(year);
  const lines = ((): string[] => {
    switch (variant.title) {
      case 'plain': return [`${name}${y}年政府信息公开工作年度报告`];
      case 'spaced': return [`${name} ${y} 年政府信息公开 工作年度报告`];
      case 'alias-two-lines': return [`${alias}${y}年政府信息公开工作`, '年度报告'];
      case 'name-then-year': return [name, '', `${y}年政府信息公开工作年度报告`];
      case 'year-first': return [`${y}年度${alias}政府信息公开工作报告`];
      case 'chinese-year': return [`${name}${[...String(year)].map((d) => CHINESE_DIGITS[Number(d)]).join('')}年政府信息公开工作年度报告`];
      case 'guanyu': return [`${alias}关于${y}年度政府信息公开工作的报告`];
      case 'quoted': return [`《${name}${y}年政府信息公开工作年度报告》`];
    }
  })();
  if (variant.headings === 'markdown') lines[0] = `# ${lines[0]}`;
  return lines;
}

const SECTION_WORDING: Record<string, readonly string[]> = {
  overview: ['总体情况'],
  active_disclosure: ['主动公开政府信息情况', '行政机关主动公开政府信息情况'],
  applications: ['收到和处理政府信息公开申请情况', '行政机关收到和处理政府信息公开申请情况'],
  review_litigation: ['政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  problems: ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况'],
  other_matters: ['其他需要报告的事项'],
};

function heading(index: number, style: HeadingStyle, r: Random): string {
  const section = SECTIONS[index]!;
  const title = r.pick(SECTION_WORDING[section.id]!);
  switch (style) {
    case 'chinese': return `${section.numeral}、${title}`;
    case 'arabic': return `${index + 1}${r.pick(['、', '、 ', '. '])}${title}`;
    case 'part': return `第${section.numeral}部分 ${title}`;
    case 'markdown': return `${'#'.repeat(r.int(2, 4))} ${section.numeral}、${title}`;
  }
}

export interface RenderedReport {
  /** The file's text: BOM and line endings included. */
  text: string;
  narrative: Narrative;
  corrections: Array<LineCorrection & { reason: string }>;
}

export function renderReport(body: GeneratedBody, year: number, figures: Figures, prose: Prose, variant: Variant, r: Random, correct: boolean): RenderedReport {
  const style = TABLE_STYLE[variant.layout];
  const markdown = variant.headings === 'markdown';
  const word = style === 'word';
  const blankLines = word ? false : style === 'spaces' || style === 'single-spaces' ? r.chance(0.5) : true;
  const fmt = formatter(variant, r.fork('digits'));
  const lines: string[] = [];
  const block = (...more: string[]) => {
    lines.push(...more);
    if (blankLines) lines.push('');
  };
  const paragraphs = (ps: readonly Paragraph[]) => {
    for (const p of ps) {
      let text = p.subheading && markdown ? `### ${p.text}` : p.text;
      if (word && r.chance(0.1)) text += ' ';
      block(text);
    }
  };

  for (let i = r.int(0, 2); i > 0; i--) lines.push('');
  block(...titleLines(body, year, variant, r));
  const preamble = prose.preamble.map((p, i) => (word && i === 0 && r.chance(0.5) ? { ...p, text: `[bookmark: _GoBack]${p.text}` } : p));
  paragraphs(preamble);
  const tables: Array<{ rendered: RenderedTable; offset: number; rows: Row[] }> = [];
  const table = (rows: Row[]) => {
    const rendered = renderTable(rows, style, r);
    tables.push({ rendered, offset: lines.length, rows });
    block(...rendered.lines);
  };
  block(heading(0, variant.headings, r));
  paragraphs(prose.overview);
  block(heading(1, variant.headings, r));
  table(activeRows(figures, fmt, (n) => fmt(n), r));
  block(heading(2, variant.headings, r));
  table(applicationRows(figures, fmt, variant.labels));
  block(heading(3, variant.headings, r));
  table(variant.appeals === 'flat' ? appealRowsFlat(figures, fmt, variant.labels, style === 'tabs' && r.chance(0.5)) : appealRowsTransposed(figures, fmt));
  block(heading(4, variant.headings, r));
  paragraphs(prose.problems);
  block(heading(5, variant.headings, r));
  paragraphs(prose.other_matters);

  const corrections = correct && !word ? [misprint(tables.slice(1), lines, fmt, r)] : [];
  const text = (variant.bom ? '\uFEFF' : '') + lines.join(variant.crlf ? '\r\n' : '\n');
  const plain = (ps: readonly Paragraph[]) => ps.map((p) => p.text);
  return {
    text,
    narrative: { overview: [...plain(prose.preamble), ...plain(prose.overview)], problems: plain(prose.problems), other_matters: plain(prose.other_matters) },
    corrections,
  };
}

/**
 * Print one row of the applications or appeals table wrongly, as bodies do:
 * an extra cell (zhengzhou-hrss-2023) or a total that does not add up. The
 * correction brings back the right line.
 */
function misprint(tables: Array<{ rendered: RenderedTable; offset: number; rows: Row[] }>, lines: string[], fmt: (n: number) => string, r: Random): LineCorrection & { reason: string } {
  const candidates = tables.flatMap((t) => t.rows.filter((row) => row.key && t.rendered.lineOf.has(row)).map((row) => ({ t, row })));
  const { t, row } = r.pick(candidates);
  const index = t.offset + t.rendered.lineOf.get(row)!;
  const corrected = lines[index]!;
  const values = [...row.values];
  const label = row.labels.filter(Boolean).at(-1) ?? '行政复议、行政诉讼数据';
  let reason: string;
  if (r.chance(0.5)) {
    const at = r.int(0, values.length - 1);
    values.splice(at, 0, fmt(0));
    reason = `原表「${label}」一行有 ${values.length} 个数值，而表格只有 ${row.values.length} 列，多出一个 0；删去后该行与表格的全部勾稽关系一致。本站发布更正后的数据，原文保持不变。`;
  } else {
    const last = values.length - 1;
    values[last] = fmt(Number(values[last]!.normalize('NFKC').replace(/,/g, '')) + 1);
    reason = `原表「${label}」一行的总计比各项之和多 1，按各项数值更正总计后，与表格的其他勾稽关系一致。本站发布更正后的数据，原文保持不变。`;
  }
  const published = t.rendered.reprint({ ...row, values });
  lines[index] = published;
  return { line: index + 1, published, corrected, reason };
}
