/**
 * What body.yml and <year>.yml do to the corpus: bodies and their aliases,
 * one report per body and year, corrections and waivers carried into the
 * data, and the checks across a body's years. Every corpus here is a
 * temporary copy of seed folders.
 */
import iconv from 'iconv-lite';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus, type Corpus } from '../../../src/lib/corpus/load.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { buildDataFiles, reportJson } from '../../../src/lib/exports/files.ts';
import { publishedReport } from '../../../src/lib/exports/record.ts';
import { CONTENT, correctedSeedText, nextYearOf, scratch, seedReport, seedText } from '../import/temp-root.ts';

/** Every diagnostic of the corpus as `check` prints it, paths from the root. */
function problems(corpus: Corpus, root: string): string[] {
  const shown = relative(process.cwd(), root).split(sep).join('/');
  return corpus.files.flatMap((f) => f.diagnostics.map((d) => formatDiagnostic(f.path.replace(shown, '<root>'), d)));
}

const edit = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));

describe('bodies: a report belongs to the body its title names', () => {
  test('the five seeds load whole, each under its official name', () => {
    const { root } = scratch(['huiji-hrss', 'zhangshu-hrss', 'zhengdong-social-affairs', 'zhengzhou-government', 'zhengzhou-hrss'], true);
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toEqual([]);
    expect(corpus.reports.map((r) => [r.id, r.report.agency])).toEqual([
      ['huiji-hrss-2023', '惠济区人力资源和社会保障局'],
      ['zhangshu-hrss-2023', '樟树市人力资源和社会保障局'],
      ['zhengdong-social-affairs-2023', '郑州市郑东新区社会事业局'],
      ['zhengzhou-government-2022', '郑州市人民政府'],
      ['zhengzhou-hrss-2023', '郑州市人力资源和社会保障局'],
    ]);
  });

  test('an alias in the title is the body: 樟树市人社局 is 樟树市人力资源和社会保障局', () => {
    const { root } = scratch(['zhangshu-hrss'], true);
    expect(seedText('zhangshu-hrss').startsWith('樟树市人社局2023年')).toBe(true);
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toEqual([]);
    expect(corpus.reports[0]!.report.agency).toBe('樟树市人力资源和社会保障局');
  });

  test('without the alias in body.yml, the same title is an error that says to add it (title-agency)', () => {
    const { root } = scratch(['zhangshu-hrss'], true);
    edit(join(root, 'zhangshu-hrss/body.yml'), (t) => t.replace('  - 樟树市人社局\n', '').replace('aliases:\n', 'aliases: []\n'));
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toMatchInlineSnapshot(`
      [
        "<root>/zhangshu-hrss/2023.txt:1:1: error: 标题中的机关「樟树市人社局」与所在目录的机关不符，应为 「樟树市人力资源和社会保障局」 之一 [title-agency]",
      ]
    `);
    expect(corpus.files.flatMap((f) => f.diagnostics).map((d) => d.hint)).toEqual([
      '若这是同一机关的另一写法，请把它加入该机关 body.yml 的 aliases；否则请把文件移到正确机关的目录。',
    ]);
    expect(corpus.reports).toEqual([]);
  });

  test('a report filed in another body’s folder is an error (title-agency)', () => {
    const { root } = scratch(['huiji-hrss'], true);
    writeFileSync(join(root, 'huiji-hrss/2022.txt'), correctedSeedText('zhengzhou-hrss').replace('2023 年', '2022 年'));
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toMatchInlineSnapshot(`
      [
        "<root>/huiji-hrss/2022.txt:3:1: error: 标题中的机关「郑州市人力资源和社会保障局」与所在目录的机关不符，应为 「惠济区人力资源和社会保障局」、「郑州市惠济区人力资源和社会保障局」、「惠济区人社局」 之一 [title-agency]",
      ]
    `);
    expect(corpus.reports.map((r) => r.id)).toEqual(['huiji-hrss-2023']);
  });

  test('a year in the title other than the file’s is an error (title-year)', () => {
    const { root } = scratch(['huiji-hrss'], true);
    renameSync(join(root, 'huiji-hrss/2023.txt'), join(root, 'huiji-hrss/2024.txt'));
    renameSync(join(root, 'huiji-hrss/2023.yml'), join(root, 'huiji-hrss/2024.yml'));
    expect(problems(loadCorpus(root), root)).toMatchInlineSnapshot(`
      [
        "<root>/huiji-hrss/2024.txt:3:1: error: 标题中的年份为 2023 年，但文件名 2024.txt 表示 2024 年；二者应一致 [title-year]",
      ]
    `);
  });

  test('a body.yml with a region left TODO is an error saying what to fill in (body-metadata)', () => {
    const { root } = scratch(['huiji-hrss'], true);
    edit(join(root, 'huiji-hrss/body.yml'), (t) => t.replace('province: 河南省', 'province: TODO').replace('city: 郑州市', 'city: TODO（地级市）'));
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toMatchInlineSnapshot(`
      [
        "<root>/huiji-hrss/body.yml:6:1: error: region.province：省份尚未填写：请把 TODO 换成机关所在的省、自治区或直辖市，如“河南省” [body-metadata]",
        "<root>/huiji-hrss/body.yml:7:1: error: region.city：地级市尚未填写：请把 TODO 换成机关所在的地级市，如“郑州市”；直辖市、省直辖县的机关删去这一行 [body-metadata]",
      ]
    `);
    expect(corpus.reports).toEqual([]);
  });
});

