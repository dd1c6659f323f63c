/**
 * The reports under content/reports, read whole: one folder per body
 * (`<body-id>/body.yml`), one file per year (`<year>.txt` or `<year>.md`),
 * an optional `<year>.yml` beside it. Every problem of every file is
 * collected; nothing is skipped silently. Only regular files are read
 * (corpus/files.ts): a symlink, a directory or a FIFO in a file's place is
 * a positioned error like any other.
 *
 * `gongkai check`, `parse` and `add` and the build all come through
 * checkTarget or loadCorpus, so they run the same checks on a file and
 * report the same diagnostics for it.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { crossYear } from '../check/cross-year.ts';
import { byPosition, diagnostic, WAIVABLE_RULES, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { Body, ReportMeta, type Correction, type Waiver } from '../model/metadata.ts';
import { parseReport } from '../check/report.ts';
import { type ParseResult } from '../read/report.ts';
import { SLUG, type Report } from '../model/schema.ts';
import { readYaml } from '../read/yaml-file.ts';
import { entryAt, MAX_METADATA_BYTES, MAX_REPORT_BYTES, readRegularFile } from './files.ts';

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
const single = (path: string, d: Diagnostic): FileCheck => ({ path: display(path), diagnostics: [d] });

/** Entries of a folder, sorted by name, without following symlinks. */
const entriesOf = (dir: string): Dirent[] => readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

interface ReportPlace {
  bodyId: string;
  year: number;
  body?: BodyRecord;
}

