import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS } from '../../../src/lib/model/catalogue.ts';
import { RULE_IDS } from '../../../src/lib/diagnostics/diagnostic.ts';
import { canonicalJson } from '../../../src/lib/exports/report-json.ts';
import { figures } from '../../../src/lib/model/figures.ts';
import { parseReport } from '../../../src/lib/check/report.ts';
import { type ParseResult } from '../../../src/lib/read/report.ts';
import { Report } from '../../../src/lib/model/schema.ts';
import * as layout from '../../fixtures/layouts.ts';
import { correctedText, formatted, golden, parseSeed, parseVariant, ROOT, SEEDS, seedBytes, seedOptions, seedText, type SeedName } from '../../fixtures/seeds.ts';

describe('golden files: each seed parses to its committed canonical JSON', () => {
  it.each(SEEDS)('%s', (seed) => {
    const { report, diagnostics } = parseSeed(seed);
    expect(diagnostics).toEqual([]);
    expect(canonicalJson(report!)).toBe(readFileSync(`${ROOT}test/golden/${seed}.json`, 'utf8'));
  });
});

/**
 * The seed tables as read by a person, row by row, to check the goldens
 * against: a golden written by the parser is only as right as the parser.
 * Application rows not listed are all zeros.
 */
const HAND_READ: Record<SeedName, { active: string; applications: Record<string, string>; appeals: string }> = {
  'huiji-hrss-2023': {
    active: '0 0 0 | 0 0 3 | 31 | 3 | 0 | 0',
    applications: { received: '1 0 0 0 0 0 1', granted: '1 0 0 0 0 0 1', total: '1 0 0 0 0 0 1' },
    appeals: '0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0',
  },
  'zhangshu-hrss-2023': {
    active: '0 0 0 | 1 5 5 | 31 | 2 | 4 | 24.1982',
    applications: {},
    appeals: '0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0',
  },
  'zhengdong-social-affairs-2023': {
    active: '0 0 0 | 0 0 0 | 0 | 0 | 0 | 0',
    applications: { received: '5 0 0 0 3 0 8', granted: '5 0 0 0 3 0 8', total: '5 0 0 0 3 0 8' },
    appeals: '0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0',
  },
  'zhengzhou-government-2022': {
    active: '3 1 103 | 289 873 1819 | 1608911 | 75811 | 17565 | 160391.4077',
    applications: {
      received: '3126 66 5 10 98 20 3325',
      carried_over: '96 2 0 0 0 0 98',
      granted: '1468 30 4 3 38 11 1554',
      partially_granted: '226 3 0 0 5 0 234',
      withheld_state_secret: '1 0 0 0 0 0 1',
      withheld_law_prohibited: '1 0 0 0 0 0 1',
      withheld_security_stability: '4 1 0 0 0 0 5',
      withheld_third_party_rights: '44 0 0 0 2 0 46',
      withheld_internal_affairs: '24 0 0 1 0 0 25',
      withheld_process_information: '22 1 0 0 1 0 24',
      withheld_enforcement_case: '77 0 0 0 0 0 77',
      withheld_administrative_query: '26 2 0 1 2 1 32',
      unavailable_not_held: '888 15 1 3 30 1 938',
      unavailable_needs_creation: '29 0 0 0 0 0 29',
      unavailable_unclear: '15 1 0 0 0 0 16',
      not_processed_complaint: '23 1 0 0 0 0 24',
      not_processed_duplicate: '31 1 0 0 5 0 37',
      not_processed_excessive: '1 0 0 0 0 0 1',
      not_processed_reconfirm: '6 0 0 0 0 0 6',
      other_overdue_correction: '22 1 0 0 2 0 25',
      other_unpaid_fee: '13 0 0 0 0 0 13',
      other_other: '258 10 0 0 3 7 278',
      total: '3179 66 5 8 88 20 3366',
      carried_forward: '43 2 0 2 10 0 57',
    },
    appeals: '91 16 9 30 146 | 87 7 17 13 124 | 33 1 1 2 37',
  },
  'zhengzhou-hrss-2023': {
    active: '0 0 0 | 8 0 91 | 233 | 55 | 0 | 75.1552',
    applications: {
      received: '23 0 0 0 0 0 23',
      granted: '3 0 0 0 0 0 3',
      withheld_enforcement_case: '1 0 0 0 0 0 1',
      unavailable_not_held: '15 0 0 0 0 0 15',
      not_processed_complaint: '1 0 0 0 0 0 1',
      other_other: '3 0 0 0 0 0 3',
      total: '23 0 0 0 0 0 23',
    },
    // As corrected in content/reports/zhengzhou-hrss/2023.yml: one leading zero dropped.
    appeals: '0 0 0 0 0 | 0 0 0 0 0 | 1 0 0 0 1',
  },
};

