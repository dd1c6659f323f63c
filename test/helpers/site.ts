/**
 * Building real sites from fixture content, for tests.
 *
 *   const content = makeContent({ name: 'seeds' });            // copy of content/reports
 *   const site = await buildSite({ content, name: 'seeds' });  // astro build into a temp dir
 *   expect(site.ok, site.output).toBe(true);
 *   readFileSync(join(site.dir, 'index.html'), 'utf8');
 *   afterAll(() => site.cleanup());
 *
 * - `makeContent({ name, bodies?, files?, remove?, edit? })` copies the seed
 *   bodies of content/reports (all five unless `bodies` lists some) into a
 *   fresh temp dir, then writes `files` (path relative to the content root ->
 *   text), deletes `remove`, and runs `edit(root)` for anything else. Returns
 *   the content root. `seedFile(path)` reads a file of the real content.
 * - `buildSite({ content, name, pagefind?, env? })` runs the real Astro build
 *   (`astro build --outDir <build>/dist`, GONGKAI_CONTENT=<content>,
 *   GONGKAI_CACHE_DIR=<build>/cache) with Node 24 from node_modules/.bin
 *   first on PATH, and resolves (never rejects) with { ok, dir, exitCode,
 *   stdout, stderr, output }. `pagefind: true` also indexes the built site,
 *   as `npm run build` does, for tests of the search page.
 *   <build> is a fresh dir under test-results/builds/ (gitignored), inside
 *   the repository on purpose: for an outDir outside the working directory
 *   Astro 7 puts its prerender chunks in the shared `<repo>/.astro/.prerender/`
 *   and deletes them afterwards, so two such builds at once break each other
 *   ("Cannot find module …/.astro/.prerender/chunks/…").
 * - `buildWithScript({ content, name, outDir?, env? })` runs scripts/build.ts
 *   the way `npm run build` does (Node 24, node_modules/.bin on PATH, from the
 *   repository root), writing to `outDir` (GONGKAI_OUT_DIR) instead of the
 *   shared dist/, so tests can check what a failed build leaves;
 *   `leftovers()` lists what the script left beside that dir.
 * - `buildDir(name)` makes an empty dir beside the builds, e.g. to place a
 *   stale output dir there before running the script.
 * - `normalizePaths(text, content)` replaces a fixture root in messages with
 *   `<content>`, so diagnostics can be snapshotted.
 *
 * Every build gets its own dir and Astro cache, so test files build side by
 * side; call `cleanup()` when done (set GONGKAI_KEEP_BUILDS=1 to keep them).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_BODIES } from '../fixtures/seed-content.ts';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The real content, read-only for tests. */
export const SEED_CONTENT = join(ROOT, 'content/reports');
const BIN = join(ROOT, 'node_modules/.bin');

const keep = () => process.env.GONGKAI_KEEP_BUILDS === '1';

/** Where builds go: inside the repository, see the note on buildSite above. */
export const BUILDS = join(ROOT, 'test-results/builds');

function tempDir(name: string, under = tmpdir()): string {
  mkdirSync(under, { recursive: true });
  return mkdtempSync(join(under, `gongkai-test-${name.replace(/[^a-z0-9-]/gi, '_')}-`));
}

/** The seed bodies (folder names under content/reports), sorted. */
export function seedBodies(): string[] {
  return [...SEED_BODIES];
}

/** A file of the real content, e.g. `seedFile('zhengzhou-hrss/2023.txt')`. */
export function seedFile(path: string): string {
  return readFileSync(join(SEED_CONTENT, path), 'utf8');
}

export interface ContentOptions {
  /** Names the temp dir, for reading `ls /tmp` after a failure. */
  name: string;
  /** Seed bodies to copy; all of them when omitted, none with []. */
  bodies?: readonly string[];
  /** Files to write, by path relative to the content root. */
  files?: Record<string, string>;
  /** Files to delete, by path relative to the content root. */
  remove?: readonly string[];
  edit?: (root: string) => void;
}

/** A fresh content root: copies of seed bodies plus changes. */
export function makeContent(options: ContentOptions): string {
  const root = join(tempDir(`content-${options.name}`), 'reports');
  mkdirSync(root, { recursive: true });
  for (const body of options.bodies ?? seedBodies()) cpSync(join(SEED_CONTENT, body), join(root, body), { recursive: true });
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const path of options.remove ?? []) rmSync(join(root, path));
  options.edit?.(root);
  return root;
}

