/**
 * Issue 10, defect 6, and the shared check path: `gongkai add` never writes
 * outside content/reports whatever is a symlink, and add, check and parse
 * report the same diagnostics for the same file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { setValue } from '../fixtures/edits.ts';
import { gongkai, put, scratch, seedText, tree } from '../lib/import/temp-root.ts';

const outside = mkdtempSync(join(tmpdir(), 'gongkai-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const BODY = 'zhengdong-social-affairs';

describe('gongkai add writes only inside content/reports', () => {
  test('refuses a body folder that is a symlink to elsewhere, and writes nothing there', async () => {
    const { dir, root } = scratch();
    const target = join(outside, 'linked-body');
    mkdirSync(target);
    symlinkSync(target, join(root, BODY));
    const run = await gongkai(['add', put(dir, 'report.txt', seedText(BODY)), '--root', root, '--body', BODY], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('符号链接');
    expect(tree(target)).toEqual([]);
  });

  test('with --force, refuses a symlinked sidecar instead of copying its outside content in', async () => {
    const { dir, root } = scratch([BODY], true);
    const secret = put(outside, 'secret.yml', 'source: https://example.org/secret\n');
    rmSync(join(root, BODY, '2023.yml'));
    symlinkSync(secret, join(root, BODY, '2023.yml'));
    const before = readFileSync(join(root, BODY, '2023.txt'), 'utf8');
    const run = await gongkai(['add', put(dir, 'report.txt', seedText(BODY)), '--root', root, '--force'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('符号链接');
    expect(readFileSync(secret, 'utf8')).toBe('source: https://example.org/secret\n');
    expect(readFileSync(join(root, BODY, '2023.txt'), 'utf8')).toBe(before);
  });

  test('with --force, refuses a report file that is a symlink, leaving its target as it was', async () => {
    const { dir, root } = scratch([BODY]);
    const victim = put(outside, 'victim.txt', 'keep me');
    symlinkSync(victim, join(root, BODY, '2023.txt'));
    const run = await gongkai(['add', put(dir, 'report.txt', seedText(BODY)), '--root', root, '--force'], dir);
    expect(run.code).toBe(1);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });
});

describe('add, check and parse: one code path, the same diagnostics', () => {
  // Two problems in one folder: a bad cell in the report, and a body.yml field that is wrong.
  const broken = setValue(seedText(BODY), 27, 0, '0', 'x');

  test('for a report with a broken cell in a body whose body.yml has an error', async () => {
    const { dir, root } = scratch([BODY]);
    writeFileSync(join(root, BODY, 'body.yml'), `${readFileSync(join(root, BODY, 'body.yml'), 'utf8')}website: ftp://x\n`);
    const added = await gongkai(['add', put(dir, 'report.txt', broken), '--root', root, '--body', BODY], dir);
    const checked = await gongkai(['check', join(root, BODY)], dir);
    const parsed = await gongkai(['parse', join(root, BODY, '2023.txt')], dir);
    const lines = (s: string) => s.split('\n').filter((l) => /: (error|warning): /.test(l));
    expect(lines(added.stderr)).toHaveLength(2);
    expect(lines(checked.stderr)).toEqual(lines(added.stderr));
    expect(lines(parsed.stderr)).toEqual(lines(added.stderr));
    expect([added.code, checked.code, parsed.code]).toEqual([1, 1, 1]);
  });
});
