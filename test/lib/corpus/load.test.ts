/**
 * content/reports read whole: the rules that span files (duplicate-report,
 * cross-year) and the metadata beside the reports (body.yml, <year>.yml with
 * corrections and waivers). Each case builds a small content root in a
 * temporary folder from the seeds.
 */
import { cpSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkReportFile, loadCorpus, type Corpus } from '../../../src/lib/corpus/load.ts';
import { setValue } from '../../fixtures/edits.ts';
import { removeTempFolders, tempFolder } from '../../fixtures/folders.ts';
import { gbk, retitle } from '../../fixtures/layouts.ts';
import { correctedText, explained, golden, placeOf, ROOT, SEEDS, seedText, type SeedName } from '../../fixtures/seeds.ts';
import { seedContent } from '../../fixtures/seed-content.ts';

afterEach(removeTempFolders);

/** The last root made, whose path messagesOf takes out. */
let lastRoot = '';

/** A content root holding the named seeds' folders, then `files` written over them. */
function contentRoot(seeds: readonly SeedName[], files: Record<string, string | Uint8Array> = {}): string {
  lastRoot = tempFolder(files, Object.fromEntries(seeds.map((seed) => [placeOf(seed).bodyId, `${ROOT}content/reports/${placeOf(seed).bodyId}`])));
  return lastRoot;
}

/** Every message of the corpus, paths relative to its root: what `gongkai check` prints. */
const messagesOf = (corpus: Corpus) =>
  corpus.files
    .filter((f) => f.diagnostics.length)
    .map((f) => explained(f.path.replace(`${relative(process.cwd(), lastRoot)}/`, ''), f.diagnostics))
    .join('\n');

const GOV = 'zhengzhou-government-2022';
const HRSS = 'zhengzhou-hrss-2023';

describe('loadCorpus(root) on content/reports', () => {
  const corpus = loadCorpus(seedContent());

  it('reads the five seeds without a message', () => {
    expect(messagesOf(corpus)).toBe('');
    expect(corpus.bodies.map((b) => b.id)).toEqual(['huiji-hrss', 'zhangshu-hrss', 'zhengdong-social-affairs', 'zhengzhou-government', 'zhengzhou-hrss']);
    expect(corpus.reports.map((r) => r.id)).toEqual([...SEEDS]);
  });

  it('publishes each report as its golden file', () => {
    for (const r of corpus.reports) expect(r.report, r.id).toEqual(golden(r.id as SeedName));
  });

  it('keeps the correction of zhengzhou-hrss-2023 with its report', () => {
    const record = corpus.reports.find((r) => r.id === HRSS)!;
    expect(record.file).toBe('zhengzhou-hrss/2023.txt');
    expect(record.corrections.map((c) => [c.line, c.published.split('\t').length, c.corrected.split('\t').length])).toEqual([[82, 16, 15]]);
    expect(record.warnings).toEqual([]);
  });
});

describe('duplicate-report', () => {
  it('two files for one year of one body', () => {
    const root = contentRoot([GOV], { 'zhengzhou-government/2022.md': seedText(GOV) });
    const corpus = loadCorpus(root);
    expect(corpus.reports.map((r) => r.file)).toEqual(['zhengzhou-government/2022.md']);
    expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => d.rule))).toEqual(['duplicate-report']);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`"zhengzhou-government/2022.txt:1:1: error: 2022 年的报告已有 2022.md；每个机关每年只能有一份报告 [duplicate-report]"`);
  });

  it('two folders for one body', () => {
    const root = contentRoot([HRSS]);
    cpSync(join(root, 'zhengzhou-hrss'), join(root, 'zhengzhou-rsj'), { recursive: true });
    const corpus = loadCorpus(root);
    expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => [d.rule, d.line]))).toEqual([['duplicate-report', 1]]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`"zhengzhou-rsj/body.yml:1:1: error: 机关「郑州市人力资源和社会保障局」已有目录 zhengzhou-hrss；一个机关只能有一个目录 [duplicate-report]"`);
  });
});