/** A fresh empty dir under test-results/builds/, for an output dir a test prepares itself. */
export function buildDir(name: string): string {
  return tempDir(name, BUILDS);
}

/** Remove a content root made by makeContent. */
export function removeContent(root: string): void {
  if (!keep()) rmSync(dirname(root), { recursive: true, force: true });
}

export interface RunResult {
  ok: boolean;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for failure messages. */
  output: string;
  ms: number;
}

export interface BuildResult extends RunResult {
  /** The built site. */
  dir: string;
  /** Removes the build's temp dir. */
  cleanup: () => void;
}

/** Environment for child processes: Node 24 from node_modules/.bin, no colours. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Run a command from the repository root; resolves with its exit and output. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<RunResult> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => ((stdout += s), (output += s)));
    child.stderr.setEncoding('utf8').on('data', (s: string) => ((stderr += s), (output += s)));
    child.on('error', (e) => {
      stderr += String(e);
      output += String(e);
    });
    child.on('close', (code) => done({ ok: code === 0, exitCode: code, stdout, stderr, output, ms: Date.now() - started }));
  });
}

export interface BuildOptions {
  content: string;
  name: string;
  /** Index the site with Pagefind afterwards, as `npm run build` does. */
  pagefind?: boolean;
  env?: Record<string, string>;
}

/** The real Astro build of a content root into a temp dir. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const tmp = tempDir(`site-${options.name}`, BUILDS);
  const dir = join(tmp, 'dist');
  const env = childEnv({ GONGKAI_CONTENT: options.content, GONGKAI_CACHE_DIR: join(tmp, 'cache'), ...options.env });
  let result = await run(join(BIN, 'astro'), ['build', '--outDir', dir], env);
  if (result.ok && options.pagefind) {
    const indexed = await run(join(BIN, 'pagefind'), ['--site', dir, '--silent'], env);
    result = { ...indexed, stdout: result.stdout + indexed.stdout, stderr: result.stderr + indexed.stderr, output: result.output + indexed.output, ms: result.ms + indexed.ms };
  }
  return { ...result, dir, cleanup: () => keep() || rmSync(tmp, { recursive: true, force: true }) };
}

export interface ScriptOptions {
  content: string;
  name: string;
  /** Where the script puts the site (GONGKAI_OUT_DIR); a fresh path when omitted. */
  outDir?: string;
  /** Extra environment, applied last (e.g. a PATH with a failing fake `pagefind` first). */
  env?: Record<string, string>;
}

export interface ScriptResult extends RunResult {
  /** The output dir the script was told to use; it may not exist. */
  dir: string;
  /** What the script keeps beside the output dir while it builds (`<out>.build-tmp-*`, `<out>.build-lock`, …), still there. */
  leftovers: () => string[];
  cleanup: () => void;
}

/** Files and folders scripts/build.ts made beside an output dir and has not removed. */
export const buildLeftovers = (dir: string): string[] =>
  existsSync(dirname(dir)) ? readdirSync(dirname(dir)).filter((e) => e.startsWith(`${basename(dir)}.build-`)).sort() : [];

/** `npm run build` (scripts/build.ts) on a content root, writing to a temp dir instead of dist/. */
export async function buildWithScript(options: ScriptOptions): Promise<ScriptResult> {
  const tmp = tempDir(`script-${options.name}`, BUILDS);
  const dir = options.outDir ?? join(tmp, 'dist');
  const env = childEnv({ GONGKAI_CONTENT: options.content, GONGKAI_CACHE_DIR: join(tmp, 'cache'), GONGKAI_OUT_DIR: dir, ...options.env });
  const result = await run(join(BIN, 'node'), ['scripts/build.ts'], env);
  return { ...result, dir, leftovers: () => buildLeftovers(dir), cleanup: () => keep() || rmSync(tmp, { recursive: true, force: true }) };
}

/** Messages name fixture files relative to the repository; replace the fixture root with `<content>`. */
export function normalizePaths(text: string, content: string): string {
  const rel = relative(ROOT, content);
  return text.split(rel).join('<content>').split(content).join('<content>');
}

/** Every file under a dir, as sorted paths relative to it with `/`. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}
