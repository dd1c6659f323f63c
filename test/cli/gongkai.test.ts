/**
 * The gongkai command, called as main(argv, io) with a fake io, and a few
 * cases through the real binary (bin/gongkai.js under Node 24) for exit codes
 * and streams end to end.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { setValue } from '../fixtures/edits.ts';
import { removeTempFolders, tempFolder, withoutFolder as stable } from '../fixtures/folders.ts';
import { gbk } from '../fixtures/layouts.ts';
import { placeOf, ROOT, SEEDS, seedText } from '../fixtures/seeds.ts';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

function spawn(...argv: string[]) {
  const r = spawnSync(`${ROOT}node_modules/.bin/node`, ['bin/gongkai.js', ...argv], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterEach(removeTempFolders);

/** A temporary folder with `files`, relative to the working directory as the paths in messages are. */
const folder = (files: Record<string, string | Uint8Array>, copies: Record<string, string> = {}) => relative(process.cwd(), tempFolder(files, copies));

/** content/reports with 行政复议 总计 146 printed as 147 in zhengzhou-government/2022.txt (appeals-total at 401). */
const brokenContent = () => folder({ 'zhengzhou-government/2022.txt': setValue(seedText('zhengzhou-government-2022'), 401, 0, '146', '147') }, { '.': `${ROOT}content/reports` });

const golden = (seed: string) => readFileSync(`${ROOT}test/golden/${seed}.json`, 'utf8');

describe('gongkai parse FILE', () => {
  it.each(SEEDS)('prints the canonical JSON of %s on stdout and exits 0', async (seed) => {
    expect(await run('parse', placeOf(seed).file)).toEqual({ code: 0, stdout: golden(seed), stderr: '' });
  });

  it('exits 1 on zhengzhou-hrss-2023 as published, naming line 82 on stderr and printing no JSON', async () => {
    const dir = folder({ 'zhengzhou-hrss-2023.txt': seedText('zhengzhou-hrss-2023') });
    const { code, stdout, stderr } = await run('parse', `${dir}/zhengzhou-hrss-2023.txt`);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^[^\n]*zhengzhou-hrss-2023\.txt:82:1: error: .* \[cell-count\]\n {4}\S[^\n]*\n$/);
    expect(stable(stderr, dir)).toMatchInlineSnapshot(`
      "<dir>/zhengzhou-hrss-2023.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。
      "
    `);
  });

  it('reads a GBK file outside content/reports with a warning on stderr', async () => {
    const dir = folder({ 'report.txt': gbk(seedText('zhengzhou-government-2022')) });
    const { code, stdout, stderr } = await run('parse', `${dir}/report.txt`);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).applications.total.total).toBe(3366);
    expect(stable(stderr, dir)).toMatchInlineSnapshot(`
      "<dir>/report.txt:1:1: warning: 文件编码为 GBK/GB18030，已按该编码读取；提交到 content/reports 前须转为 UTF-8 [file-encoding]
      "
    `);
  });

  it('refuses a .docx with exit 1 and a message that says what to do', async () => {
    const dir = folder({ 'report.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]) });
    const { code, stdout, stderr } = await run('parse', `${dir}/report.docx`);
    expect([code, stdout]).toEqual([1, '']);
    expect(stable(stderr, dir)).toMatchInlineSnapshot(`
      "<dir>/report.docx:1:1: error: 这是 Word 文档（.docx），不是纯文本报告 [file-encoding]
          请运行 npx gongkai add 文件.docx 导入，或把报告全文复制粘贴到 .txt 文件中。
      "
    `);
  });
});

describe('gongkai check [PATH…]', () => {
  it('passes content/reports, by default, with a summary line', async () => {
    expect(await run('check')).toEqual({ code: 0, stdout: '', stderr: '检查了 7 份报告：没有错误，0 个警告\n' });
    expect(await run('check', 'content/reports')).toEqual({ code: 0, stdout: '', stderr: '检查了 7 份报告：没有错误，0 个警告\n' });
  });

  it('checks one report file, with its body.yml and sidecar', async () => {
    expect(await run('check', 'content/reports/zhengzhou-hrss/2023.txt')).toEqual({ code: 0, stdout: '', stderr: '检查了 1 份报告：没有错误，0 个警告\n' });
  });

  it('checks one body’s folder', async () => {
    expect(await run('check', 'content/reports/zhengzhou-hrss')).toEqual({ code: 0, stdout: '', stderr: '检查了 1 份报告：没有错误，0 个警告\n' });
  });

  it('exits 1 on a content root with errors, one line per problem and a count', async () => {
    const dir = brokenContent();
    const { code, stdout, stderr } = await run('check', dir);
    expect([code, stdout]).toEqual([1, '']);
    expect(stable(stderr, dir)).toMatchInlineSnapshot(`
      "<dir>/zhengzhou-government/2022.txt:401:2: error: 行政复议：总计为 147，但结果维持 91 + 结果纠正 16 + 其他结果 9 + 尚未审结 30 = 146；二者应相等 [appeals-total]
      检查了 7 份报告：1 个错误，0 个警告
      "
    `);
  });

  it('--format github prints workflow commands', async () => {
    const dir = brokenContent();
    const { code, stderr } = await run('check', '--format', 'github', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^::error file=[^\n]*2022\.txt,line=401,col=2,title=appeals-total::/);
    expect(stable(stderr, dir)).toMatchInlineSnapshot(`
      "::error file=<dir>/zhengzhou-government/2022.txt,line=401,col=2,title=appeals-total::行政复议：总计为 147，但结果维持 91 + 结果纠正 16 + 其他结果 9 + 尚未审结 30 = 146；二者应相等 [appeals-total]
      ::error::检查了 7 份报告：1 个错误，0 个警告
      "
    `);
  });

  it('--format=github on content/reports ends with a notice', async () => {
    expect(await run('check', '--format=github')).toEqual({ code: 0, stdout: '', stderr: '::notice::检查了 7 份报告：没有错误，0 个警告\n' });
  });

  it('checks a folder of report files that is not a content root', async () => {
    const dir = folder({ 'a.txt': seedText('huiji-hrss-2023'), 'b.md': seedText('zhengzhou-hrss-2023'), 'README.md': '# 说明' });
    const { code, stderr } = await run('check', dir);
    expect(code).toBe(1);
    expect(stable(stderr, dir)).toMatchInlineSnapshot(`
      "<dir>/b.md:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。
      检查了 2 份报告：1 个错误，0 个警告
      "
    `);
  });
});