describe('waiver', () => {
  // 行政复议 总计 146 printed as 147: appeals-total at line 401.
  const broken = () => setValue(seedText(GOV), 401, 0, '146', '147');
  const sidecar = (waivers: string) => `source: https://www.zhengzhou.gov.cn/\nwaivers:\n${waivers}`;

  it('a waiver that matches turns the error into a published warning', () => {
    const root = contentRoot([GOV], {
      'zhengzhou-government/2022.txt': broken(),
      'zhengzhou-government/2022.yml': sidecar('  - rule: appeals-total\n    line: 401\n    reason: 原报告如此，已向该机关核实\n'),
    });
    const corpus = loadCorpus(root);
    expect(corpus.reports.map((r) => r.id)).toEqual([GOV]);
    expect(corpus.reports[0]!.waivers).toEqual([{ rule: 'appeals-total', line: 401, reason: '原报告如此，已向该机关核实' }]);
    expect(corpus.reports[0]!.warnings.map((d) => [d.rule, d.line, d.severity])).toEqual([['appeals-total', 401, 'warning']]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`"zhengzhou-government/2022.txt:401:2: warning: 已豁免：行政复议：总计为 147，但结果维持 91 + 结果纠正 16 + 其他结果 9 + 尚未审结 30 = 146；二者应相等（理由：原报告如此，已向该机关核实） [appeals-total]"`);
  });

  it('a waiver that matches no error', () => {
    const root = contentRoot([GOV], {
      'zhengzhou-government/2022.txt': broken(),
      'zhengzhou-government/2022.yml': sidecar('  - rule: appeals-total\n    line: 400\n    reason: 行号写错了\n'),
    });
    const corpus = loadCorpus(root);
    expect(corpus.reports).toEqual([]);
    expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => [d.rule, d.line]))).toEqual([
      ['appeals-total', 401],
      ['waiver', 3],
    ]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`
      "zhengzhou-government/2022.txt:401:2: error: 行政复议：总计为 147，但结果维持 91 + 结果纠正 16 + 其他结果 9 + 尚未审结 30 = 146；二者应相等 [appeals-total]
      zhengzhou-government/2022.yml:3:1: error: 豁免记录（appeals-total，第 400 行）没有对应的问题：请删除这条豁免，或改正行号 [waiver]"
    `);
  });

  it('a rule that can never be waived', () => {
    const root = contentRoot([HRSS], {
      'zhengzhou-hrss/2023.yml': 'waivers:\n  - rule: cell-count\n    line: 82\n    reason: 想跳过\n',
    });
    const corpus = loadCorpus(root);
    expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => [d.rule, d.line]))).toEqual([
      ['cell-count', 82],
      ['waiver', 2],
    ]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`
      "zhengzhou-hrss/2023.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。
      zhengzhou-hrss/2023.yml:2:1: error: 规则 cell-count 不能豁免：只有表格数字之间的勾稽关系（applications-balance、applications-outcome-sum、applications-row-total、appeals-total、title-agency）可以豁免 [waiver]"
    `);
  });
});

describe('correction', () => {
  it('a stale correction in the sidecar', () => {
    const root = contentRoot([HRSS], { 'zhengzhou-hrss/2023.txt': setValue(seedText(HRSS), 82, 0, '0', '9') });
    const corpus = loadCorpus(root);
    expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => [d.rule, d.line]))).toEqual([
      ['cell-count', 82],
      ['correction', 82],
    ]);
  });
});

describe('body-metadata', () => {
  it.each([
    ['a YAML syntax error', 'name: 郑州市人民政府\nregion: [河南省\nkind: government\n'],
    ['a missing field', 'name: 郑州市人民政府\nkind: government\n'],
    ['an unknown field and a bad kind', 'name: 郑州市人民政府\nregion:\n  province: 河南省\nkind: city\nwebsite: https://www.zhengzhou.gov.cn/\nphone: 12345\n'],
  ])('%s', (_, yml) => {
    const corpus = loadCorpus(contentRoot([GOV], { 'zhengzhou-government/body.yml': yml }));
    expect(corpus.reports).toEqual([]);
    expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => d.rule))).toContain('body-metadata');
    expect(messagesOf(corpus)).toMatchSnapshot();
  });

  it('no body.yml', () => {
    const root = contentRoot([GOV]);
    rmSync(join(root, 'zhengzhou-government/body.yml'));
    const corpus = loadCorpus(root);
    expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => [d.rule, d.line]))).toEqual([['body-metadata', 1]]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`
      "zhengzhou-government/body.yml:1:1: error: 缺少机关信息文件 body.yml（机关全称、别名、地区、类型） [body-metadata]
          参照其他机关目录中的 body.yml 新建一个，或用 npx gongkai add 导入报告时自动生成。"
    `);
  });
});

describe('report-metadata', () => {
  it('a bad date in the sidecar', () => {
    const corpus = loadCorpus(contentRoot([GOV], { 'zhengzhou-government/2022.yml': 'retrieved: 上周\n' }));
    expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => [d.rule, d.line]))).toEqual([['report-metadata', 1]]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`"zhengzhou-government/2022.yml:1:1: error: retrieved：无效ISO日期 [report-metadata]"`);
  });
});

