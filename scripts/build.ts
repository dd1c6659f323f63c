/**
 * Build the site into a scratch folder and move it to dist/ only when every
 * step succeeded, so a failed build never leaves a half-written dist/ that
 * looks like a good one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// GONGKAI_OUT_DIR lets tests build elsewhere than the shared dist/; the scratch dir sits beside it so the final rename stays on one filesystem.
const OUT = process.env.GONGKAI_OUT_DIR ?? 'dist';
const SCRATCH = process.env.GONGKAI_OUT_DIR ? `${OUT}.build-tmp` : '.build-tmp';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

rmSync(SCRATCH, { recursive: true, force: true });
const ok = run('astro', ['build', '--outDir', SCRATCH]) && postBuild(SCRATCH);
if (!ok) {
  rmSync(SCRATCH, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  console.error('构建失败：dist/ 已清除，未留下不完整的站点。');
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
renameSync(SCRATCH, OUT);
console.log(`构建完成：${OUT}/`);

/**
 * Steps on the built site: the Pagefind search index that /search/ loads
 * (pagefind/pagefind-ui.js and the index beside it). Pagefind is a
 * dependency, so a missing binary is a broken install, not a reason to ship
 * a search page that cannot search.
 */
function postBuild(dir: string): boolean {
  if (!existsSync('node_modules/.bin/pagefind')) {
    console.error('找不到 node_modules/.bin/pagefind：请先运行 npm ci，搜索索引由它生成。');
    return false;
  }
  if (!run('pagefind', ['--site', dir, '--silent'])) return false;
  if (!existsSync(join(dir, 'pagefind/pagefind-ui.js'))) {
    console.error(`Pagefind 没有在 ${dir}/pagefind/ 写出搜索索引。`);
    return false;
  }
  return true;
}