describe('duplicate-report: one report per body and year', () => {
  test('2023.txt and 2023.md in one folder: the second is an error, the first is published', () => {
    const { root } = scratch(['huiji-hrss'], true);
    writeFileSync(join(root, 'huiji-hrss/2023.md'), seedText('huiji-hrss'));
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toMatchInlineSnapshot(`
      [
        "<root>/huiji-hrss/2023.txt:1:1: error: 2023 年的报告已有 2023.md；每个机关每年只能有一份报告 [duplicate-report]",
      ]
    `);
    expect(corpus.reports.map((r) => r.file)).toEqual(['huiji-hrss/2023.md']);
  });

  test('the same official name in two folders is an error on the second', () => {
    const { root } = scratch(['zhengzhou-hrss'], true);
    cpSync(join(CONTENT, 'zhengzhou-hrss'), join(root, 'zhengzhou-rsj'), { recursive: true });
    expect(problems(loadCorpus(root), root)).toMatchInlineSnapshot(`
      [
        "<root>/zhengzhou-rsj/body.yml:1:1: error: 机关「郑州市人力资源和社会保障局」已有目录 zhengzhou-hrss；一个机关只能有一个目录 [duplicate-report]",
      ]
    `);
  });
});

describe('provenance and corrections reach the data', () => {
  test('source, retrieved and a correction are in the record, the report JSON and reports.json', () => {
    const { root } = scratch(['zhengzhou-hrss'], true);
    edit(join(root, 'zhengzhou-hrss/2023.yml'), (t) => `source: https://hrss.zhengzhou.gov.cn/2023.html\nretrieved: 2024-02-01\n${t}`);
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toEqual([]);
    const record = corpus.reports[0]!;
    const correction = {
      line: 82,
      published: '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1',
      corrected: '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1',
      reason: expect.stringContaining('原表数据行有 16 个数值'),
    };
    expect(record).toMatchObject({ source: 'https://hrss.zhengzhou.gov.cn/2023.html', retrieved: '2024-02-01', corrections: [correction], waivers: [] });
    // The corrected figures: 复议后起诉 结果维持 1, 总计 1.
    expect(record.report.review_litigation.litigation_after_review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(publishedReport(record)).toMatchObject({ source: 'https://hrss.zhengzhou.gov.cn/2023.html', retrieved: '2024-02-01', corrections: [correction] });
    expect(JSON.parse(reportJson(record))).toMatchObject({ corrections: [correction] });
    const reportsJson = buildDataFiles(corpus, { homepage: 'https://gongkai.example.org/data/' }).find((f) => f.path === 'reports.json')!;
    expect(JSON.parse(new TextDecoder().decode(reportsJson.bytes))).toMatchObject([{ id: 'zhengzhou-hrss-2023', corrections: [correction] }]);
  });

  test('without its correction, the published row is an error (cell-count)', () => {
    const { root } = scratch(['zhengzhou-hrss'], true);
    writeFileSync(join(root, 'zhengzhou-hrss/2023.yml'), 'added: 2026-11-21\n');
    expect(problems(loadCorpus(root), root)).toMatchInlineSnapshot(`
      [
        "<root>/zhengzhou-hrss/2023.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]",
      ]
    `);
  });

  test('a correction whose published text no longer matches the line is an error (correction)', () => {
    const { root } = scratch(['zhengzhou-hrss'], true);
    edit(join(root, 'zhengzhou-hrss/2023.yml'), (t) => t.replace('published: "0\\t0\\t0', 'published: "9\\t0\\t0'));
    const corpus = loadCorpus(root);
    expect(problems(corpus, root).filter((p) => p.includes('[correction]'))).toMatchInlineSnapshot(`
      [
        "<root>/zhengzhou-hrss/2023.txt:82:1: error: 更正记录所指第 82 行的原文为「0	0	0	0	0	0	0	0	0	0	0	1	0	0	0	1」，与更正记录中的原文「9	0	0	0	0	0	0	0	0	0	0	1	0	0	0	1」不符 [correction]",
      ]
    `);
    expect(corpus.reports).toEqual([]);
  });
});

describe('waivers', () => {
  /** zhengdong-social-affairs with its appeals total (line 72, last cell) off by one. */
  function brokenAppeals(): string {
    const { root } = scratch(['zhengdong-social-affairs'], true);
    edit(join(root, 'zhengdong-social-affairs/2023.txt'), (t) => {
      const lines = t.split('\n');
      if (lines[71] !== '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0') throw new Error('zhengdong line 72 has changed');
      lines[71] = '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1';
      return lines.join('\n');
    });
    return root;
  }
  const waive = (root: string, rule: string, line: number) =>
    edit(join(root, 'zhengdong-social-affairs/2023.yml'), (t) => `${t}waivers:\n  - rule: ${rule}\n    line: ${line}\n    reason: 原表如此，已向该局核实\n`);

  test('a broken consistency rule is an error until waived', () => {
    const root = brokenAppeals();
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toMatchInlineSnapshot(`
      [
        "<root>/zhengdong-social-affairs/2023.txt:72:29: error: 行政诉讼·复议后起诉：总计为 1，但结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 0；二者应相等 [appeals-total]",
      ]
    `);
    expect(corpus.reports).toEqual([]);
  });

  test('a waiver turns it into a published warning, and the waiver reaches the record and the data', () => {
    const root = brokenAppeals();
    waive(root, 'appeals-total', 72);
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toMatchInlineSnapshot(`
      [
        "<root>/zhengdong-social-affairs/2023.txt:72:29: warning: 已豁免：行政诉讼·复议后起诉：总计为 1，但结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 0；二者应相等（理由：原表如此，已向该局核实） [appeals-total]",
      ]
    `);
    const record = corpus.reports[0]!;
    const waiver = { rule: 'appeals-total', line: 72, reason: '原表如此，已向该局核实' };
    expect(record.waivers).toEqual([waiver]);
    expect(record.warnings.map((w) => w.rule)).toEqual(['appeals-total']);
    expect(publishedReport(record).waivers).toEqual([waiver]);
    const reportsJson = buildDataFiles(corpus, { homepage: 'https://gongkai.example.org/data/' }).find((f) => f.path === 'reports.json')!;
    expect(JSON.parse(new TextDecoder().decode(reportsJson.bytes))).toMatchObject([{ id: 'zhengdong-social-affairs-2023', waivers: [waiver] }]);
  });

  test('a waiver that matches no problem is an error (waiver)', () => {
    const { root } = scratch(['zhengdong-social-affairs'], true);
    waive(root, 'appeals-total', 72);
    expect(problems(loadCorpus(root), root)).toMatchInlineSnapshot(`
      [
        "<root>/zhengdong-social-affairs/2023.yml:3:1: error: 豁免记录（appeals-total，第 72 行）没有对应的问题：请删除这条豁免，或改正行号 [waiver]",
      ]
    `);
  });

  test('a file that cannot be read can never be waived: file-encoding and cell-count stay errors', () => {
    const { root } = scratch(['zhengdong-social-affairs', 'zhengzhou-hrss'], true);
    writeFileSync(join(root, 'zhengdong-social-affairs/2023.txt'), iconv.encode(seedText('zhengdong-social-affairs'), 'gbk'));
    waive(root, 'file-encoding', 1);
    writeFileSync(join(root, 'zhengzhou-hrss/2023.yml'), 'waivers:\n  - rule: cell-count\n    line: 82\n    reason: 原表如此\n');
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toMatchInlineSnapshot(`
      [
        "<root>/zhengdong-social-affairs/2023.txt:1:1: error: 文件编码为 GBK/GB18030，content/reports 中的报告须为 UTF-8（无 BOM 亦可） [file-encoding]",
        "<root>/zhengdong-social-affairs/2023.yml:3:1: error: 规则 file-encoding 不能豁免：只有表格数字之间的勾稽关系（applications-balance、applications-outcome-sum、applications-row-total、appeals-total、title-agency）可以豁免 [waiver]",
        "<root>/zhengzhou-hrss/2023.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]",
        "<root>/zhengzhou-hrss/2023.yml:2:1: error: 规则 cell-count 不能豁免：只有表格数字之间的勾稽关系（applications-balance、applications-outcome-sum、applications-row-total、appeals-total、title-agency）可以豁免 [waiver]",
      ]
    `);
    expect(corpus.reports).toEqual([]);
  });
});

describe('cross-year: 上年结转 against the previous year’s 结转下年度继续办理', () => {
  test('a second year that carries over what the first carried forward gives no warning', () => {
    const { root } = scratch(['zhengdong-social-affairs'], true);
    writeFileSync(join(root, 'zhengdong-social-affairs/2024.txt'), seedText('zhengdong-social-affairs').replace('2023 年政府信息公开工作年度报告', '2024 年政府信息公开工作年度报告'));
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toEqual([]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['zhengdong-social-affairs-2023', 'zhengdong-social-affairs-2024']);
  });

  test('a mismatch is a warning on the later report, one per column, published with it', () => {
    const { root } = scratch(['zhengdong-social-affairs'], true);
    writeFileSync(join(root, 'zhengdong-social-affairs/2024.txt'), nextYearOf(seedText('zhengdong-social-affairs')));
    const corpus = loadCorpus(root);
    expect(problems(corpus, root)).toMatchInlineSnapshot(`
      [
        "<root>/zhengdong-social-affairs/2024.txt:42:19: warning: 「自然人」列：本年“二、上年结转”为 1，但 2023 年报告“四、结转下年度继续办理”为 0；二者通常应相等 [cross-year]",
        "<root>/zhengdong-social-affairs/2024.txt:42:31: warning: 「总计」列：本年“二、上年结转”为 1，但 2023 年报告“四、结转下年度继续办理”为 0；二者通常应相等 [cross-year]",
      ]
    `);
    const [first, second] = corpus.reports;
    expect(first!.warnings).toEqual([]);
    expect(second!.warnings.map((w) => [w.rule, w.severity, w.line, w.column])).toEqual([
      ['cross-year', 'warning', 42, 19],
      ['cross-year', 'warning', 42, 31],
    ]);
    expect(second!.report.applications.carried_over).toMatchObject({ natural_person: 1, total: 1 });
    expect(first!.report).toEqual(seedReport('zhengdong-social-affairs'));
  });

  test('no warning across a gap year', () => {
    const { root } = scratch(['zhengdong-social-affairs'], true);
    writeFileSync(join(root, 'zhengdong-social-affairs/2025.txt'), nextYearOf(seedText('zhengdong-social-affairs')).replace('2024 年政府', '2025 年政府'));
    expect(problems(loadCorpus(root), root)).toEqual([]);
  });
});
