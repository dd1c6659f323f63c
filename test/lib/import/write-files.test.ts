import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeFiles } from '../../../src/lib/import/write-files.ts';
import { scratch, tree } from './temp-root.ts';

describe('writeFiles(files, remove)', () => {
  test('writes every file, creating folders, and removes what it is told to', () => {
    const { root } = scratch();
    writeFileSync(join(root, 'old.md'), 'old');
    writeFiles([{ path: join(root, 'a/b/2023.txt'), content: '正文' }, { path: join(root, 'a/b/2023.yml'), content: 'added: 2024-03-05\n' }], [join(root, 'old.md')]);
    expect(tree(root)).toEqual(['a/b/2023.txt', 'a/b/2023.yml']);
    expect(readFileSync(join(root, 'a/b/2023.txt'), 'utf8')).toBe('正文');
  });

  test('when one file cannot be placed, leaves everything as it was: no new file, folder or temporary file', () => {
    const { root } = scratch();
    mkdirSync(join(root, 'body'));
    writeFileSync(join(root, 'body/2022.txt'), 'kept');
    // A folder where the second file should go: renaming a file onto it fails.
    mkdirSync(join(root, 'body/2023.yml'));
    expect(() =>
      writeFiles([
        { path: join(root, 'body/2023.txt'), content: 'new' },
        { path: join(root, 'body/2023.yml'), content: 'added: 2024-03-05\n' },
        { path: join(root, 'new/body.yml'), content: 'name: x\n' },
      ]),
    ).toThrow();
    expect(tree(root)).toEqual(['body/2022.txt']);
  });

  test('when a later file fails, a file it replaced is restored', () => {
    const { root } = scratch();
    mkdirSync(join(root, 'body'));
    writeFileSync(join(root, 'body/2023.txt'), 'published');
    mkdirSync(join(root, 'body/2023.yml'));
    expect(() =>
      writeFiles([
        { path: join(root, 'body/2023.txt'), content: 'replacement' },
        { path: join(root, 'body/2023.yml'), content: 'added: 2024-03-05\n' },
      ]),
    ).toThrow();
    expect(readFileSync(join(root, 'body/2023.txt'), 'utf8')).toBe('published');
    expect(tree(root)).toEqual(['body/2023.txt']);
  });
});
