import iconv from 'iconv-lite';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { RULE_IDS, WAIVABLE_RULES } from '../../src/lib/diagnostics/diagnostic.ts';
import { ReportMeta } from '../../src/lib/model/metadata.ts';
import { docxOf, htmlOf } from '../lib/import/documents.ts';
import { parse as parseYaml } from 'yaml';
import { correctedSeedText, gongkai, nextYearOf, put, scratch, seedReport, seedText, tree, type SeedBody } from '../lib/import/temp-root.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-03-05T08:00:00Z'));
});
afterEach(() => vi.useRealTimers());

/** GBK has no no-break space (zhangshu-hrss has one in a cell): a GBK file holds a plain space there. */
const inGbk = (t: string) => t.replace(/\u00a0/g, ' ');

/** Each encoding: the file's bytes, and the text content/reports should then hold. */
const encodings: Record<string, (text: string) => [Uint8Array, string]> = {
  'UTF-8': (t) => [new TextEncoder().encode(t), t],
  'UTF-8 with BOM': (t) => [new TextEncoder().encode(`\uFEFF${t}`), t],
  'UTF-8 with CRLF': (t) => [new TextEncoder().encode(t.replace(/\n/g, '\r\n')), t],
  'GBK with CRLF': (t) => [new Uint8Array(iconv.encode(inGbk(t).replace(/\n/g, '\r\n'), 'gbk')), inGbk(t)],
  GB18030: (t) => [new Uint8Array(iconv.encode(t, 'gb18030')), t],
};

/** Each seed whose body is already in the root, found by the name or alias its title uses. */
const EXISTING: SeedBody[] = ['huiji-hrss', 'zhangshu-hrss', 'zhengdong-social-affairs', 'zhengzhou-government'];

