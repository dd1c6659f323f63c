import { existsSync } from 'node:fs';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

export function requireFile(path: string | undefined, what = '文件'): string {
  if (!path) throw new UsageError(`缺少${what}参数`);
  if (!existsSync(path)) throw new UsageError(`找不到${what}：${path}`);
  return path;
}

/** Split `--flag`, `--flag=value` and `--flag value` options from positional arguments. */
export function options(args: string[], valued: readonly string[], flags: readonly string[]): { positional: string[]; values: Record<string, string>; set: Set<string> } {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const set = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`选项 --${name} 需要一个值`);
      values[name] = value;
    } else if (flags.includes(name) && inline === undefined) set.add(name);
    else throw new UsageError(`未知选项 ${arg}`);
  }
  return { positional, values, set };
}
