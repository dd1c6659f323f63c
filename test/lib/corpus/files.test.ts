/**
 * Issue 10, defects 4 and 6: only regular files inside content/reports are
 * read. Each case puts one hostile thing into a copy of a seed body and
 * asserts a positioned error for it, no crash and no hang, nothing read from
 * outside the root, and the rest of the corpus still loaded and checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../../../src/lib/corpus/files.ts';
import { checkTarget, loadCorpus, type Corpus } from '../../../src/lib/corpus/load.ts';
import { setValue } from '../../fixtures/edits.ts';
import { removeTempFolders, tempFolder } from '../../fixtures/folders.ts';
import { ROOT, seedText } from '../../fixtures/seeds.ts';

afterEach(removeTempFolders);

const BODY = 'zhengdong-social-affairs';
const OTHER = 'zhengzhou-government';
const SEED = 'zhengdong-social-affairs-2023';

/** A content root with the zhengdong body and the zhengzhou-government body (a good one, to show it still loads). */
function root(): string {
  return tempFolder({}, { [BODY]: `${ROOT}content/reports/${BODY}`, [OTHER]: `${ROOT}content/reports/${OTHER}` });
}

/** Every diagnostic as `path line:col rule`, path from the root. */
function problems(corpus: Corpus, dir: string): string[] {
  const shown = relative(process.cwd(), dir);
  return corpus.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${f.path.replace(`${shown}/`, '')} ${d.line}:${d.column} ${d.rule}`));
}

/** A folder outside the content root, removed at the end. */
const outside = mkdtempSync(join(tmpdir(), 'gongkai-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`), 'name: *h', ''].join('\n');

function expectOthersLoaded(corpus: Corpus) {
  expect(corpus.reports.map((r) => r.id)).toContain('zhengzhou-government-2022');
}

describe('only regular files are read in content/reports', () => {
  it('a YAML alias bomb in body.yml or a sidecar is a positioned metadata error', () => {
    for (const [file, rule] of [
      ['body.yml', 'body-metadata'],
      ['2023.yml', 'report-metadata'],
    ] as const) {
      const dir = root();
      writeFileSync(join(dir, BODY, file), BOMB);
      const corpus = loadCorpus(dir);
      expect(problems(corpus, dir)).toEqual([`${BODY}/${file} 2:8 ${rule}`]);
      expectOthersLoaded(corpus);
    }
  });

  it('a directory where 2023.txt, body.yml or 2023.yml belongs is a file-type error', () => {
    for (const file of ['2023.txt', 'body.yml', '2023.yml']) {
      const dir = root();
      rmSync(join(dir, BODY, file));
      mkdirSync(join(dir, BODY, file));
      const corpus = loadCorpus(dir);
      expect(problems(corpus, dir), file).toContain(`${BODY}/${file} 1:1 file-type`);
      expectOthersLoaded(corpus);
    }
  });

  it('a dangling symlink and a symlink loop are file-type errors', () => {
    const dir = root();
    rmSync(join(dir, BODY, '2023.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, BODY, '2023.txt'));
    symlinkSync('2021.txt', join(dir, BODY, '2020.txt'));
    symlinkSync('2020.txt', join(dir, BODY, '2021.txt'));
    const corpus = loadCorpus(dir);
    expect(problems(corpus, dir)).toEqual([`${BODY}/2020.txt 1:1 file-type`, `${BODY}/2021.txt 1:1 file-type`, `${BODY}/2023.txt 1:1 file-type`]);
    expect(corpus.files.find((f) => f.path.endsWith(`${BODY}/2023.txt`))!.diagnostics[0]!.message).toContain('符号链接');
    expectOthersLoaded(corpus);
  });

  it('a FIFO named 2023.txt is a file-type error, not a hang', { timeout: 10_000 }, (ctx) => {
    const dir = root();
    rmSync(join(dir, BODY, '2023.txt'));
    const made = spawnSync('mkfifo', [join(dir, BODY, '2023.txt')]);
    if (made.status !== 0) return ctx.skip('mkfifo is not available');
    const corpus = loadCorpus(dir);
    expect(problems(corpus, dir)).toEqual([`${BODY}/2023.txt 1:1 file-type`]);
    expect(corpus.files.find((f) => f.path.endsWith('2023.txt'))!.diagnostics[0]!.message).toContain('命名管道');
    expectOthersLoaded(corpus);
  });

  it('a report reached through a symlink to outside the repository is not published', () => {
    const dir = root();
    writeFileSync(join(outside, 'report.txt'), seedText(SEED));
    rmSync(join(dir, BODY, '2023.txt'));
    symlinkSync(join(outside, 'report.txt'), join(dir, BODY, '2023.txt'));
    // And a whole body folder linked from outside.
    mkdirSync(join(outside, 'linked'));
    writeFileSync(join(outside, 'linked/body.yml'), 'name: 外部\nregion:\n  province: 河南省\nkind: department\n');
    symlinkSync(join(outside, 'linked'), join(dir, 'linked'));
    const corpus = loadCorpus(dir);
    expect(problems(corpus, dir)).toEqual(['linked 1:1 file-type', `${BODY}/2023.txt 1:1 file-type`]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['zhengzhou-government-2022']);
    expect(corpus.bodies.map((b) => b.id)).toEqual([BODY, OTHER]);
  });

  it('a report larger than the stated limit is a file-size error', () => {
    const dir = root();
    writeFileSync(join(dir, BODY, '2023.txt'), `${seedText(SEED)}\n${'啊'.repeat(MAX_REPORT_BYTES / 3)}\n`);
    const corpus = loadCorpus(dir);
    expect(problems(corpus, dir)).toEqual([`${BODY}/2023.txt 1:1 file-size`]);
    expectOthersLoaded(corpus);
  });

  it('a folder without body.yml reports that and the broken table in its report', () => {
    const dir = root();
    rmSync(join(dir, BODY, 'body.yml'));
    writeFileSync(join(dir, BODY, '2023.txt'), setValue(seedText(SEED), 27, 0, '0', 'x'));
    const corpus = loadCorpus(dir);
    expect(problems(corpus, dir)).toEqual([`${BODY}/body.yml 1:1 body-metadata`, `${BODY}/2023.txt 27:6 cell-value`]);
    // check on the folder alone says the same.
    const target = checkTarget(join(dir, BODY));
    expect(target.checks.flatMap((f) => f.diagnostics.map((d) => d.rule))).toEqual(['body-metadata', 'cell-value']);
  });

  it('every problem of every file in one run', () => {
    const dir = root();
    writeFileSync(join(dir, BODY, 'body.yml'), BOMB);
    rmSync(join(dir, BODY, '2023.yml'));
    mkdirSync(join(dir, BODY, '2023.yml'));
    writeFileSync(join(dir, BODY, '2023.txt'), setValue(seedText(SEED), 27, 0, '0', 'x'));
    symlinkSync(join(dir, 'nowhere'), join(dir, BODY, '2022.txt'));
    const corpus = loadCorpus(dir);
    expect(problems(corpus, dir)).toEqual([
      `${BODY}/body.yml 2:8 body-metadata`,
      `${BODY}/2022.txt 1:1 file-type`,
      `${BODY}/2023.txt 27:6 cell-value`,
      `${BODY}/2023.yml 1:1 file-type`,
    ]);
    expectOthersLoaded(corpus);
  });
});