describe('usage errors exit 2 with a clear message', () => {
  it.each([
    [['parse'], 'parse without a file'],
    [['parse', 'a.txt', 'b.txt'], 'parse with two files'],
    [['parse', 'content/reports/nowhere/2023.txt'], 'a missing file'],
    [['parse', 'content/reports'], 'a directory to parse'],
    [['check', 'content/reports/nowhere'], 'a missing path to check'],
    [['check', '--format', 'xml'], 'a bad --format'],
    [['check', '--format'], '--format without a value'],
    [['check', '--verbose'], 'an unknown option'],
  ])('%j (%s)', async (argv) => {
    const { code, stdout, stderr } = await run(...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatchSnapshot();
  });

  it('an unknown command, with the help after it', async () => {
    const { code, stdout, stderr } = await run('frobnicate');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^gongkai: 未知命令「frobnicate」\n\n用法：\n/);
    expect(stderr).toContain('gongkai parse FILE');
  });

  it('a directory with no reports', async () => {
    const dir = folder({ 'notes.csv': 'x' });
    const { code, stderr } = await run('check', dir);
    expect(code).toBe(2);
    expect(stable(stderr, dir)).toMatchInlineSnapshot(`
      "gongkai check: <dir> 中没有报告文件（<年份>.txt 或 .md）
      "
    `);
  });

  it('no command: the help, on stderr', async () => {
    const { code, stdout, stderr } = await run();
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('用法：');
  });

  it('help: the help, on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await run('help');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('gongkai check [PATH…]');
  });
});

describe('bin/gongkai.js', () => {
  it('parse prints a seed’s JSON and exits 0', () => {
    expect(spawn('parse', 'content/reports/zhengzhou-government/2022.txt')).toEqual({ code: 0, stdout: golden('zhengzhou-government-2022'), stderr: '' });
  });

  it('parse exits 1 on the published zhengzhou-hrss-2023 with FILE:82:1 on stderr', () => {
    const dir = folder({ 'zhengzhou-hrss-2023.txt': seedText('zhengzhou-hrss-2023') });
    const { code, stdout, stderr } = spawn('parse', join(relative(ROOT, process.cwd()), dir, 'zhengzhou-hrss-2023.txt'));
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/zhengzhou-hrss-2023\.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） \[cell-count\]\n {4}请对照原报告逐格核对该行[^\n]*\n$/);
  });

  it('check passes content/reports', () => {
    expect(spawn('check')).toEqual({ code: 0, stdout: '', stderr: '检查了 7 份报告：没有错误，0 个警告\n' });
  });

  it('exits 2 on a usage error', () => {
    const { code, stderr } = spawn('check', 'no/such/dir');
    expect(code).toBe(2);
    expect(stderr).toBe('gongkai check: 找不到：no/such/dir\n');
  });
});

describe('gongkai check: data never forges a workflow command (issue 10, defect 5)', () => {
  const FORGED = '\n::error file=content/reports/x/2023.txt,line=1::伪造的错误';
  /** A body whose name has a forged command after a newline, and a waiver reason that has one too. */
  const forgedContent = () => {
    const body = readFileSync(`${ROOT}content/reports/zhengzhou-government/body.yml`, 'utf8').replace(/^name: .*$/m, `name: ${JSON.stringify(`郑州市${FORGED}`)}`);
    const sidecar = `${readFileSync(`${ROOT}content/reports/zhengzhou-government/2022.yml`, 'utf8')}waivers:\n  - rule: appeals-total\n    line: 401\n    reason: ${JSON.stringify(`原表如此${FORGED}`)}\n`;
    return folder(
      {
        'zhengzhou-government/body.yml': body,
        'zhengzhou-government/2022.yml': sidecar,
        'zhengzhou-government/2022.txt': setValue(seedText('zhengzhou-government-2022'), 401, 0, '146', '147'),
      },
      { 'zhengzhou-government': `${ROOT}content/reports/zhengzhou-government` },
    );
  };
  const commandLines = (out: string) => out.split(/\r\n|\r|\n/).filter((l) => l.startsWith('::'));

  it('in text output, no line begins with ::', async () => {
    const dir = forgedContent();
    const { stderr } = await run('check', dir);
    expect(stderr).toContain('伪造的错误');
    expect(commandLines(stderr)).toEqual([]);
  });

  it('in GitHub output, one command per diagnostic and the summary, nothing more', async () => {
    const dir = forgedContent();
    const { stderr } = await run('check', '--format', 'github', dir);
    const lines = commandLines(stderr);
    expect(lines.length).toBe(stderr.trimEnd().split('\n').length);
    expect(lines.filter((l) => l.includes('伪造的错误')).every((l) => /^::(error|warning) file=[^:]*zhengzhou-government\/2022\.txt,/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error file=content/reports/x'))).toBe(false);
  });
});
