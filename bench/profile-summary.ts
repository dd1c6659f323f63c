/**
 * Where the time goes in a V8 CPU profile (node --cpu-prof): the functions
 * with the most self time, and the most inclusive time, as shares of all samples.
 *
 *   node_modules/.bin/node bench/profile-summary.ts bench/out/<file>.cpuprofile [--top=30] [--under=parseReport]
 *
 * --under limits the shares to samples taken inside the named function (e.g.
 * the parser only, without corpus generation).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: bench/profile-summary.ts <file.cpuprofile> [--top=30] [--under=functionName]');
  process.exit(2);
}
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 30);
const under = args.find((a) => a.startsWith('--under='))?.slice(8);

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const name = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
};

const stackOf = (id: number) => {
  const stack: ProfileNode[] = [];
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) stack.push(byId.get(cur)!);
  return stack;
};

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const stack = stackOf(id);
  if (under && !stack.some((n) => n.callFrame.functionName === under)) return;
  total += dt;
  const leaf = name(stack[0]!);
  self.set(leaf, (self.get(leaf) ?? 0) + dt);
  for (const key of new Set(stack.map(name))) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
});

const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * t) / total).toFixed(1).padStart(6)}%  ${(t / 1000).toFixed(0).padStart(7)} ms  ${key}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled${under ? ` inside ${under}` : ''}`);
show('self time', self);
show('inclusive time', inclusive);