describe('golden files agree with the seed tables as read by hand', () => {
  it.each(SEEDS)('%s', (seed) => {
    const g = golden(seed);
    const hand = HAND_READ[seed];
    const a = g.active_disclosure;
    const row = (o: object) => Object.values(o).join(' ');
    expect([row(a.regulations), row(a.normative_documents), a.licensing, a.penalty, a.coercion, a.fees].join(' | ')).toBe(hand.active);
    for (const r of APPLICATION_ROWS) expect(row(g.applications[r.id]!), `${seed} ${r.id}`).toBe(hand.applications[r.id] ?? '0 0 0 0 0 0 0');
    expect(Object.values(g.review_litigation).map(row).join(' | ')).toBe(hand.appeals);
  });

  it('names each body and year as content/reports does', () => {
    expect(SEEDS.map((seed) => [golden(seed).id, golden(seed).agency, golden(seed).year])).toEqual([
      ['huiji-hrss-2023', '惠济区人力资源和社会保障局', 2023],
      ['zhangshu-hrss-2023', '樟树市人力资源和社会保障局', 2023],
      ['zhengdong-social-affairs-2023', '郑州市郑东新区社会事业局', 2023],
      ['zhengzhou-government-2022', '郑州市人民政府', 2022],
      ['zhengzhou-hrss-2023', '郑州市人力资源和社会保障局', 2023],
    ]);
  });
});

describe('zhengzhou-hrss-2023', () => {
  it('as published fails: its appeals row has 16 cells', () => {
    const { report, diagnostics } = parseReport(seedBytes('zhengzhou-hrss-2023'), seedOptions('zhengzhou-hrss-2023'));
    expect(report).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['cell-count', 82, 1]]);
    expect(formatted('content/reports/zhengzhou-hrss/2023.txt', diagnostics)).toMatchInlineSnapshot(`"content/reports/zhengzhou-hrss/2023.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]"`);
  });

  it('with the correction of 2023.yml passes: 复议后起诉 结果维持 1, 总计 1', () => {
    const { report, diagnostics } = parseSeed('zhengzhou-hrss-2023');
    expect(diagnostics).toEqual([]);
    expect(report!.review_litigation).toEqual({
      administrative_review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigation_after_review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    });
  });
});

/** Every figure of a report, in table order, with the report's id, body and year. */
const figuresOf = (r: ParseResult) => r.report && { id: r.report.id, agency: r.report.agency, year: r.report.year, figures: figures(r.report).map((f) => `${f.key}=${f.value}`) };
const goldenFigures = (seed: SeedName) => {
  const g = golden(seed);
  return { id: g.id, agency: g.agency, year: g.year, figures: figures(g).map((f) => `${f.key}=${f.value}`) };
};

/** Seeds whose tables are tab-separated rows, the base for the row layouts. */
const ROW_SEEDS = ['zhengzhou-hrss-2023', 'zhengdong-social-affairs-2023', 'huiji-hrss-2023'] as const;

const TEXT_LAYOUTS: Array<[string, readonly SeedName[], (text: string) => string]> = [
  ['Markdown pipe tables with |---| separator rows', ROW_SEEDS, layout.pipeTables],
  ['Markdown pipe tables without outer pipes', ROW_SEEDS, layout.pipeTablesWithoutOuterPipes],
  ['columns aligned with runs of spaces (PDF text)', ROW_SEEDS, layout.alignedColumns],
  ['numbers separated by single spaces', ROW_SEEDS, layout.singleSpaces],
  ['one cell per line, labels broken over lines (Word)', ROW_SEEDS, layout.wordCells],
  ['rows that lost their leading tabs', ROW_SEEDS, layout.noLeadingTabs],
  ['full-width digits with a trailing ideographic space', SEEDS, layout.fullWidthNumbers],
  ['columns separated by ideographic spaces, full-width digits', ROW_SEEDS, layout.ideographicColumns],
  ['thousands separators (1,608,911)', ['zhengzhou-government-2022'], layout.thousandsSeparators],
  ['a transposed appeals table: three labelled rows of five', SEEDS, layout.transposedAppeals],
  ['headings numbered 1、 … 6、', SEEDS, layout.arabicHeadings],
  ['Markdown headings ## 一、', ['zhengzhou-hrss-2023', 'zhengzhou-government-2022', 'zhangshu-hrss-2023'], layout.markdownHeadings],
  ['CRLF line endings', SEEDS, layout.crlf],
];

