/**
 * Build the site so that a failed build never costs the last good one.
 *
 * - Each build has a scratch folder of its own (`dist.build-tmp-XXXXXX`,
 *   beside dist/ so the final rename stays on one filesystem).
 * - dist/ is replaced only when every step succeeded: the old one is renamed
 *   aside, the new one renamed in, the old one removed. On any failure
 *   (a broken report, a full disk, a missing `astro`, a signal) dist/ is left
 *   exactly as it was, and the message says so.
 * - One build at a time per output folder: `dist.build-lock` holds the
 *   builder's pid; a second build refuses with a clear message.
 * - A build killed outright (SIGKILL, power loss) leaves its lock and scratch
 *   folder behind; the next build finds the lock's process gone, removes the
 *   leftovers and, if it was killed between the two renames, puts the previous
 *   dist/ back first. All of them are in .gitignore.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

// GONGKAI_OUT_DIR lets tests build elsewhere than the shared dist/.
const OUT = resolve(process.env.GONGKAI_OUT_DIR ?? 'dist');
const PARENT = dirname(OUT);
const NAME = basename(OUT);
const LOCK = `${OUT}.build-lock`;
const SCRATCH_PREFIX = `${NAME}.build-tmp-`;
const OLD_PREFIX = `${NAME}.build-old-`;
/** What builds before this script's scratch folders were named: a killed one left it behind. */
const LEGACY_SCRATCH = resolve('.build-tmp');

const shown = process.env.GONGKAI_OUT_DIR ? OUT : 'dist/';
let scratch: string | undefined;
let child: ChildProcess | undefined;
let locked = false;

function fail(message: string): never {
  cleanUp();
  const kept = existsSync(OUT) ? `${shown} 保持为上一次成功构建的站点，未作任何改动。` : `没有生成 ${shown}。`;
  console.error(`构建失败：${message}\n${kept}`);
  process.exit(1);
}

function cleanUp(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
  if (locked) rmSync(LOCK, { force: true });
  locked = false;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Take the lock, or say who holds it. A lock whose process is gone is a killed build's: take it over. */
function lock(): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      locked = true;
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fail(`无法创建构建锁 ${LOCK}：${(error as Error).message}`);
    }
    let holder = NaN;
    let since = '';
    try {
      [holder, since] = ((text) => [Number(text[0]), text[1] ?? ''])(readFileSync(LOCK, 'utf8').split('\n')) as [number, string];
    } catch {
      // Gone between the open and the read: try again.
    }
    if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
      console.error(
        `构建未开始：另一个构建（进程 ${holder}${since ? `，开始于 ${since}` : ''}）正在生成 ${shown}。\n` +
          `请等它结束后再运行；同一目录同时只能有一个构建。若确定没有构建在运行，删除 ${LOCK} 后重试。\n${shown} 未作任何改动。`,
      );
      process.exit(1);
    }
    rmSync(LOCK, { force: true });
  }
  fail(`无法取得构建锁 ${LOCK}`);
}

/** What a killed build left: its scratch folders, and dist/ renamed aside if it died mid-swap. */
function recover(): void {
  const entries = existsSync(PARENT) ? readdirSync(PARENT) : [];
  const old = entries.filter((e) => e.startsWith(OLD_PREFIX)).sort();
  if (!existsSync(OUT) && old.length) {
    renameSync(join(PARENT, old.at(-1)!), OUT);
    console.log(`上一次构建在替换 ${shown} 时中断：已恢复原来的站点。`);
  }
  const leftovers = entries.filter((e) => e.startsWith(SCRATCH_PREFIX) || e.startsWith(OLD_PREFIX)).map((e) => join(PARENT, e));
  if (existsSync(LEGACY_SCRATCH)) leftovers.push(LEGACY_SCRATCH);
  for (const path of leftovers) if (existsSync(path)) rmSync(path, { recursive: true, force: true });
  if (leftovers.length) console.log(`已清除被中断的构建留下的 ${leftovers.length} 个临时目录。`);
}

function run(command: string, args: string[]): Promise<boolean> {
  return new Promise((done) => {
    child = spawn(command, args, { stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      const code = (error as NodeJS.ErrnoException).code;
      console.error(code === 'ENOENT' ? `找不到命令 ${command}：请先运行 npm ci。` : `无法运行 ${command}：${error.message}`);
      done(false);
    });
    child.on('exit', (status) => done(status === 0));
  }).finally(() => (child = undefined)) as Promise<boolean>;
}

/**
 * Steps on the built site: the Pagefind search index that /search/ loads
 * (pagefind/pagefind-ui.js and the index beside it). Pagefind is a
 * dependency, so a missing binary is a broken install, not a reason to ship
 * a search page that cannot search.
 */
async function postBuild(dir: string): Promise<boolean> {
  if (!existsSync('node_modules/.bin/pagefind')) {
    console.error('找不到 node_modules/.bin/pagefind：请先运行 npm ci，搜索索引由它生成。');
    return false;
  }
  if (!(await run('pagefind', ['--site', dir, '--silent']))) return false;
  if (!existsSync(join(dir, 'pagefind/pagefind-ui.js'))) {
    console.error(`Pagefind 没有在 ${dir}/pagefind/ 写出搜索索引。`);
    return false;
  }
  return true;
}

/** Old aside, new in, old removed; if the new one cannot go in, the old one goes back. */
function swapIn(dir: string): void {
  const old = existsSync(OUT) ? `${PARENT}/${OLD_PREFIX}${process.pid}` : undefined;
  if (old) renameSync(OUT, old);
  try {
    renameSync(dir, OUT);
  } catch (error) {
    if (old) renameSync(old, OUT);
    throw error;
  }
  scratch = undefined;
  if (old) rmSync(old, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    fail(`收到信号 ${signal}，构建已停止。`);
  });
}

async function main(): Promise<void> {
  lock();
  recover();
  try {
    scratch = mkdtempSync(join(PARENT, SCRATCH_PREFIX));
  } catch (error) {
    fail(`无法创建临时目录：${(error as Error).message}`);
  }
  if (!(await run('astro', ['build', '--outDir', scratch]))) fail('Astro 构建没有成功（见上方输出）。');
  if (!(await postBuild(scratch))) fail('生成搜索索引没有成功（见上方输出）。');
  try {
    swapIn(scratch);
  } catch (error) {
    fail(`无法把新站点移到 ${shown}：${(error as Error).message}`);
  }
  cleanUp();
  console.log(`构建完成：${shown}`);
}

await main();
