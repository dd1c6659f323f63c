/**
 * Write several files as one step: each goes to a temporary file in its own
 * folder, then all are renamed into place. If anything fails, every file is
 * as it was before (new ones removed, replaced ones restored, new folders
 * removed), so a report is never left half-written.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface FileWrite {
  path: string;
  content: string;
}

interface Staged extends FileWrite {
  temp: string;
  backup?: string;
  placed: boolean;
}

export function writeFiles(files: readonly FileWrite[], remove: readonly string[] = []): void {
  const createdDirs: string[] = [];
  const staged: Staged[] = [];
  const removed: Array<{ path: string; backup: string }> = [];
  const temp = (path: string, what: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${what}`);
  try {
    for (const file of files) {
      const dir = resolve(dirname(file.path));
      const first = existsSync(dir) ? undefined : mkdirSync(dir, { recursive: true });
      for (let d = dir; first && d.length >= first.length; d = dirname(d)) createdDirs.push(d);
      const s: Staged = { ...file, temp: temp(file.path, 'tmp'), placed: false };
      staged.push(s);
      writeFileSync(s.temp, file.content, { flag: 'wx' });
      if (existsSync(file.path)) {
        s.backup = temp(file.path, 'bak');
        copyFileSync(file.path, s.backup);
      }
    }
    for (const s of staged) {
      renameSync(s.temp, s.path);
      s.placed = true;
    }
    for (const path of remove) {
      if (!existsSync(path)) continue;
      const backup = temp(path, 'bak');
      renameSync(path, backup);
      removed.push({ path, backup });
    }
  } catch (error) {
    for (const r of removed) renameSync(r.backup, r.path);
    for (const s of staged) {
      if (s.placed && s.backup) renameSync(s.backup, s.path);
      else if (s.placed) rmSync(s.path, { force: true });
      rmSync(s.temp, { force: true });
      if (s.backup) rmSync(s.backup, { force: true });
    }
    for (const dir of createdDirs.sort((a, b) => b.length - a.length)) removeEmptyDir(dir);
    throw error;
  }
  for (const s of staged) if (s.backup) rmSync(s.backup, { force: true });
  for (const r of removed) rmSync(r.backup, { force: true });
}

function removeEmptyDir(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty after all: something else lives there now, so it stays.
  }
}
