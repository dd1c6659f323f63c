/**
 * Resident memory of a process and all its descendants, read from /proc:
 * an Astro build may start workers and helper processes, and its cost is
 * their sum. Linux only; elsewhere every sample is undefined.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const parent = parentOf(pid);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

export interface TreeMemory {
  /** Highest sum of VmRSS over the tree at one sample. */
  peakTreeRssKiB: number;
  /** Highest VmHWM (own peak) of any single process in the tree. */
  peakProcessHwmKiB: number;
  samples: number;
}

/** Sample the tree every `intervalMs` until stop() is called. */
export function watchTree(root: number, intervalMs = 200): { stop: () => TreeMemory } {
  const result: TreeMemory = { peakTreeRssKiB: 0, peakProcessHwmKiB: 0, samples: 0 };
  if (!existsSync('/proc/self/status')) return { stop: () => result };
  const sample = () => {
    let sum = 0;
    for (const pid of descendants(root)) {
      sum += statusKiB(pid, 'VmRSS');
      result.peakProcessHwmKiB = Math.max(result.peakProcessHwmKiB, statusKiB(pid, 'VmHWM'));
    }
    result.peakTreeRssKiB = Math.max(result.peakTreeRssKiB, sum);
    result.samples++;
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return result;
    },
  };
}
