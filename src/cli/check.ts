import { checkTarget, type FileCheck } from '../lib/corpus/load.ts';
import { entryAt } from '../lib/corpus/files.ts';
import { formatGithub, formatWithHint } from '../lib/diagnostics/diagnostic.ts';
import { options, UsageError, type Io } from './io.ts';

export const DEFAULT_ROOT = 'content/reports';

export async function check(args: string[], io: Io): Promise<number> {
  const { positional, values } = options(args, ['format'], []);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'github') throw new UsageError(`--format 只能是 text 或 github，而不是「${format}」`);
  const paths = positional.length ? positional : [DEFAULT_ROOT];
  const checks: FileCheck[] = [];
  let reports = 0;
  for (const path of paths) {
    // lstat: a dangling symlink given on the command line is reported, not "not found".
    const stats = entryAt(path);
    if (!stats) throw new UsageError(`找不到：${path}`);
    const found = checkTarget(path);
    if (stats.isDirectory() && !found.reports && !found.checks.some((c) => c.diagnostics.length)) throw new UsageError(`${path} 中没有报告文件（<年份>.txt 或 .md）`);
    reports += found.reports;
    checks.push(...found.checks);
  }
  let errors = 0;
  let warnings = 0;
  const write = format === 'github' ? formatGithub : formatWithHint;
  for (const c of checks) {
    for (const d of c.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
      io.stderr.write(`${write(c.path, d)}\n`);
    }
  }
  const summary = `检查了 ${reports} 份报告：${errors ? `${errors} 个错误` : '没有错误'}，${warnings} 个警告`;
  io.stderr.write(`${format === 'github' ? (errors ? `::error::${summary}` : `::notice::${summary}`) : summary}\n`);
  return errors ? 1 : 0;
}
