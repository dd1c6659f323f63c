/**
 * The reports under content/reports, read whole: one folder per body
 * (`<body-id>/body.yml`), one file per year (`<year>.txt` or `<year>.md`),
 * an optional `<year>.yml` beside it. Every problem of every file is
 * collected; nothing is skipped silently.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { crossYear } from '../check/cross-year.ts';
import { byPosition, diagnostic, WAIVABLE_RULES, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { Body, ReportMeta, type Correction, type Waiver } from '../model/metadata.ts';
import { parseReport } from '../check/report.ts';
import { type ParseResult } from '../read/report.ts';
import { SLUG, type Report } from '../model/schema.ts';
import { readYaml } from '../read/yaml-file.ts';

export const REPORT_FILE = /^(\d{4})\.(txt|md)$/;
const SIDECAR_FILE = /^(\d{4})\.yml$/;
/** A body's folder name is its id, a slug like every id the site publishes. */
export const BODY_ID = SLUG;

export interface BodyRecord {
  id: string;
  meta: Body;
}

export interface ReportRecord {
  id: string;
  bodyId: string;
  body: Body;
  /** Path of the report file relative to the content root, with `/`. */
  file: string;
  report: Report;
  source?: string;
  retrieved?: string;
  added?: string;
  corrections: Correction[];
  waivers: Waiver[];
  /** Warnings, waived errors among them, published on the report's page. */
  warnings: Diagnostic[];
}

export interface FileCheck {
  /** As shown in messages: relative to the working directory. */
  path: string;
  diagnostics: Diagnostic[];
}

export interface Corpus {
  bodies: BodyRecord[];
  reports: ReportRecord[];
  files: FileCheck[];
}

const display = (file: string) => relative(process.cwd(), file).split(sep).join('/') || file;
const at1 = { line: 1, column: 1 };

export interface ReportPlace {
  bodyId: string;
  year: number;
  body?: Body;
}

/** Where a file sits: a `<year>.txt` in a body folder that has a body.yml, or nowhere in particular. */
export function placeOf(file: string): ReportPlace | undefined {
  const m = REPORT_FILE.exec(basename(file));
  const dir = dirname(file);
  if (!m || !existsSync(join(dir, 'body.yml'))) return undefined;
  return { bodyId: basename(dir), year: Number(m[1]) };
}