/** Read and check one report file in a body's folder, with what its place tells about it. */
function checkPlacedReport(file: string, place: ReportPlace): { checks: FileCheck[]; result?: ParseResult; record?: ReportRecord } {
  const checks: FileCheck[] = [];
  const { body } = place;
  const sidecarPath = file.replace(/\.(txt|md)$/, '.yml');
  let meta: ReportMeta | undefined;
  let waiverLine = (_: number) => 1;
  let sidecarOk = true;
  if (entryAt(sidecarPath)) {
    const bytes = readRegularFile(sidecarPath, MAX_METADATA_BYTES);
    const read = bytes.ok ? readYaml(bytes.bytes.toString('utf8'), ReportMeta, 'report-metadata') : { ok: false as const, diagnostics: [bytes.diagnostic] };
    if (read.ok) {
      meta = read.value;
      waiverLine = (i) => read.lineOf(['waivers', i]);
    } else {
      sidecarOk = false;
      checks.push({ path: display(sidecarPath), diagnostics: read.diagnostics });
    }
  }
  const bytes = readRegularFile(file, MAX_REPORT_BYTES);
  if (!bytes.ok) {
    checks.unshift(single(file, bytes.diagnostic));
    return { checks };
  }
  const result = parseReport(bytes.bytes, {
    path: file,
    id: `${place.bodyId}-${place.year}`,
    requireUtf8: true,
    expect: { year: place.year, ...(body ? { agency: [body.meta.name, ...body.meta.aliases] } : {}) },
    ...(meta ? { corrections: meta.corrections } : {}),
  });
  const diagnostics = result.diagnostics;
  if (meta?.waivers.length) applyWaivers(diagnostics, meta.waivers, waiverLine, sidecarPath, checks);
  checks.unshift({ path: display(file), diagnostics });
  if (!result.report || !body || !sidecarOk || diagnostics.some((d) => d.severity === 'error')) return { checks, result };
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

/** A report file outside any body's folder: read as it is, with nothing expected of it. */
function checkLooseReport(file: string): { checks: FileCheck[]; result?: ParseResult } {
  // Outside content/reports a symlink is the user's own choice; a FIFO or a huge file is still refused.
  const bytes = readRegularFile(file, MAX_REPORT_BYTES, { followLinks: true });
  if (!bytes.ok) return { checks: [single(file, bytes.diagnostic)] };
  const result = parseReport(bytes.bytes, { path: file });
  return { checks: [{ path: display(file), diagnostics: result.diagnostics }], result };
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

/** A body's body.yml, read as strictly as the reports. */
export function readBody(file: string): { check: FileCheck; meta?: Body } {
  if (!entryAt(file)) {
    return { check: single(file, diagnostic('error', 'body-metadata', at1, '缺少机关信息文件 body.yml（机关全称、别名、地区、类型）', '参照其他机关目录中的 body.yml 新建一个，或用 npx gongkai add 导入报告时自动生成。')) };
  }
  const bytes = readRegularFile(file, MAX_METADATA_BYTES);
  if (!bytes.ok) return { check: single(file, bytes.diagnostic) };
  const read = readYaml(bytes.bytes.toString('utf8'), Body, 'body-metadata');
  return read.ok ? { check: { path: display(file), diagnostics: [] }, meta: read.value } : { check: { path: display(file), diagnostics: read.diagnostics } };
}

export interface LoadOptions {
  /** Check this body's folder only; the others are read just for their names (duplicate bodies). */
  only?: string;
}

/** Every body and report under the content root, with every problem found. */
export function loadCorpus(root: string, options: LoadOptions = {}): Corpus {
  const files: FileCheck[] = [];
  const bodies: BodyRecord[] = [];
  const reports: ReportRecord[] = [];
  const results = new Map<ReportRecord, ParseResult>();
  const bodyByName = new Map<string, string>();
  const { only } = options;
  for (const entry of entriesOf(root)) {
    const name = entry.name;
    const dir = join(root, name);
    if (only !== undefined && name !== only) {
      // A duplicate is reported on the later folder, so only earlier names count against this one.
      if (name < only && entry.isDirectory() && BODY_ID.test(name)) {
        const meta = readBody(join(dir, 'body.yml')).meta;
        if (meta && !bodyByName.has(meta.name)) bodyByName.set(meta.name, name);
      }
      continue;
    }
    if (entry.isSymbolicLink()) {
      files.push(single(dir, diagnostic('error', 'file-type', at1, '机关目录是符号链接：content/reports 中不跟随链接，请换成目录本身')));
      continue;
    }
    if (!entry.isDirectory()) {
      if (!/^readme\.md$/i.test(name) && !name.startsWith('.')) files.push(single(dir, diagnostic('error', 'file-layout', at1, '报告须放在机关目录中：content/reports/<机关编号>/<年份>.txt')));
      continue;
    }
    if (!BODY_ID.test(name)) {
      files.push(single(dir, diagnostic('error', 'file-layout', at1, `机关目录名「${name}」不合规：只能用小写字母、数字和连字符，如 zhengzhou-hrss`)));
      continue;
    }
    const body = readBody(join(dir, 'body.yml'));
    files.push(body.check);
    let record: BodyRecord | undefined;
    if (body.meta) {
      record = { id: name, meta: body.meta };
      const twin = bodyByName.get(body.meta.name);
      if (twin) body.check.diagnostics.push(diagnostic('error', 'duplicate-report', at1, `机关「${body.meta.name}」已有目录 ${twin}；一个机关只能有一个目录`));
      else bodyByName.set(body.meta.name, name);
      bodies.push(record);
    }
    // Without a usable body.yml the reports are still read: their own problems are reported in the same run.
    checkBodyFiles(dir, name, record, files, (r, result) => {
      reports.push(r);
      results.set(r, result);
    });
  }
  for (const warning of crossYear(reports, (r) => results.get(r))) {
    const check = files.find((f) => f.path === display(join(root, warning.record.file)));
    check?.diagnostics.push(warning.diagnostic);
    warning.record.warnings.push(warning.diagnostic);
  }
  for (const f of files) f.diagnostics.sort(byPosition);
  reports.sort((a, b) => a.bodyId.localeCompare(b.bodyId) || a.report.year - b.report.year);
  return { bodies, reports, files };
}

function checkBodyFiles(dir: string, bodyId: string, body: BodyRecord | undefined, files: FileCheck[], published: (r: ReportRecord, result: ParseResult) => void): void {
  const entries = entriesOf(dir);
  const names = entries.map((e) => e.name);
  const years = new Map<string, string>();
  for (const entry of entries) {
    const name = entry.name;
    const file = join(dir, name);
    const report = REPORT_FILE.exec(name);
    if (report) {
      const first = years.get(report[1]!);
      if (first) {
        files.push(single(file, diagnostic('error', 'duplicate-report', at1, `${report[1]} 年的报告已有 ${first}；每个机关每年只能有一份报告`)));
        continue;
      }
      years.set(report[1]!, name);
      const checked = checkPlacedReport(file, { bodyId, year: Number(report[1]), ...(body ? { body } : {}) });
      files.push(...checked.checks);
      if (checked.record && checked.result) published(checked.record, checked.result);
    } else if (name !== 'body.yml') {
      const sidecar = SIDECAR_FILE.exec(name);
      if (sidecar && names.some((n) => REPORT_FILE.exec(n)?.[1] === sidecar[1])) continue;
      const what = entry.isSymbolicLink() ? '符号链接' : entry.isDirectory() ? '目录' : '文件';
      const message = sidecar ? `${name} 没有对应的报告文件 ${sidecar[1]}.txt` : `不认识的${what} ${name}：机关目录中只能有 body.yml、<年份>.txt（或 .md）和 <年份>.yml`;
      files.push(single(file, diagnostic('error', 'file-layout', at1, message)));
    }
  }
}

/** Whether a folder holds bodies' folders (each with a body.yml). */
function isContentRoot(dir: string): boolean {
  try {
    return entriesOf(dir).some((e) => e.isDirectory() && entryAt(join(dir, e.name, 'body.yml')) !== undefined);
  } catch {
    return false;
  }
}

/** Whether a folder is one body's: it has a body.yml, or it sits in a content root. */
function isBodyFolder(dir: string): boolean {
  return entryAt(join(dir, 'body.yml')) !== undefined || isContentRoot(dirname(dir));
}

export interface TargetCheck {
  checks: FileCheck[];
  /** How many report files were read. */
  reports: number;
  /** For a single report file: the report read from it, when it was read whole. */
  result?: ParseResult;
  /** Reports that passed, ready to publish. */
  records: ReportRecord[];
}

/**
 * What `gongkai check PATH`, `parse FILE` and `add` report: a content root is
 * loaded whole; a body's folder, or a report file in one, is loaded with its
 * body (every year, for the checks across years) and its diagnostics kept;
 * any other file is read as it is.
 */
export function checkTarget(path: string): TargetCheck {
  const stats = entryAt(path);
  if (stats?.isDirectory()) {
    if (isContentRoot(path)) return fromCorpus(path, loadCorpus(path), () => true);
    if (isBodyFolder(path)) {
      const prefix = `${display(path)}/`;
      return fromCorpus(dirname(path), loadCorpus(dirname(path), { only: basename(path) }), (f) => f.startsWith(prefix));
    }
    const loose = entriesOf(path).filter((e) => /\.(txt|md)$/i.test(e.name) && !/^readme\.md$/i.test(e.name));
    const checked = loose.map((e) => checkLooseReport(join(path, e.name)));
    return { checks: checked.flatMap((c) => c.checks), reports: loose.length, records: [] };
  }
  const dir = dirname(path);
  if (REPORT_FILE.test(basename(path)) && isBodyFolder(dir)) {
    const year = REPORT_FILE.exec(basename(path))![1]!;
    const own = new Set([path, join(dir, `${year}.yml`), join(dir, 'body.yml')].map(display));
    const corpus = loadCorpus(dirname(dir), { only: basename(dir) });
    const target = fromCorpus(dirname(dir), corpus, (f) => own.has(f));
    const record = corpus.reports.find((r) => r.file === `${basename(dir)}/${basename(path)}`);
    return { ...target, reports: 1, ...(record ? { result: { report: record.report, diagnostics: [] } } : {}) };
  }
  const checked = checkLooseReport(path);
  return { checks: checked.checks, reports: 1, ...(checked.result ? { result: checked.result } : {}), records: [] };
}

function fromCorpus(root: string, corpus: Corpus, keep: (path: string) => boolean): TargetCheck {
  const checks = corpus.files.filter((f) => keep(f.path));
  return { checks, reports: checks.filter((f) => REPORT_FILE.test(basename(f.path))).length, records: corpus.reports.filter((r) => keep(display(join(root, r.file)))) };
}

/** One report file as `gongkai parse` reads it: checkTarget, with its published record if it passed. */
export function checkReportFile(file: string): { checks: FileCheck[]; result?: ParseResult; record?: ReportRecord } {
  const target = checkTarget(file);
  return { checks: target.checks, ...(target.result ? { result: target.result } : {}), ...(target.records[0] ? { record: target.records[0] } : {}) };
}
