import { statSync } from 'node:fs';
import { checkTarget } from '../lib/corpus/load.ts';
import { formatWithHint } from '../lib/diagnostics/diagnostic.ts';
import { canonicalJson } from '../lib/exports/report-json.ts';
import { options, requireFile, UsageError, type Io } from './io.ts';

export async function parse(args: string[], io: Io): Promise<number> {
  const { positional } = options(args, [], []);
  if (positional.length !== 1) throw new UsageError('用法：gongkai parse FILE（一次一个文件）');
  const file = requireFile(positional[0], '报告文件');
  if (statSync(file).isDirectory()) throw new UsageError(`${file} 是目录；检查目录请用 gongkai check ${file}`);
  const { checks, result } = checkTarget(file);
  let errors = 0;
  for (const c of checks) {
    for (const d of c.diagnostics) {
      if (d.severity === 'error') errors++;
      io.stderr.write(`${formatWithHint(c.path, d)}\n`);
    }
  }
  if (errors || !result?.report) return 1;
  io.stdout.write(canonicalJson(result.report));
  return 0;
}
