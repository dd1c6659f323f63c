/** What the numbers were measured on, printed beside them so they can be compared. */
import { cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** 1, 5 and 15 minute load averages when the run started: other work skews the figures. */
  load: [number, number, number];
}

export function machine(): Machine {
  const cpu = cpus();
  const [a, b, c] = loadavg() as [number, number, number];
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()} ${process.arch}`,
    node: process.version,
    load: [a, b, c].map((x) => Math.round(x * 100) / 100) as [number, number, number],
  };
}

export const describeMachine = (m: Machine) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}, load average ${m.load.join(' ')}`;