describe('cross-year', () => {
  it('本年上年结转 that differs from last year’s 结转下年度: a warning on this year’s cells, both published', () => {
    // A 2022 report that carried 1 application forward (and received one more, so it still balances).
    let last = retitle(correctedText(HRSS), '郑州市人力资源和社会保障局 2022 年政府信息公开工作年度报告');
    last = setValue(setValue(last, 51, 0, '23', '24'), 51, 6, '23', '24');
    last = setValue(setValue(last, 75, 0, '0', '1'), 75, 6, '0', '1');
    // 2023 issued 8 行政规范性文件 and has 91 in force: 83 the year before, or documents-in-force warns too.
    last = setValue(last, 34, 2, '91', '83');
    const corpus = loadCorpus(contentRoot([HRSS], { 'zhengzhou-hrss/2022.txt': last }));
    expect(corpus.reports.map((r) => r.id)).toEqual(['zhengzhou-hrss-2022', 'zhengzhou-hrss-2023']);
    expect(corpus.reports[1]!.warnings.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['cross-year', 52, 19],
      ['cross-year', 52, 31],
    ]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`
      "zhengzhou-hrss/2023.txt:52:19: warning: 「自然人」列：本年“二、上年结转”为 0，但 2022 年报告“四、结转下年度继续办理”为 1；二者通常应相等 [cross-year]
      zhengzhou-hrss/2023.txt:52:31: warning: 「总计」列：本年“二、上年结转”为 0，但 2022 年报告“四、结转下年度继续办理”为 1；二者通常应相等 [cross-year]"
    `);
  });
});

describe('file-layout of content/reports', () => {
  it('stray files and folders', () => {
    const root = contentRoot([GOV], {
      'notes.txt': 'x',
      'README.md': '# 报告',
      'Zhengzhou_Gov/body.yml': 'name: x\n',
      'zhengzhou-government/2022-draft.txt': 'x',
      'zhengzhou-government/2021.yml': 'source: https://www.zhengzhou.gov.cn/\n',
    });
    const corpus = loadCorpus(root);
    expect(corpus.reports.map((r) => r.id)).toEqual([GOV]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`
      "Zhengzhou_Gov:1:1: error: 机关目录名「Zhengzhou_Gov」不合规：只能用小写字母、数字和连字符，如 zhengzhou-hrss [file-layout]
      notes.txt:1:1: error: 报告须放在机关目录中：content/reports/<机关编号>/<年份>.txt [file-layout]
      zhengzhou-government/2021.yml:1:1: error: 2021.yml 没有对应的报告文件 2021.txt [file-layout]
      zhengzhou-government/2022-draft.txt:1:1: error: 不认识的文件 2022-draft.txt：机关目录中只能有 body.yml、<年份>.txt（或 .md）和 <年份>.yml [file-layout]"
    `);
  });

  it('a GBK report', () => {
    const corpus = loadCorpus(contentRoot([GOV], { 'zhengzhou-government/2022.txt': gbk(seedText(GOV)) }));
    expect(corpus.reports).toEqual([]);
    expect(messagesOf(corpus)).toMatchInlineSnapshot(`
      "zhengzhou-government/2022.txt:1:1: error: 文件编码为 GBK/GB18030，content/reports 中的报告须为 UTF-8（无 BOM 亦可） [file-encoding]
          请运行 npx gongkai add 文件 导入（自动转换），或执行 iconv -f GB18030 -t UTF-8 原文件 > 新文件。"
    `);
  });
});

describe('checkReportFile(file)', () => {
  it('reads a file outside content/reports with nothing expected of it', () => {
    const root = contentRoot([], { 'seeds/zhengzhou-government-2022.txt': seedText(GOV) });
    const { checks, result, record } = checkReportFile(join(root, 'seeds/zhengzhou-government-2022.txt'));
    expect(checks.flatMap((c) => c.diagnostics)).toEqual([]);
    expect(record).toBeUndefined();
    expect(result!.report).toEqual(golden(GOV));
  });

  it('reads a file in content/reports with its body and sidecar', () => {
    const { checks, record } = checkReportFile(`${ROOT}content/reports/zhengzhou-hrss/2023.txt`);
    expect(checks.flatMap((c) => c.diagnostics)).toEqual([]);
    expect(record!.report).toEqual(golden(HRSS));
    expect(record!.body.name).toBe('郑州市人力资源和社会保障局');
  });
});
