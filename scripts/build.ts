/**
 * Build the site into a scratch folder and move it to dist/ only when every
 * step succeeded, so a failed build never leaves a half-written dist/ that
 * looks like a good one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

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

/** Steps on the built site: the search index. */
function postBuild(dir: string): boolean {
  if (!existsSync('node_modules/.bin/pagefind')) return true;
  return run('pagefind', ['--site', dir, '--silent']);
}
