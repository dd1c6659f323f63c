/**
 * Issue 10, defect 7: what CI installs and runs. `npm ci` refuses a lockfile
 * that lacks an entry for any optional dependency of a locked package (npm 11
 * used to write it without the other platforms' binaries); actions are
 * pinned by commit; only main is deployed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/site.ts';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const workflow = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8');
const ciRun = readFileSync(join(ROOT, '.ci/run'), 'utf8');

/** Where Node would resolve `name` from the package at `at`: its own node_modules, then each parent's. */
function resolves(at: string, name: string): boolean {
  for (let dir = at; ; dir = dir.replace(/\/?node_modules\/(?:@[^/]+\/)?[^/]+$/, '')) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
  }
}

describe('package-lock.json', () => {
  it('has an entry for every optional dependency of every locked package, for every platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([at, entry]) => Object.keys(entry.optionalDependencies ?? {}).filter((name) => !resolves(at, name)).map((name) => `${at || '(root)'} -> ${name}`));
    expect(missing).toEqual([]);
  });

  it('holds the other platforms’ Astro compiler and Pagefind binaries', () => {
    for (const name of ['@astrojs/compiler-binding-darwin-arm64', '@astrojs/compiler-binding-win32-x64-msvc', '@pagefind/darwin-arm64', '@pagefind/windows-x64']) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });
});

describe('CI', () => {
  it('installs with npm ci, never npm install', () => {
    expect(workflow).toMatch(/run: npm ci\n/);
    expect(ciRun).toMatch(/npm ci && npm test/);
    for (const text of [workflow, ciRun]) expect(text).not.toMatch(/npm install/);
  });

  it('pins every action by commit', () => {
    const uses = [...workflow.matchAll(/uses: (\S+)/g)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u, u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('builds for Pages and deploys only from main, whatever starts the run', () => {
    const block = (name: string) => {
      const start = workflow.indexOf(`\n  ${name}:\n`);
      const next = workflow.slice(start + 1).search(/\n {2}[a-z-]+:\n/);
      return next < 0 ? workflow.slice(start) : workflow.slice(start, start + 1 + next);
    };
    expect(block('build')).toMatch(/if: .*github\.ref == 'refs\/heads\/main'/);
    expect(block('deploy')).toMatch(/if: github\.ref == 'refs\/heads\/main'/);
  });
});
