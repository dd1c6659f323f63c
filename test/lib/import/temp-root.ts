/**
 * Temporary content roots for tests that write: never content/reports itself.
 * Seeds are read from content/reports, where they sit byte for byte as
 * shared/seeds has them.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { checkReportFile } from '../../../src/lib/corpus/load.ts';
import type { Report } from '../../../src/lib/model/schema.ts';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const CONTENT = join(REPO, 'content/reports');

export const SEED_FILES = {
  'huiji-hrss': '2023.txt',
  'zhangshu-hrss': '2023.txt',
  'zhengdong-social-affairs': '2023.txt',
  'zhengzhou-government': '2022.txt',
  'zhengzhou-hrss': '2023.txt',
} as const;
export type SeedBody = keyof typeof SEED_FILES;

export const seedPath = (body: SeedBody) => join(CONTENT, body, SEED_FILES[body]);
export const seedText = (body: SeedBody) => readFileSync(seedPath(body), 'utf8');

/** The seed as published, with its sidecar's corrections applied (zhengzhou-hrss line 82). */
export function correctedSeedText(body: SeedBody): string {
  const record = checkReportFile(seedPath(body)).record!;
  const lines = seedText(body).split('\n');
  for (const c of record.corrections) lines[c.line - 1] = c.corrected;
  return lines.join('\n');
}

/** The canonical report of a seed, exactly as content/reports publishes it. */
export function seedReport(body: SeedBody): Report {
  const { record, checks } = checkReportFile(seedPath(body));
  if (!record) throw new Error(`${body}: ${JSON.stringify(checks)}`);
  return record.report;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder holding `root/` (a content root with the given seed bodies, body.yml only unless `withReports`) and room for input files. */
export function scratch(bodies: readonly SeedBody[] = [], withReports = false): { dir: string; root: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-add-'));
  made.push(dir);
  const root = join(dir, 'root');
  mkdirSync(root);
  for (const body of bodies) {
    if (withReports) cpSync(join(CONTENT, body), join(root, body), { recursive: true });
    else {
      mkdirSync(join(root, body));
      cpSync(join(CONTENT, body, 'body.yml'), join(root, body, 'body.yml'));
    }
  }
  return { dir, root };
}

export function put(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Every file under a folder, relative, with `/`, sorted. */
export function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the gongkai command; paths under `dir` are shown as `<dir>` so output can be snapshotted. */
export async function gongkai(args: string[], dir?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  const shown = dir ? relative(process.cwd(), dir).split(sep).join('/') : undefined;
  const clean = (s: string) => (shown ? s.replaceAll(shown, '<dir>').replaceAll(dir!, '<dir>') : s);
  return { code, stdout: clean(stdout), stderr: clean(stderr) };
}

/**
 * The zhengdong report as if for 2024, carrying over one application (自然人)
 * that 2023 did not carry forward: consistent in itself, off by one across years.
 */
export function nextYearOf(text: string): string {
  const next = text
    .replace('2023 年政府信息公开工作年度报告', '2024 年政府信息公开工作年度报告')
    .replace(/^(二、上年结转政府信息公开申请数量\t\t)0(\t0\t0\t0\t0\t0\t)0/m, '$11$21')
    .replace(/^(四、结转下年度继续办理\t\t)0(\t0\t0\t0\t0\t0\t)0/m, '$11$21');
  if (next.split('\t1\t').length - text.split('\t1\t').length !== 4) throw new Error('nextYearOf: the zhengdong rows have changed');
  return next;
}
