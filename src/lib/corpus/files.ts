/**
 * Reading a file of content/reports: only a regular file, never through a
 * symlink, never more than a stated size. Anything else is a positioned
 * diagnostic, so a symlink out of the repository, a directory or FIFO where
 * a report belongs, or a huge file is reported like any other problem
 * instead of being published, crashing the loader or hanging it.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

/** A report file: the largest real report is about 40 KB, so this is some fifty times that. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;
/** body.yml and <year>.yml: a few hundred bytes in practice. */
export const MAX_METADATA_BYTES = 256 * 1024;

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic };

const at1 = { line: 1, column: 1 };
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** What a non-regular file is, in the words of a message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return '目录';
  if (stats.isFIFO()) return '命名管道（FIFO）';
  if (stats.isSocket()) return '套接字';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return '设备文件';
  return '特殊文件';
}

function notRegular(path: string, stats: Stats, inContent: boolean): Diagnostic {
  if (stats.isSymbolicLink()) {
    let target = '';
    try {
      target = readlinkSync(path);
    } catch {
      // The link's own text is only for the message.
    }
    return diagnostic('error', 'file-type', at1, `这是符号链接${target ? `（指向 ${target}）` : ''}：content/reports 中只读取普通文件，不跟随链接`, '请把链接换成文件本身（复制内容），或删除它。');
  }
  const where = inContent ? '，content/reports 中这里应是普通文件' : '，不是普通文件';
  return diagnostic('error', 'file-type', at1, `这是${kindOf(stats)}${where}`, '请换成报告或元数据文件本身，或删除它。');
}

/**
 * Read `path` whole if it is a regular file of at most `limit` bytes.
 * In content/reports (`followLinks` false) a symlink is refused even when it
 * points at a good file: it could point anywhere, outside the repository too.
 */
export function readRegularFile(path: string, limit: number, { followLinks = false } = {}): FileRead {
  let stats: Stats;
  try {
    stats = followLinks ? statSync(path) : lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, diagnostic: diagnostic('error', 'file-type', at1, '这是循环的符号链接，无法读取') };
    return { ok: false, diagnostic: diagnostic('error', 'file-type', at1, `无法读取此文件（${code ?? String(error)}）`) };
  }
  if (!stats.isFile()) return { ok: false, diagnostic: notRegular(path, stats, !followLinks) };
  if (stats.size > limit) return { ok: false, diagnostic: tooLarge(stats.size, limit) };
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO swapped in after the lstat must not hang the open; O_NOFOLLOW: nor a symlink.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW));
  } catch (error) {
    return { ok: false, diagnostic: diagnostic('error', 'file-type', at1, `无法读取此文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）`) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, diagnostic: notRegular(path, opened, !followLinks) };
    // One byte more than allowed tells a file that grew since the stat from one that fits.
    const buffer = Buffer.alloc(Math.min(opened.size, limit) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > limit) return { ok: false, diagnostic: tooLarge(length, limit) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, limit: number): Diagnostic {
  return diagnostic('error', 'file-size', at1, `文件有 ${mib(size)}，超过上限 ${mib(limit)}`, '一份年度报告的全文通常不到 100 KB：请检查是否误放了别的文件，或文件中是否有大量重复内容。');
}

/** What is at `path` without following a symlink: undefined when nothing is. */
export function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