describe('layouts: each parses to the same figures as the seed it was made from', () => {
  const cases = TEXT_LAYOUTS.flatMap(([name, seeds, make]) => seeds.map((seed) => [name, seed, make] as const));
  it.each(cases)('%s: %s', (_, seed, make) => {
    const base = correctedText(seed);
    const text = make(base);
    expect(text).not.toBe(base);
    const result = parseVariant(seed, text);
    expect(formatted(seed, result.diagnostics)).toBe('');
    expect(figuresOf(result)).toEqual(goldenFigures(seed));
  });

  it('each layout really is what its name says', () => {
    const hrss = correctedText('zhengzhou-hrss-2023');
    const lines = (text: string) => text.split('\n');
    expect(lines(layout.pipeTables(hrss))).toContain('| 规章 | 0 | 0 | 0 |');
    expect(lines(layout.pipeTables(hrss))).toContain('|---|---|---|---|');
    expect(lines(layout.pipeTablesWithoutOuterPipes(hrss))).toContain('规章 | 0 | 0 | 0');
    expect(lines(layout.alignedColumns(hrss))).toContain('规章        0         0         0');
    expect(lines(layout.singleSpaces(hrss))).toContain('(七) 总计 23 0 0 0 0 0 23');
    expect(lines(layout.noLeadingTabs(hrss))).toContain('(七) 总计\t23\t0\t0\t0\t0\t0\t23\t');
    expect(layout.wordCells(hrss)).toContain('\t(三) 不予\n\n公开\n\t1. 属于国家秘密\n\t0\n');
    expect(layout.wordCells(hrss)).toContain('\t结果\n维持\n');
    expect(lines(layout.fullWidthNumbers(hrss))).toContain('行政事业性收费\t７５．１５５２\u3000\t\t');
    expect(lines(layout.ideographicColumns(hrss))).toContain('(七) 总计\u3000２３\u3000０\u3000０\u3000０\u3000０\u3000０\u3000２３');
    expect(lines(layout.transposedAppeals(hrss))).toContain('行政诉讼（复议后起诉）\t1\t0\t0\t0\t1');
    expect(lines(layout.arabicHeadings(hrss))).toContain('4、 政府信息公开行政复议、行政诉讼情况');
    expect(lines(layout.markdownHeadings(hrss))).toContain('## 三、收到和处理政府信息公开申请情况');
    const gov = layout.thousandsSeparators(seedText('zhengzhou-government-2022'));
    expect(gov).toContain('\t1,608,911\n');
    expect(gov).toContain('\t160,391.4077\n');
  });

  it('CRLF keeps the narrative free of carriage returns', () => {
    const seed = 'zhengzhou-government-2022';
    expect(parseVariant(seed, layout.crlf(correctedText(seed))).report).toEqual(golden(seed));
  });

  it('a transposed table with the seed’s distinct values puts each in its place', () => {
    const seed = 'zhengzhou-government-2022';
    expect(parseVariant(seed, layout.transposedAppeals(seedText(seed))).report!.review_litigation).toEqual(golden(seed).review_litigation);
  });
});

describe('titles in the shapes of DATA-MODEL.md', () => {
  const seed = 'zhengzhou-hrss-2023';
  it.each([
    '郑州市人力资源和社会保障局 2023 年政府信息公开 工作年度报告',
    '郑州市人社局2023年政府信息公开工作\n年度报告',
    '郑州市人力资源和社会保障局\n\n2023年政府信息公开工作年度报告',
    '2023年度郑州市人社局政府信息公开工作报告',
    '# 郑州市人力资源和社会保障局　２０２３　年政府信息公开工作年度报告',
    '郑州市人力资源和社会保障局二〇二三年政府信息公开工作年度报告',
  ])('%j', (title) => {
    const result = parseVariant(seed, layout.retitle(correctedText(seed), title));
    expect(formatted(seed, result.diagnostics)).toBe('');
    expect(figuresOf(result)).toEqual(goldenFigures(seed));
  });
});

