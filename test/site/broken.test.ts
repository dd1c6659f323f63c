/**
 * A report with an error stops the build: the real Astro build and the
 * guarded build script (scripts/build.ts, what `npm run build` runs) exit
 * non-zero and print every diagnostic of every file as FILE:LINE:COLUMN; the
 * script leaves the previous good site exactly as it was, and nothing else.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, buildSite, buildWithScript, childEnv, listFiles, makeContent, normalizePaths, removeContent, seedFile, type BuildResult, type ScriptResult } from '../helpers/site.ts';

const RECEIVED = '一、本年新收政府信息公开申请数量\t\t5\t';

/**
 * Three broken files among good seeds: zhengzhou-hrss-2023 as published
 * (without the sidecar that corrects its line 82), zhengdong-social-affairs-2023
 * with one cell changed, a sidecar whose source link is a script, and a
 * body.yml whose website is a data: URL.
 */
function brokenContent(name: string): string {
  const zhengdong = seedFile('zhengdong-social-affairs/2023.txt');
  expect(zhengdong).toContain(RECEIVED);
  return makeContent({
    name,
    remove: ['zhengzhou-hrss/2023.yml'],
    files: {
      'zhengdong-social-affairs/2023.txt': zhengdong.replace(RECEIVED, RECEIVED.replace('5', '6')),
      'zhangshu-hrss/2023.yml': `${seedFile('zhangshu-hrss/2023.yml')}source: "javascript:alert(1)"\n`,
      'huiji-hrss/body.yml': `${seedFile('huiji-hrss/body.yml')}website: "data:text/html,<script>alert(1)</script>"\n`,
    },
  });
}

/** The diagnostic lines of a build's output, fixture root replaced by <content>. */
const diagnostics = (output: string, content: string) =>
  normalizePaths(output, content)
    .split('\n')
    .filter((l) => /^\S+:\d+:\d+: (error|warning): /.test(l));

const contents: string[] = [];
const made: string[] = [];
let astro: BuildResult;
let script: ScriptResult;
let lateFailure: ScriptResult;
let good: ScriptResult;
let broken: string;
let staleOut: string;

beforeAll(async () => {
  broken = brokenContent('broken');
  const seeds = makeContent({ name: 'seeds-script' });
  contents.push(broken, seeds);
  // A previous good build in the output dir: a failed build must leave it untouched (issue 10).
  const staleParent = buildDir('stale');
  staleOut = join(staleParent, 'dist');
  made.push(staleParent);
  mkdirSync(staleOut, { recursive: true });
  writeFileSync(join(staleOut, 'index.html'), '<!doctype html><title>old</title>');
  // A Pagefind that fails: the site is fully built in the scratch dir when the script has to give up.
  const fakeBin = mkdtempSync(join(tmpdir(), 'gongkai-test-fakebin-'));
  made.push(fakeBin);
  writeFileSync(join(fakeBin, 'pagefind'), '#!/bin/sh\necho "pagefind: simulated failure" >&2\nexit 3\n');
  chmodSync(join(fakeBin, 'pagefind'), 0o755);
  [astro, script, lateFailure, good] = await Promise.all([
    buildSite({ content: broken, name: 'broken' }),
    buildWithScript({ content: broken, name: 'broken', outDir: staleOut }),
    buildWithScript({ content: seeds, name: 'late-failure', env: { PATH: `${fakeBin}:${childEnv().PATH}` } }),
    buildWithScript({ content: seeds, name: 'seeds' }),
  ]);
});