describe('gongkai add FILE (text in every encoding)', () => {
  for (const [encoding, encode] of Object.entries(encodings)) {
    for (const body of EXISTING) {
      test(`${body} as ${encoding} lands as the seed's exact text and JSON`, async () => {
        const { dir, root } = scratch([body]);
        const [bytes, expected] = encode(seedText(body));
        const run = await gongkai(['add', put(dir, 'report.txt', bytes), '--root', root], dir);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const year = body === 'zhengzhou-government' ? 2022 : 2023;
        expect(readFileSync(join(root, body, `${year}.txt`), 'utf8')).toBe(expected);
        const corpus = loadCorpus(root);
        expect(corpus.reports.map((r) => r.report)).toEqual([seedReport(body)]);
      });
    }
    test(`a new body (zhengzhou-hrss) as ${encoding} gets the seed's id, region and JSON`, async () => {
      const { dir, root } = scratch();
      const file = put(dir, 'report.txt', encode(correctedSeedText('zhengzhou-hrss'))[0]);
      const run = await gongkai(['add', file, '--root', root], dir);
      expect(run.code).toBe(0);
      const corpus = loadCorpus(root);
      expect(corpus.bodies.map((b) => [b.id, b.meta])).toEqual([
        ['zhengzhou-hrss', { name: '郑州市人力资源和社会保障局', aliases: [], region: { province: '河南省', city: '郑州市' }, kind: 'department' }],
      ]);
      expect(corpus.reports.map((r) => r.report)).toEqual([seedReport('zhengzhou-hrss')]);
    });
  }

  test('a character only GB18030 has (CJK extension B) survives the conversion', async () => {
    const { dir, root } = scratch(['huiji-hrss']);
    const text = seedText('huiji-hrss').replace('## 一、总体情况', '## 一、总体情况\n\n𠀀字测试。');
    expect(iconv.decode(iconv.encode('𠀀', 'gbk'), 'gbk')).not.toBe('𠀀');
    const run = await gongkai(['add', put(dir, 'r.txt', iconv.encode(text, 'gb18030')), '--root', root], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'huiji-hrss/2023.txt'), 'utf8')).toBe(text);
  });

  test('prints what it did and the check result', async () => {
    const { dir, root } = scratch(['zhengdong-social-affairs']);
    const file = put(dir, 'report.txt', encodings['GBK with CRLF']!(seedText('zhengdong-social-affairs'))[0]);
    const run = await gongkai(['add', file, '--root', root, '--source', 'https://www.zhengdong.gov.cn/report.html', '--retrieved', '2024-03-01'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "已导入 <dir>/report.txt（纯文本）
        原文件编码为 GBK/GB18030，已转为 UTF-8；Windows 换行符（CRLF）已转为 LF
        → <dir>/root/zhengdong-social-affairs/2023.txt
        → <dir>/root/zhengdong-social-affairs/2023.yml
      机关：郑州市郑东新区社会事业局（已有机关，目录 zhengdong-social-affairs）
      年份：2023（读自标题）
      检查 <dir>/root/zhengdong-social-affairs：没有错误
      可以提交了：git add <dir>/root/zhengdong-social-affairs，git commit，然后发起 Pull Request（步骤见 CONTRIBUTING.md）。
      "
    `);
    expect(readFileSync(join(root, 'zhengdong-social-affairs/2023.yml'), 'utf8')).toMatchInlineSnapshot(`
      "source: https://www.zhengdong.gov.cn/report.html
      retrieved: 2024-03-01
      added: 2024-03-05
      "
    `);
  });
});

/** Seeds whose tables are tab-separated rows, so a Word table or an HTML table can hold them cell for cell. */
const TABLED: SeedBody[] = ['huiji-hrss', 'zhengdong-social-affairs', 'zhengzhou-hrss'];

describe('gongkai add FILE (.md, .docx, .html, .pdf)', () => {
  test('a .md file lands as <year>.md', async () => {
    const { dir, root } = scratch(['huiji-hrss']);
    const run = await gongkai(['add', put(dir, '惠济区.md', seedText('huiji-hrss')), '--root', root], dir);
    expect(run.code).toBe(0);
    expect(tree(join(root, 'huiji-hrss'))).toEqual(['2023.md', '2023.yml', 'body.yml']);
    expect(loadCorpus(root).reports.map((r) => r.report)).toEqual([seedReport('huiji-hrss')]);
  });

  for (const body of TABLED) {
    const text = () => correctedSeedText(body);
    const expectSeed = (root: string) => {
      const corpus = loadCorpus(root);
      expect(corpus.files.flatMap((f) => f.diagnostics.map((d) => `${f.path}: ${d.message}`))).toEqual([]);
      expect(corpus.reports.map((r) => r.report)).toEqual([seedReport(body)]);
    };
    test(`${body} as a Word document (.docx with real tables) gives the seed's JSON`, async () => {
      const { dir, root } = scratch(body === 'zhengzhou-hrss' ? [] : [body]);
      const run = await gongkai(['add', put(dir, 'report.docx', await docxOf(text())), '--root', root], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('（Word 文档）');
      expect(readFileSync(join(root, body, '2023.yml'), 'utf8')).toMatch(/^# 由 npx gongkai add 从 Word 文档 report\.docx（sha256 [0-9a-f]{64}）转换为文本。\n/m);
      expectSeed(root);
    });
    test(`${body} as a saved web page (.html with menus, breadcrumbs and footer) gives the seed's JSON`, async () => {
      const { dir, root } = scratch(body === 'zhengzhou-hrss' ? [] : [body]);
      const run = await gongkai(['add', put(dir, 'report.html', htmlOf(text())), '--root', root], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expectSeed(root);
    });
  }

  test('a PDF (the real 淮安市人民政府 2024, exported from WPS) lands as <year>.txt with its figures, and says it was a PDF', async () => {
    const { dir, root } = scratch();
    const pdf = new Uint8Array(readFileSync(new URL('../fixtures/real/huaian-government-2024.pdf', import.meta.url)));
    const run = await gongkai(['add', put(dir, '淮安市人民政府2024年报告.pdf', pdf), '--root', root], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "已导入 <dir>/淮安市人民政府2024年报告.pdf（PDF 文件）
        → <dir>/root/huaian-government/2024.txt
        → <dir>/root/huaian-government/2024.yml
        → <dir>/root/huaian-government/body.yml
      新机关：淮安市人民政府，编号 huaian-government（由机关名称的拼音生成；想用更短的编号，可删除这个目录后加 --body 编号 重新导入）
        地区按机关名称推断为 江苏省 淮安市，请在 body.yml 中核对
      年份：2024（读自标题）
      提示：加上 --source 网址 --retrieved 日期，记录报告的来源网页和获取日期（提交 Pull Request 时需要）。
      检查 <dir>/root/huaian-government：没有错误
      可以提交了：git add <dir>/root/huaian-government，git commit，然后发起 Pull Request（步骤见 CONTRIBUTING.md）。
      "
    `);
    expect(tree(root)).toEqual(['huaian-government/2024.txt', 'huaian-government/2024.yml', 'huaian-government/body.yml']);
    // What the text was converted from, so the original can be found and compared.
    expect(readFileSync(join(root, 'huaian-government/2024.yml'), 'utf8')).toBe(
      '# 由 npx gongkai add 从 PDF 文件 淮安市人民政府2024年报告.pdf（sha256 fed22baafaab82a239ca15020fc37f819e7cb62bc96659bf8f3f81c6421e0a92）转换为文本。\nadded: 2024-03-05\n',
    );
    const corpus = loadCorpus(root);
    expect(corpus.files.flatMap((f) => f.diagnostics)).toEqual([]);
    expect(corpus.reports[0]!.report.active_disclosure).toMatchObject({ licensing: 447228, penalty: 3985758, coercion: 88283, fees: 96171.6 });
    expect(corpus.reports[0]!.report.applications.total.total).toBe(3050);
  });

  test('a web page saved in GBK (charset=gb2312) is read as well', async () => {
    const { dir, root } = scratch(['zhengdong-social-affairs']);
    const page = iconv.encode(htmlOf(seedText('zhengdong-social-affairs'), 'gb2312'), 'gbk');
    const run = await gongkai(['add', put(dir, 'report.htm', page), '--root', root], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('原文件编码为 GBK/GB18030，已转为 UTF-8');
    expect(loadCorpus(root).reports.map((r) => r.report)).toEqual([seedReport('zhengdong-social-affairs')]);
  });
});

describe('gongkai add FILE (bodies)', () => {
  test('a title using an alias finds the body: 樟树市人社局 is 樟树市人力资源和社会保障局', async () => {
    const { dir, root } = scratch(['zhangshu-hrss']);
    const run = await gongkai(['add', put(dir, 'r.txt', seedText('zhangshu-hrss')), '--root', root], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('机关：樟树市人力资源和社会保障局（已有机关，目录 zhangshu-hrss；标题中的「樟树市人社局」是它的别名）');
    expect(tree(root)).toEqual(['zhangshu-hrss/2023.txt', 'zhangshu-hrss/2023.yml', 'zhangshu-hrss/body.yml']);
    expect(loadCorpus(root).reports[0]!.report.agency).toBe('樟树市人力资源和社会保障局');
  });

  test('a new body gets a pinyin id and a body.yml with the region guessed from its name', async () => {
    const { dir, root } = scratch();
    const text = correctedSeedText('zhengzhou-hrss').replace('郑州市人力资源和社会保障局 2023 年', '郑州市市场监督管理局 2023 年');
    const run = await gongkai(['add', put(dir, 'r.txt', text), '--root', root], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "已导入 <dir>/r.txt（纯文本）
        → <dir>/root/zhengzhou-shichang-jiandu-guanli-ju/2023.txt
        → <dir>/root/zhengzhou-shichang-jiandu-guanli-ju/2023.yml
        → <dir>/root/zhengzhou-shichang-jiandu-guanli-ju/body.yml
      新机关：郑州市市场监督管理局，编号 zhengzhou-shichang-jiandu-guanli-ju（由机关名称的拼音生成；想用更短的编号，可删除这个目录后加 --body 编号 重新导入）
        地区按机关名称推断为 河南省 郑州市，请在 body.yml 中核对
      年份：2023（读自标题）
      提示：加上 --source 网址 --retrieved 日期，记录报告的来源网页和获取日期（提交 Pull Request 时需要）。
      检查 <dir>/root/zhengzhou-shichang-jiandu-guanli-ju：没有错误
      可以提交了：git add <dir>/root/zhengzhou-shichang-jiandu-guanli-ju，git commit，然后发起 Pull Request（步骤见 CONTRIBUTING.md）。
      "
    `);
    expect(readFileSync(join(root, 'zhengzhou-shichang-jiandu-guanli-ju/body.yml'), 'utf8')).toMatchInlineSnapshot(`
      "# 由 npx gongkai add 根据报告标题生成，请核对后提交。
      name: 郑州市市场监督管理局
      # 标题中出现过的其他写法（如简称“××市人社局”），每行一个
      aliases: []
      # 地区由机关名称推断，请核对
      region:
        province: 河南省
        city: 郑州市
      # government：人民政府或管委会（报告覆盖整个地区）；department：政府部门
      kind: department
      # 机关网站（可选），如 https://www.zhengzhou.gov.cn/
      # website: 
      "
    `);
  });

  test('--body names the id of a new body', async () => {
    const { dir, root } = scratch();
    const run = await gongkai(['add', put(dir, 'r.txt', correctedSeedText('zhengzhou-hrss')), '--root', root, '--body', 'zz-rsj'], dir);
    expect(run.code).toBe(0);
    expect(tree(root)).toEqual(['zz-rsj/2023.txt', 'zz-rsj/2023.yml', 'zz-rsj/body.yml']);
  });

  test('a proposed id already taken by another body gets a suffix', async () => {
    const { dir, root } = scratch(['zhengzhou-hrss']);
    writeFileSync(join(root, 'zhengzhou-hrss/body.yml'), readFileSync(join(root, 'zhengzhou-hrss/body.yml'), 'utf8').replace('郑州市人力资源和社会保障局', '别的机关').replace(/^aliases:(?:\n  - .*)*/m, 'aliases: []'));
    const run = await gongkai(['add', put(dir, 'r.txt', correctedSeedText('zhengzhou-hrss')), '--root', root], dir);
    expect(run.code).toBe(0);
    expect(tree(root)).toContain('zhengzhou-hrss-2/2023.txt');
  });

  test('a body whose region cannot be told is added with TODO, and check says what to fill in', async () => {
    const { dir, root } = scratch();
    const text = correctedSeedText('zhengzhou-hrss').replace('郑州市人力资源和社会保障局 2023 年', '鼓楼区人民政府 2023 年');
    const run = await gongkai(['add', put(dir, 'r.txt', text), '--root', root], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "已导入 <dir>/r.txt（纯文本）
        → <dir>/root/gulou-government/2023.txt
        → <dir>/root/gulou-government/2023.yml
        → <dir>/root/gulou-government/body.yml
      新机关：鼓楼区人民政府，编号 gulou-government（由机关名称的拼音生成；想用更短的编号，可删除这个目录后加 --body 编号 重新导入）
        地区未能从机关名称推断：请在 body.yml 中把 TODO 换成实际的地区
      年份：2023（读自标题）
      提示：加上 --source 网址 --retrieved 日期，记录报告的来源网页和获取日期（提交 Pull Request 时需要）。
      检查 <dir>/root/gulou-government：1 个错误
      报告已添加，但还有错误（见上）。请按提示修改 <dir>/root/gulou-government 中的文件，再运行 npx gongkai check <dir>/root/gulou-government，直到没有错误；每条规则的含义和改法见 CONTRIBUTING.md。
      "
    `);
    expect(run.stderr).toMatchInlineSnapshot(`
      "<dir>/root/gulou-government/body.yml:8:1: error: region.province：省份尚未填写：请把 TODO 换成机关所在的省、自治区或直辖市，如“河南省” [body-metadata]
      "
    `);
    const bodyYml = join(root, 'gulou-government/body.yml');
    expect(readFileSync(bodyYml, 'utf8')).toMatchInlineSnapshot(`
      "# 由 npx gongkai add 根据报告标题生成，请核对后提交。
      name: 鼓楼区人民政府
      # 标题中出现过的其他写法（如简称“××市人社局”），每行一个
      aliases: []
      # 地区未能从机关名称推断：请把 TODO 换成实际的省份（及地级市、区县），不适用的行删去
      # 同名的地方有：江苏省南京市鼓楼区、江苏省徐州市鼓楼区、福建省福州市鼓楼区、河南省开封市鼓楼区
      region:
        province: TODO
        county: 鼓楼区
      # government：人民政府或管委会（报告覆盖整个地区）；department：政府部门
      kind: government
      # 机关网站（可选），如 https://www.zhengzhou.gov.cn/
      # website: 
      "
    `);
    writeFileSync(bodyYml, readFileSync(bodyYml, 'utf8').replace('province: TODO', 'province: 江苏省\n  city: 南京市'));
    expect((await gongkai(['check', root], dir)).code).toBe(0);
  });

  test('--body of another body: the title names a body that does not match its place (title-agency)', async () => {
    const { dir, root } = scratch(['huiji-hrss', 'zhengzhou-hrss']);
    const run = await gongkai(['add', put(dir, 'r.txt', correctedSeedText('zhengzhou-hrss')), '--root', root, '--body', 'huiji-hrss'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "<dir>/root/huiji-hrss/2023.txt:3:1: error: 标题中的机关「郑州市人力资源和社会保障局」与所在目录的机关不符，应为 「惠济区人力资源和社会保障局」、「郑州市惠济区人力资源和社会保障局」、「惠济区人社局」 之一 [title-agency]
          若这是同一机关的另一写法，请把它加入该机关 body.yml 的 aliases；否则请把文件移到正确机关的目录。
      "
    `);
    expect(run.stdout).toContain('报告已添加，但还有错误（见上）');
  });
});

describe('gongkai add FILE (existing reports)', () => {
  test('refuses to replace a report, and writes nothing', async () => {
    const { dir, root } = scratch(['zhengzhou-hrss'], true);
    const before = tree(root).map((p) => [p, readFileSync(join(root, p), 'utf8')]);
    const run = await gongkai(['add', put(dir, 'r.docx', await docxOf(correctedSeedText('zhengzhou-hrss'))), '--root', root], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatchInlineSnapshot(`
      "<dir>/root/zhengzhou-hrss/2023.txt 已存在：2023 年的报告已经收录。
        若要用这个文件替换它，请加上 --force（原有的 2023.yml 中的来源、更正和豁免记录会保留）。
      没有添加任何文件。
      "
    `);
    expect(tree(root).map((p) => [p, readFileSync(join(root, p), 'utf8')])).toEqual(before);
  });

  test('--force replaces it and keeps the sidecar’s corrections', async () => {
    const { dir, root } = scratch(['zhengzhou-hrss'], true);
    const sidecar = readFileSync(join(root, 'zhengzhou-hrss/2023.yml'), 'utf8');
    const text = seedText('zhengzhou-hrss');
    const run = await gongkai(['add', put(dir, 'r.txt', text.replace(/\n/g, '\r\n')), '--root', root, '--force', '--source', 'https://example.gov.cn/a.html'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('→ <dir>/root/zhengzhou-hrss/2023.txt（已替换原文件）');
    expect(readFileSync(join(root, 'zhengzhou-hrss/2023.txt'), 'utf8')).toBe(text);
    const after = readFileSync(join(root, 'zhengzhou-hrss/2023.yml'), 'utf8');
    expect(parseYaml(after)).toEqual({ ...parseYaml(sidecar), source: 'https://example.gov.cn/a.html' });
    expect(after).toContain('# 四、行政复议、行政诉讼情况: the published data row has 16 cells');
    expect(loadCorpus(root).reports[0]!.corrections).toHaveLength(1);
  });

  test('--force with a .txt replacing a .md of the same year leaves one report', async () => {
    const { dir, root } = scratch(['huiji-hrss']);
    expect((await gongkai(['add', put(dir, 'a.md', seedText('huiji-hrss')), '--root', root], dir)).code).toBe(0);
    const refused = await gongkai(['add', put(dir, 'b.txt', seedText('huiji-hrss')), '--root', root], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('<dir>/root/huiji-hrss/2023.md 已存在');
    const run = await gongkai(['add', put(dir, 'b.txt', seedText('huiji-hrss')), '--root', root, '--force'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('× <dir>/root/huiji-hrss/2023.md（已删除：同一年份只保留一份报告）');
    expect(tree(root)).toEqual(['huiji-hrss/2023.txt', 'huiji-hrss/2023.yml', 'huiji-hrss/body.yml']);
  });

  test('next year’s title with the province in front finds the body, and the name becomes an alias', async () => {
    const { dir, root } = scratch(['zhengdong-social-affairs'], true);
    const next = nextYearOf(seedText('zhengdong-social-affairs')).replace('郑州市郑东新区社会事业局 2024', '河南省郑州市郑东新区社会事业局 2024');
    const run = await gongkai(['add', put(dir, 'next.txt', next), '--root', root], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('机关：郑州市郑东新区社会事业局（已有机关，目录 zhengdong-social-affairs；标题中的「河南省郑州市郑东新区社会事业局」是它的别名）');
    expect(tree(root).filter((f) => f.endsWith('2024.txt'))).toEqual(['zhengdong-social-affairs/2024.txt']);
    expect(loadCorpus(root).bodies.map((b) => b.meta.aliases)).toEqual([['郑东新区社会事业局', '河南省郑州市郑东新区社会事业局']]);
  });

  test('a report of an existing body for a new year lands beside the old one, with the cross-year check shown', async () => {
    const { dir, root } = scratch(['zhengdong-social-affairs'], true);
    const next = nextYearOf(seedText('zhengdong-social-affairs'));
    const run = await gongkai(['add', put(dir, '2024年报告.txt', next), '--root', root, '--source', 'https://www.zhengdong.gov.cn/2024.html', '--retrieved', '2025-02-01'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "已导入 <dir>/2024年报告.txt（纯文本）
        → <dir>/root/zhengdong-social-affairs/2024.txt
        → <dir>/root/zhengdong-social-affairs/2024.yml
      机关：郑州市郑东新区社会事业局（已有机关，目录 zhengdong-social-affairs）
      年份：2024（读自标题）
      检查 <dir>/root/zhengdong-social-affairs：没有错误，2 个警告
      可以提交了：git add <dir>/root/zhengdong-social-affairs，git commit，然后发起 Pull Request（步骤见 CONTRIBUTING.md）。
      "
    `);
    expect(run.stderr).toMatchInlineSnapshot(`
      "<dir>/root/zhengdong-social-affairs/2024.txt:42:19: warning: 「自然人」列：本年“二、上年结转”为 1，但 2023 年报告“四、结转下年度继续办理”为 0；二者通常应相等 [cross-year]
      <dir>/root/zhengdong-social-affairs/2024.txt:42:31: warning: 「总计」列：本年“二、上年结转”为 1，但 2023 年报告“四、结转下年度继续办理”为 0；二者通常应相等 [cross-year]
      "
    `);
    const corpus = loadCorpus(root);
    expect(corpus.reports.map((r) => r.id)).toEqual(['zhengdong-social-affairs-2023', 'zhengdong-social-affairs-2024']);
    expect(corpus.reports[1]!.warnings.map((w) => w.rule)).toEqual(['cross-year', 'cross-year']);
  });
});

describe('gongkai add FILE (files it cannot take)', () => {
  const refusals: Array<[string, string, Uint8Array | string]> = [
    ['a PDF', 'r.pdf', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['an old Word document', 'r.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['a binary file', 'r.txt', new Uint8Array([0x41, 0, 0x42, 0, 0x43])],
    ['text in neither UTF-8 nor GBK', 'r.txt', new Uint8Array([0x80, 0x80, 0x80, 0xff, 0xfe, 0x41])],
    ['a zip that is no Word document', 'r.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])],
  ];
  for (const [what, name, bytes] of refusals) {
    test(`refuses ${what}, writing nothing`, async () => {
      const { dir, root } = scratch(['huiji-hrss']);
      const run = await gongkai(['add', put(dir, name, bytes), '--root', root], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatchSnapshot();
      expect(tree(root)).toEqual(['huiji-hrss/body.yml']);
    });
  }

  test('a title without a year needs --year', async () => {
    const { dir, root } = scratch(['huiji-hrss']);
    const file = put(dir, 'r.txt', seedText('huiji-hrss').replace('2023 年政府信息公开', '政府信息公开'));
    const refused = await gongkai(['add', file, '--root', root], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatchInlineSnapshot(`
      "<dir>/r.txt：标题中读不出报告年度。
        请在命令后加上 --year 年份（如 --year 2023），或把标题改为“××机关2023年政府信息公开工作年度报告”。
      没有添加任何文件。
      "
    `);
    expect(tree(root)).toEqual(['huiji-hrss/body.yml']);
    const run = await gongkai(['add', file, '--root', root, '--year', '2023'], dir);
    expect(run.stdout).toContain('年份：2023（由 --year 指定）');
    expect(tree(root)).toContain('huiji-hrss/2023.txt');
  });

  test('a title without a body’s name needs --body', async () => {
    const { dir, root } = scratch(['huiji-hrss']);
    const file = put(dir, 'r.txt', seedText('huiji-hrss').replace('惠济区人力资源和社会保障局 2023 年', '2023 年'));
    const refused = await gongkai(['add', file, '--root', root], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatchInlineSnapshot(`
      "<dir>/r.txt：标题中读不出机关名称，无法确定报告属于哪个机关。
        已有机关的报告，请加上 --body 机关编号（content/reports 下的目录名）；新机关请先把标题改为“××机关××××年政府信息公开工作年度报告”。
      没有添加任何文件。
      "
    `);
    expect(tree(root)).toEqual(['huiji-hrss/body.yml']);
    const run = await gongkai(['add', file, '--root', root, '--body', 'huiji-hrss'], dir);
    expect(run.stdout).toContain('机关：惠济区人力资源和社会保障局（已有机关，目录 huiji-hrss）');
    // The title still names no body, which check reports.
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[title-agency]');
  });
});

describe('gongkai add (usage errors: exit 2)', () => {
  const cases: Array<[string, (file: string, root: string) => string[]]> = [
    ['no file', (_, root) => ['add', '--root', root]],
    ['two files', (file, root) => ['add', file, file, '--root', root]],
    ['a missing file', (_, root) => ['add', '/nonexistent/report.txt', '--root', root]],
    ['a bad --body', (file, root) => ['add', file, '--root', root, '--body', '郑州']],
    ['a bad --year', (file, root) => ['add', file, '--root', root, '--year', '23']],
    ['a bad --source', (file, root) => ['add', file, '--root', root, '--source', 'www.example.gov.cn']],
    ['a bad --retrieved', (file, root) => ['add', file, '--root', root, '--retrieved', '2024-02-30']],
    ['a missing root', (file) => ['add', file, '--root', '/nonexistent/root']],
    ['an unknown option', (file, root) => ['add', file, '--root', root, '--overwrite']],
  ];
  for (const [what, args] of cases) {
    test(what, async () => {
      const { dir, root } = scratch();
      const file = put(dir, 'r.txt', seedText('huiji-hrss'));
      const run = await gongkai(args(file, root), dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatchSnapshot();
      expect(existsSync(join(root, 'huiji-hrss'))).toBe(false);
    });
  }
});

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
  const rows = new Map([...guide.matchAll(/^\| `([a-z-]+)` \|.*\| ([^|]+) \|$/gm)].map((m) => [m[1]!, m[2]!.trim()]));

  test('explains every rule id once, and says which may be waived', () => {
    expect([...rows.keys()].sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      if (id === 'cross-year') continue;
      expect([id, rows.get(id) === '是']).toEqual([id, WAIVABLE_RULES.has(id)]);
    }
  });

  test('quotes content/reports/zhengzhou-hrss/2023.yml exactly', () => {
    const quoted = /全部内容：\n\n```yaml\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(quoted).toBe(readFileSync(new URL('../../content/reports/zhengzhou-hrss/2023.yml', import.meta.url), 'utf8'));
  });

  test('its waiver example is a valid <year>.yml', () => {
    const example = /在 `2023.yml` 中按报错的规则编号和行号写豁免：\n\n```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    expect(ReportMeta.parse(parseYaml(example)).waivers).toEqual([{ rule: 'appeals-total', line: 72, reason: expect.stringContaining('原表如此') }]);
  });
});

describe('gongkai add FOLDER', () => {
  test('imports every report file in it, then prints one summary table', async () => {
    const { dir, root } = scratch(['huiji-hrss']);
    const folder = join(dir, '下载');
    mkdirSync(folder);
    put(folder, 'pingtan-2024.html', readFileSync(new URL('../fixtures/real/pingtan-2024.html', import.meta.url)));
    put(folder, 'huiji.txt', seedText('huiji-hrss'));
    put(folder, 'notes.md', '这不是报告\n');
    put(folder, 'image.png', 'not a report, not tried');
    const run = await gongkai(['add', folder, '--root', root], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.slice(run.stdout.lastIndexOf('共 '))).toMatchInlineSnapshot(`
      "共 3 个文件：1 个已导入且没有错误，1 个已导入但有错误，1 个未导入

      | 文件 | 机关目录 | 年份 | 错误 | 警告 | 结果 |
      |---|---|---|---|---|---|
      | <dir>/下载/huiji.txt | huiji-hrss | 2023 | 0 | 0 | 可以提交 |
      | <dir>/下载/notes.md | — | — | — | — | 未导入：<dir>/下载/notes.md：标题中读不出报告年度。 |
      | <dir>/下载/pingtan-2024.html | ping-tan-zonghe-shiyan-qu | 2024 | 1 | 0 | 有错误，请按上面的提示修改 |
      "
    `);
    expect(tree(root)).toContain('huiji-hrss/2023.txt');
  });

  test('refuses options that belong to one report', async () => {
    const { dir, root } = scratch();
    const run = await gongkai(['add', dir, '--root', root, '--year', '2023'], dir);
    expect([run.code, run.stderr.trim()]).toEqual([2, 'gongkai add: 导入整个目录时不能用 --body、--year 或 --source（它们只适用于一份报告）；请逐个文件导入，或去掉这些选项']);
  });
});