describe('encodings', () => {
  it.each([
    ['UTF-8 with a byte-order mark', layout.withBom, 'utf-8-bom'],
    ['UTF-16LE', layout.utf16le, 'utf-16le'],
    ['UTF-16BE', layout.utf16be, 'utf-16be'],
    ['GBK', layout.gbk, 'gb18030'],
    ['GB18030', layout.gb18030, 'gb18030'],
  ] as const)('%s: the same report, byte for byte of JSON', (_, encode, encoding) => {
    for (const seed of SEEDS) {
      // U+00A0 has no GBK code; a GBK editor would have saved a space.
      const result = parseVariant(seed, encode(correctedText(seed).replace(/\u00a0/g, ' ')), { requireUtf8: false });
      expect(result.encoding, seed).toBe(encoding);
      expect(result.diagnostics.filter((d) => d.severity === 'error'), seed).toEqual([]);
      expect(canonicalJson(result.report!), seed).toBe(canonicalJson(golden(seed)));
    }
  });

  it('parse reads GBK with a warning', () => {
    const seed = 'zhengdong-social-affairs-2023';
    const result = parseVariant(seed, layout.gbk(seedText(seed)), { requireUtf8: false });
    expect(formatted('报告.txt', result.diagnostics)).toMatchInlineSnapshot(`"报告.txt:1:1: warning: 文件编码为 GBK/GB18030，已按该编码读取；提交到 content/reports 前须转为 UTF-8 [file-encoding]"`);
  });

  it('content/reports rejects GBK, naming the encoding and how to convert', () => {
    const seed = 'zhengdong-social-affairs-2023';
    const result = parseVariant(seed, layout.gbk(seedText(seed)));
    expect(result.report).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.column, d.hint])).toMatchInlineSnapshot(`
      [
        [
          "file-encoding",
          1,
          1,
          "请运行 npx gongkai add 文件 导入（自动转换），或执行 iconv -f GB18030 -t UTF-8 原文件 > 新文件。",
        ],
      ]
    `);
    expect(formatted('content/reports/zhengdong-social-affairs/2023.txt', result.diagnostics)).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:1:1: error: 文件编码为 GBK/GB18030，content/reports 中的报告须为 UTF-8（无 BOM 亦可） [file-encoding]"`);
  });

  it('content/reports rejects UTF-16 too, with the command that converts UTF-16', () => {
    const seed = 'zhengdong-social-affairs-2023';
    const result = parseVariant(seed, layout.utf16le(seedText(seed)));
    expect(result.diagnostics[0]!.hint).toContain('iconv -f UTF-16 -t UTF-8');
    expect(formatted('content/reports/zhengdong-social-affairs/2023.txt', result.diagnostics)).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:1:1: error: 文件编码为 UTF-16LE，content/reports 中的报告须为 UTF-8（无 BOM 亦可） [file-encoding]"`);
  });

  it.each([
    ['.docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]],
    ['.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['.pdf', [...layout.utf8('%PDF-1.7\n1 0 obj\n')]],
  ])('%s bytes are refused with a message that says what to do', (_, bytes) => {
    const result = parseReport(new Uint8Array(bytes), { path: 'report' });
    expect(result.report).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}\n${d.hint}`)).toMatchSnapshot();
  });
});

describe('parseReport(input, options) never throws', () => {
  /** Every diagnostic is positioned, named and worded; none is the parser's own failure. */
  function wellFormed(result: ParseResult): boolean {
    for (const d of result.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(d.line) && Number.isInteger(d.column)).toBe(true);
      expect(RULE_IDS).toContain(d.rule);
      expect(d.message.trim()).not.toBe('');
      expect(d.message).not.toContain('解析器内部错误');
    }
    expect(result.report !== undefined || result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    // The parser builds reports without re-validating them; the schema must agree with every one.
    if (result.report) expect(Report.safeParse(result.report).error).toBeUndefined();
    return true;
  }

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (s) => wellFormed(parseReport(s))), { numRuns: 300 });
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), (b) => wellFormed(parseReport(b, { requireUtf8: true }))), { numRuns: 300 });
  });

  it('on strings made of report pieces', () => {
    const piece = fc.constantFrom(
      ...['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
      ...['规章', '行政规范性文件', '行政许可', '行政事业性收费', '一、本年新收', '（七）总计', '3.其他', '四、结转下年度继续办理', '行政复议', '复议后起诉', '总计', '其他'],
      ...['XX局2023年政府信息公开工作年度报告', '0', '17', '1,608,911', '７', '2.5', '-3', '—', 'abc'],
      ...['\n', '\r\n', '\t', ' ', '  ', '\u3000', '|', '|---|', '#', '[bookmark: _GoBack]', '\uFEFF'],
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => wellFormed(parseReport(pieces.join('')))), { numRuns: 300 });
  });

  it('on seeds with lines deleted, duplicated, swapped or cut, and cells edited', () => {
    const edit = fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'cut', 'cell'), fc.nat(), fc.string({ maxLength: 6 }));
    const variant = fc.record({ seed: fc.constantFrom(...SEEDS), edits: fc.array(edit, { maxLength: 8 }) }).map(({ seed, edits }) => {
      let lines = seedText(seed).split('\n');
      for (const [op, n, s] of edits) {
        const i = n % lines.length;
        const j = (i * 7 + 3) % lines.length;
        if (op === 'delete') lines.splice(i, 1);
        else if (op === 'duplicate') lines.splice(i, 0, lines[i]!);
        else if (op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        else if (op === 'cut') lines = lines.slice(0, i);
        else lines[i] = lines[i]!.replace(/\d+/, s);
        if (!lines.length) lines = [''];
      }
      return { seed, text: lines.join('\n') };
    });
    fc.assert(
      fc.property(variant, ({ seed, text }) => wellFormed(parseVariant(seed, text)) && wellFormed(parseReport(text))),
      { numRuns: 300 },
    );
  });
});