afterAll(() => {
  for (const b of [astro, script, lateFailure, good]) b?.cleanup();
  for (const c of contents) removeContent(c);
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('astro build with a broken report', () => {
  it('fails', () => {
    expect(astro.exitCode, astro.output).not.toBe(0);
    expect(astro.ok).toBe(false);
  });

  it('prints every diagnostic of every broken file as FILE:LINE:COLUMN: error: MESSAGE [rule-id]', () => {
    expect(diagnostics(astro.output, broken)).toMatchInlineSnapshot(`
      [
        "<content>/huiji-hrss/body.yml:10:1: error: website：须为 http:// 或 https:// 开头的网址 [body-metadata]",
        "<content>/zhangshu-hrss/2023.yml:2:1: error: source：须为 http:// 或 https:// 开头的网址 [report-metadata]",
        "<content>/zhengdong-social-affairs/2023.txt:41:31: error: 「一、本年新收政府信息公开申请数量」行：总计列为 8，但自然人与法人或其他组织各列之和为 9；二者应相等 [applications-row-total]",
        "<content>/zhengdong-social-affairs/2023.txt:65:14: error: 「自然人」列：一、新收 6 + 二、上年结转 0 = 6，但三、（七）总计 5 + 四、结转下年度 0 = 5；二者应相等 [applications-balance]",
        "<content>/zhengzhou-hrss/2023.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]",
      ]
    `);
  });

  it('names zhengzhou-hrss-2023 line 82 with the cell count', () => {
    expect(diagnostics(astro.output, broken).filter((l) => l.startsWith('<content>/zhengzhou-hrss/2023.txt:82:'))).toEqual([expect.stringMatching(/ error: .* \[cell-count\]$/)]);
  });

  it('names the changed cell of zhengdong-social-affairs-2023 (line 41) with its rules', () => {
    const lines = diagnostics(astro.output, broken).filter((l) => l.startsWith('<content>/zhengdong-social-affairs/2023.txt:'));
    expect(lines.some((l) => /:41:\d+: error: .*\[applications-row-total\]$/.test(l)), lines.join('\n')).toBe(true);
    expect(lines.some((l) => /\[applications-balance\]$/.test(l)), lines.join('\n')).toBe(true);
  });

  it('rejects links that are not http(s): pages would print them as clickable scripts', () => {
    const lines = diagnostics(astro.output, broken).filter((l) => /^<content>\/(zhangshu-hrss\/2023|huiji-hrss\/body)\.yml:/.test(l));
    expect(lines, astro.output).toEqual([
      expect.stringMatching(/^<content>\/huiji-hrss\/body\.yml:\d+:\d+: error: .*\[body-metadata\]$/),
      expect.stringMatching(/^<content>\/zhangshu-hrss\/2023\.yml:\d+:\d+: error: .*\[report-metadata\]$/),
    ]);
  });

  it('says the build stopped, with the number of errors', () => {
    expect(astro.output).toMatch(/\d+ 个错误：报告未通过检查，构建中止/);
  });

  it('writes no pages', () => {
    expect(listFiles(astro.dir).filter((f) => f.endsWith('.html'))).toEqual([]);
  });
});

describe('the guarded build script (npm run build)', () => {
  it('fails on a broken report with the same diagnostics, and says the previous site is kept', () => {
    expect(script.exitCode, script.output).not.toBe(0);
    expect(diagnostics(script.output, broken)).toEqual(diagnostics(astro.output, broken));
    expect(script.output).toContain('构建失败');
    expect(script.output).toContain('保持为上一次成功构建的站点');
  });

  it('leaves the previous build untouched and nothing beside it', () => {
    expect(listFiles(staleOut)).toEqual(['index.html']);
    expect(readFileSync(join(staleOut, 'index.html'), 'utf8')).toBe('<!doctype html><title>old</title>');
    expect(script.leftovers()).toEqual([]);
  });

  it('leaves no site and nothing beside it when a step after the Astro build fails', () => {
    expect(lateFailure.exitCode, lateFailure.output).not.toBe(0);
    expect(lateFailure.output).toContain('pagefind: simulated failure');
    expect(lateFailure.output).toContain('没有生成');
    expect(existsSync(lateFailure.dir)).toBe(false);
    expect(lateFailure.leftovers()).toEqual([]);
  });

  it('on good content, builds the site with its search index and leaves nothing beside it', () => {
    expect(good.ok, good.output).toBe(true);
    const files = listFiles(good.dir);
    expect(files).toContain('index.html');
    expect(files).toContain('data/reports.json');
    expect(files.some((f) => f.startsWith('pagefind/')), 'Pagefind index').toBe(true);
    expect(good.leftovers()).toEqual([]);
    expect(readFileSync(join(good.dir, 'index.html'), 'utf8')).toContain('<html');
  });
});
