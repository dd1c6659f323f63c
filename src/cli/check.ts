import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkReportFile, loadCorpus, REPORT_FILE, type FileCheck } from '../lib/corpus/load.ts';
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
    if (!existsSync(path)) throw new UsageError(`找不到：${path}`);
    if (statSync(path).isDirectory()) {
      const found = checkDirectory(path);
      if (!found.reports) throw new UsageError(`${path} 中没有报告文件（<年份>.txt 或 .md）`);
      reports += found.reports;
      checks.push(...found.checks);
    } else {
      reports++;
      checks.push(...checkReportFile(path).checks);
    }
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

/** A content root (folders of bodies), one body's folder, or any folder of report files. */
function checkDirectory(dir: string): { checks: FileCheck[]; reports: number } {
  const entries = readdirSync(dir).sort();
  if (entries.some((e) => statSync(join(dir, e)).isDirectory() && existsSync(join(dir, e, 'body.yml')))) {
    const corpus = loadCorpus(dir);
    const reports = corpus.files.filter((f) => REPORT_FILE.test(basename(f.path))).length;
    return { checks: corpus.files, reports };
  }
  const files = entries.filter((e) => /\.(txt|md)$/i.test(e) && !/^readme\.md$/i.test(e)).map((e) => join(dir, e));
  return { checks: files.flatMap((f) => checkReportFile(f).checks), reports: files.length };
}