/** Read and check one report file, with what its place tells about it. */
export function checkReportFile(file: string, body?: BodyRecord): { checks: FileCheck[]; result: ParseResult; record?: ReportRecord } {
  const checks: FileCheck[] = [];
  const place = placeOf(file);
  if (place && !body) {
    const read = readBody(join(dirname(file), 'body.yml'));
    checks.push(read.check);
    if (read.meta) body = { id: place.bodyId, meta: read.meta };
  }
  const sidecarPath = file.replace(/\.(txt|md)$/, '.yml');
  let meta: ReportMeta | undefined;
  let waiverLine = (_: number) => 1;
  if (place && existsSync(sidecarPath)) {
    const read = readYaml(readFileSync(sidecarPath, 'utf8'), ReportMeta, 'report-metadata');
    if (read.ok) {
      meta = read.value;
      waiverLine = (i) => read.lineOf(['waivers', i]);
    } else checks.push({ path: display(sidecarPath), diagnostics: read.diagnostics });
  }
  const bytes = readFileSync(file);
  const result = parseReport(bytes, {
    path: file,
    ...(place ? { id: `${place.bodyId}-${place.year}`, requireUtf8: true } : {}),
    ...(place ? { expect: { year: place.year, ...(body ? { agency: [body.meta.name, ...body.meta.aliases] } : {}) } } : {}),
    ...(meta ? { corrections: meta.corrections } : {}),
  });
  const diagnostics = result.diagnostics;
  if (meta?.waivers.length) applyWaivers(diagnostics, meta.waivers, waiverLine, sidecarPath, checks);
  checks.unshift({ path: display(file), diagnostics });
  if (!result.report || !place || !body || diagnostics.some((d) => d.severity === 'error')) return { checks, result };
  const record: ReportRecord = {
    id: result.report.id,
    bodyId: body.id,
    body: body.meta,
    file: `${place.bodyId}/${basename(file)}`,
    report: result.report,
    ...(meta?.source ? { source: meta.source } : {}),
    ...(meta?.retrieved ? { retrieved: meta.retrieved } : {}),
    ...(meta?.added ? { added: meta.added } : {}),
    corrections: meta?.corrections ?? [],
    waivers: meta?.waivers ?? [],
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
  return { checks, result, record };
}

function applyWaivers(diagnostics: Diagnostic[], waivers: readonly Waiver[], lineOf: (i: number) => number, sidecar: string, checks: FileCheck[]): void {
  const problems: Diagnostic[] = [];
  waivers.forEach((w, i) => {
    const where = { line: lineOf(i), column: 1 };
    if (!WAIVABLE_RULES.has(w.rule)) {
      problems.push(diagnostic('error', 'waiver', where, `规则 ${w.rule} 不能豁免：只有表格数字之间的勾稽关系（${[...WAIVABLE_RULES].join('、')}）可以豁免`));
      return;
    }
    const hits = diagnostics.filter((d) => d.severity === 'error' && d.rule === w.rule && d.line === w.line);
    if (!hits.length) {
      problems.push(diagnostic('error', 'waiver', where, `豁免记录（${w.rule}，第 ${w.line} 行）没有对应的问题：请删除这条豁免，或改正行号`));
      return;
    }
    for (const d of hits) {
      d.severity = 'warning';
      d.message = `已豁免：${d.message}（理由：${w.reason}）`;
    }
  });
  if (problems.length) checks.push({ path: display(sidecar), diagnostics: problems });
}

function readBody(file: string): { check: FileCheck; meta?: Body } {
  if (!existsSync(file)) {
    return { check: { path: display(file), diagnostics: [diagnostic('error', 'body-metadata', at1, '缺少机关信息文件 body.yml（机关全称、别名、地区、类型）', '参照其他机关目录中的 body.yml 新建一个，或用 npx gongkai add 导入报告时自动生成。')] } };
  }
  const read = readYaml(readFileSync(file, 'utf8'), Body, 'body-metadata');
  return read.ok ? { check: { path: display(file), diagnostics: [] }, meta: read.value } : { check: { path: display(file), diagnostics: read.diagnostics } };
}

/** Every body and report under the content root, with every problem found. */
export function loadCorpus(root: string): Corpus {
  const files: FileCheck[] = [];
  const bodies: BodyRecord[] = [];
  const reports: ReportRecord[] = [];
  const results = new Map<ReportRecord, ParseResult>();
  const bodyByName = new Map<string, string>();
  for (const entry of readdirSync(root).sort()) {
    const dir = join(root, entry);
    if (!statSync(dir).isDirectory()) {
      if (!/^readme\.md$/i.test(entry) && !entry.startsWith('.')) files.push({ path: display(dir), diagnostics: [diagnostic('error', 'file-layout', at1, '报告须放在机关目录中：content/reports/<机关编号>/<年份>.txt')] });
      continue;
    }
    if (!BODY_ID.test(entry)) {
      files.push({ path: display(dir), diagnostics: [diagnostic('error', 'file-layout', at1, `机关目录名「${entry}」不合规：只能用小写字母、数字和连字符，如 zhengzhou-hrss`)] });
      continue;
    }
    const body = readBody(join(dir, 'body.yml'));
    files.push(body.check);
    if (!body.meta) continue;
    const record: BodyRecord = { id: entry, meta: body.meta };
    const twin = bodyByName.get(body.meta.name);
    if (twin) body.check.diagnostics.push(diagnostic('error', 'duplicate-report', at1, `机关「${body.meta.name}」已有目录 ${twin}；一个机关只能有一个目录`));
    bodyByName.set(body.meta.name, entry);
    bodies.push(record);
    const names = readdirSync(dir).sort();
    const years = new Map<string, string>();
    for (const name of names) {
      const file = join(dir, name);
      const report = REPORT_FILE.exec(name);
      if (report) {
        const first = years.get(report[1]!);
        if (first) {
          files.push({ path: display(file), diagnostics: [diagnostic('error', 'duplicate-report', at1, `${report[1]} 年的报告已有 ${first}；每个机关每年只能有一份报告`)] });
          continue;
        }
        years.set(report[1]!, name);
        const checked = checkReportFile(file, record);
        files.push(...checked.checks);
        if (checked.record) {
          reports.push(checked.record);
          results.set(checked.record, checked.result);
        }
      } else if (name !== 'body.yml') {
        const sidecar = SIDECAR_FILE.exec(name);
        if (sidecar && names.some((n) => REPORT_FILE.exec(n)?.[1] === sidecar[1])) continue;
        const message = sidecar ? `${name} 没有对应的报告文件 ${sidecar[1]}.txt` : `不认识的文件 ${name}：机关目录中只能有 body.yml、<年份>.txt（或 .md）和 <年份>.yml`;
        files.push({ path: display(file), diagnostics: [diagnostic('error', 'file-layout', at1, message)] });
      }
    }
  }
  for (const warning of crossYear(reports, (r) => results.get(r)?.applicationCells)) {
    const check = files.find((f) => f.path === display(join(root, warning.record.file)));
    check?.diagnostics.push(warning.diagnostic);
    warning.record.warnings.push(warning.diagnostic);
  }
  for (const f of files) f.diagnostics.sort(byPosition);
  reports.sort((a, b) => a.bodyId.localeCompare(b.bodyId) || a.report.year - b.report.year);
  return { bodies, reports, files };
}


