/**
 * Issue 10, defect 2: the last good site survives every fault of a build.
 * scripts/build.ts runs here with a fake `astro` and `pagefind` first on
 * PATH (shell scripts that write a small site, or fail, or hang), so each
 * fault costs a second, not a real build; the real build's own failure (a
 * broken report) is in broken.test.ts. Each test starts from a previous good
 * site in the output dir and asserts that it is still there, byte for byte.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLeftovers, childEnv, listFiles, ROOT, run } from '../helpers/site.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made.reverse()) rmSync(d, { recursive: true, force: true });
});
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `gongkai-fault-${name}-`));
  made.push(d);
  return d;
};

/** FAKE_ASTRO: ok (a one-page site), fail (half a site, then exit 1), hang (300 files, then sleep), fill (10 MB). */
const FAKE_ASTRO = `#!/bin/sh
while [ "$#" -gt 0 ]; do [ "$1" = --outDir ] && out="$2"; shift; done
mkdir -p "$out"
case "$FAKE_ASTRO" in
  ok) echo '<!doctype html><title>new</title>' > "$out/index.html" ;;
  fail) echo half > "$out/index.html"; echo 'astro: simulated failure' >&2; exit 1 ;;
  hang) i=0; while [ $i -lt 300 ]; do echo x > "$out/page-$i.html"; i=$((i+1)); done; touch "$FAKE_STARTED"; exec sleep 60 ;;
  fill) head -c 10485760 /dev/zero > "$out/big.bin" || exit 1 ;;
esac
`;
const FAKE_PAGEFIND = `#!/bin/sh
while [ "$#" -gt 0 ]; do [ "$1" = --site ] && site="$2"; shift; done
mkdir -p "$site/pagefind" && echo '' > "$site/pagefind/pagefind-ui.js"
`;

const bin = temp('bin');
for (const [name, text] of [
  ['astro', FAKE_ASTRO],
  ['pagefind', FAKE_PAGEFIND],
] as const) {
  writeFileSync(join(bin, name), text);
  chmodSync(join(bin, name), 0o755);
}
const NODE = join(ROOT, 'node_modules/.bin/node');
const OLD_SITE = '<!doctype html><title>old</title>';

/** An output dir holding a previous good site, in its own parent (or under `parent`). */
function previousSite(parent = temp('out')): string {
  const out = join(parent, 'dist');
  mkdirSync(join(out, 'reports'), { recursive: true });
  writeFileSync(join(out, 'index.html'), OLD_SITE);
  writeFileSync(join(out, 'reports/a.json'), '{}');
  return out;
}

const expectPreviousSite = (out: string) => {
  expect(listFiles(out)).toEqual(['index.html', 'reports/a.json']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(OLD_SITE);
};

const env = (out: string, mode: string, extra: Record<string, string> = {}) => childEnv({ GONGKAI_OUT_DIR: out, FAKE_ASTRO: mode, PATH: `${bin}:${childEnv().PATH}`, ...extra });
const build = (out: string, mode: string, extra: Record<string, string> = {}) => run(NODE, ['scripts/build.ts'], env(out, mode, extra));

/** A build in the background, in its own process group so the fake astro dies with it. */
function startBuild(out: string, mode: string, started: string) {
  const child = spawn(NODE, ['scripts/build.ts'], { cwd: ROOT, env: env(out, mode, { FAKE_STARTED: started }), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s));
  const exited = new Promise<number | null>((done) => child.on('close', (code, signal) => done(code ?? (signal ? -1 : null))));
  return { child, exited, output: () => output };
}

async function until(what: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('scripts/build.ts keeps the last good site', () => {
  it('replaces it on success and leaves nothing beside it', async () => {
    const out = previousSite();
    const r = await build(out, 'ok');
    expect(r.ok, r.output).toBe(true);
    expect(listFiles(out)).toEqual(['index.html', 'pagefind/pagefind-ui.js']);
    expect(buildLeftovers(out)).toEqual([]);
  });

  it('a failing build leaves it untouched and says so', async () => {
    const out = previousSite();
    const r = await build(out, 'fail');
    expect(r.ok).toBe(false);
    expect(r.output).toContain('astro: simulated failure');
    expect(r.output).toContain('保持为上一次成功构建的站点');
    expectPreviousSite(out);
    expect(buildLeftovers(out)).toEqual([]);
  });

  it('a missing astro leaves it untouched', async () => {
    const out = previousSite();
    const r = await run(NODE, ['scripts/build.ts'], { ...env(out, 'ok'), PATH: '/nonexistent' });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('找不到命令 astro');
    expectPreviousSite(out);
    expect(buildLeftovers(out)).toEqual([]);
  });

  it('a build killed midway (SIGKILL) leaves it untouched; the next build cleans up and succeeds', async () => {
    const out = previousSite();
    const started = join(temp('mark'), 'started');
    const killed = startBuild(out, 'hang', started);
    await until(() => existsSync(started));
    process.kill(-killed.child.pid!, 'SIGKILL');
    await killed.exited;
    expectPreviousSite(out);
    const left = buildLeftovers(out);
    expect(left).toContain('dist.build-lock');
    expect(left.some((e) => e.startsWith('dist.build-tmp-'))).toBe(true);
    const next = await build(out, 'ok');
    expect(next.ok, next.output).toBe(true);
    expect(next.output).toContain('已清除被中断的构建留下的');
    expect(listFiles(out)).toEqual(['index.html', 'pagefind/pagefind-ui.js']);
    expect(buildLeftovers(out)).toEqual([]);
  });

  it('a build killed between its two renames gets the previous site back from the next build', async () => {
    const parent = temp('swap');
    const out = previousSite(parent);
    // What a SIGKILL right after `dist -> dist.build-old-<pid>` leaves.
    spawnSync('mv', [out, join(parent, 'dist.build-old-999999')]);
    mkdirSync(join(parent, 'dist.build-tmp-abcdef'));
    writeFileSync(join(parent, 'dist.build-lock'), '999999\n');
    const r = await build(out, 'fail');
    expect(r.output).toContain('已恢复原来的站点');
    expectPreviousSite(out);
    expect(buildLeftovers(out)).toEqual([]);
  });

  it('two builds at once: the second refuses with a clear message; stopping the first (SIGTERM) cleans up', async () => {
    const out = previousSite();
    const started = join(temp('mark'), 'started');
    const first = startBuild(out, 'hang', started);
    await until(() => existsSync(started));
    const second = await build(out, 'ok');
    expect(second.ok).toBe(false);
    expect(second.output).toMatch(/另一个构建（进程 \d+/);
    expectPreviousSite(out);
    process.kill(first.child.pid!, 'SIGTERM');
    expect(await first.exited).toBe(1);
    expect(first.output()).toContain('收到信号 SIGTERM');
    expectPreviousSite(out);
    expect(buildLeftovers(out)).toEqual([]);
  });

  it('a full disk leaves it untouched (a 2 MB tmpfs)', async (ctx) => {
    if (process.getuid?.() !== 0) return ctx.skip('needs root to mount a tmpfs');
    const mountPoint = temp('tmpfs');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
    if (mounted.status !== 0) return ctx.skip(`mount failed: ${String(mounted.stderr).trim()}`);
    try {
      const out = previousSite(mountPoint);
      const r = await build(out, 'fill');
      expect(r.ok).toBe(false);
      expect(r.output).toMatch(/No space left on device|ENOSPC/);
      expectPreviousSite(out);
      expect(buildLeftovers(out)).toEqual([]);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });

  it('git ignores whatever a killed build leaves', () => {
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '.build-tmp/index.html', 'dist.build-tmp-x1y2z3/index.html', 'dist.build-lock', 'dist.build-old-123/a'], { cwd: ROOT, encoding: 'utf8' });
    expect(ignored.stdout.trim().split('\n')).toHaveLength(4);
  });
});
