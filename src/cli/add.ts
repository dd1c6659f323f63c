/**
 * `gongkai add FILE`: put a report where it belongs under content/reports,
 * as UTF-8 text, with its body's metadata and provenance, then check it.
 * Nothing is written unless the file could be read and placed; nothing is
 * replaced without --force; nothing is left half-written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { entryAt, MAX_METADATA_BYTES, MAX_REPORT_BYTES, readRegularFile } from '../lib/corpus/files.ts';
import { BODY_ID, checkTarget } from '../lib/corpus/load.ts';
import { formatWithHint } from '../lib/diagnostics/diagnostic.ts';
import { findBody, readBodies } from '../lib/import/bodies.ts';
import { proposeBodyId } from '../lib/import/body-id.ts';
import { addMessages as m } from '../lib/import/messages.ts';
import { bodyYaml, sidecarYaml, withAlias } from '../lib/import/metadata-files.ts';
import { guessRegion } from '../lib/import/places.ts';
import { readInput, type InputFormat } from '../lib/import/read-input.ts';
import { writeFiles, type FileWrite } from '../lib/import/write-files.ts';
import { isWebUrl } from '../lib/model/metadata.ts';
import { findSections } from '../lib/read/sections.ts';
import { readTitle } from '../lib/read/title.ts';
import { DEFAULT_ROOT } from './check.ts';
import { options, requireFile, UsageError, type Io } from './io.ts';

const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Formats whose text is a conversion, not the file itself: the sidecar records the file. */
const CONVERTED_FORMATS = new Set<InputFormat>(['docx', 'html', 'pdf']);
const display = (path: string) => relative(process.cwd(), path).split(sep).join('/') || path;
const isDate = (s: string) => z.iso.date().safeParse(s).success;

export async function add(args: string[], io: Io, today: Date = new Date()): Promise<number> {
  const { positional, values, set } = options(args, ['body', 'year', 'source', 'retrieved', 'root'], ['force']);
  if (positional.length !== 1) throw new UsageError(m.usage);
  if (values.body !== undefined && !BODY_ID.test(values.body)) throw new UsageError(m.badBodyId(values.body));
  if (values.year !== undefined && !/^(?:19|20)\d{2}$/.test(values.year)) throw new UsageError(m.badYear(values.year));
  if (values.source !== undefined && !isWebUrl(values.source)) throw new UsageError(m.badSource(values.source));
  if (values.retrieved !== undefined && !isDate(values.retrieved)) throw new UsageError(m.badRetrieved(values.retrieved));
  const root = values.root ?? DEFAULT_ROOT;
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(m.noRoot(root));
  if (entryAt(root)?.isSymbolicLink()) {
    io.stderr.write(`${m.notInside(display(root), '符号链接')}\n`);
    return 1;
  }
  const file = requireFile(positional[0], '报告文件');
  if (statSync(file).isDirectory()) {
    if (values.body !== undefined || values.year !== undefined || values.source !== undefined) throw new UsageError(m.folderOptions);
    return addFolder(file, root, values, set, io, today);
  }
  return (await addOne(file, root, values, set, io, today)).code;
}

interface Outcome {
  code: number;
  id?: string;
  year?: number;
  errors: number;
  warnings: number;
  /** Why nothing was written. */
  refused?: string;
}

type Values = Partial<Record<'body' | 'year' | 'source' | 'retrieved' | 'root', string>>;

/** Every report file in a folder (saved pages, PDFs, Word files, text), one after the other, then one summary. */
async function addFolder(folder: string, root: string, values: Values, set: ReadonlySet<string>, io: Io, today: Date): Promise<number> {
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile() && IMPORTABLE.test(e.name))
    .map((e) => join(folder, e.name))
    .sort();
  if (!files.length) throw new UsageError(m.folderEmpty(folder));
  const outcomes: Array<Outcome & { file: string }> = [];
  for (const file of files) {
    io.stdout.write(`\n── ${display(file)}\n`);
    outcomes.push({ file, ...(await addOne(file, root, values, set, io, today)) });
  }
  io.stdout.write(`\n${m.folderSummary(outcomes.map((o) => ({ ...o, file: display(o.file) })))}\n`);
  return outcomes.some((o) => o.code !== 0) ? 1 : 0;
}

const IMPORTABLE = /\.(?:txt|md|markdown|text|docx|html?|xhtml|shtml|pdf)$/i;

async function addOne(file: string, root: string, values: Values, set: ReadonlySet<string>, io: Io, today: Date): Promise<Outcome> {
  const say = (line: string | undefined) => line !== undefined && io.stdout.write(`${line}\n`);
  const refuse = (message: string): Outcome => {
    io.stderr.write(`${message}\n`);
    return { code: 1, errors: 1, warnings: 0, refused: message.split('\n')[0]! };
  };

  // The input may be a Word file with pictures, larger than any report's text; a FIFO must not hang add.
  const bytes = readRegularFile(file, MAX_INPUT_BYTES, { followLinks: true });
  if (!bytes.ok) return refuse(m.unreadable(file, bytes.diagnostic.message, bytes.diagnostic.hint ?? ''));
  const input = await readInput(file, new Uint8Array(bytes.bytes));
  if (!input.ok) return refuse(m.unreadable(file, input.message, input.hint));
  if (Buffer.byteLength(input.text) > MAX_REPORT_BYTES) return refuse(m.unreadable(file, `报告全文超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB 的上限`, '一份年度报告的全文通常不到 100 KB：请检查是否选错了文件。'));

  const lines = input.text.split('\n');
  const title = readTitle(lines, findSections(lines)[0]?.heading ?? lines.length + 1);
  const year = values.year ? Number(values.year) : title?.year;
  if (!year) return refuse(m.noYear(file));

  // Which body: the one --body names, else the one the title names, else a new one.
  const bodies = readBodies(root);
  const chosen = values.body ? bodies.find((b) => b.id === values.body) : undefined;
  const match = !values.body && title?.agency ? findBody(title.agency, bodies) : undefined;
  const id = values.body ?? match?.body.id ?? (title?.agency ? proposeBodyId(title.agency, new Set(bodies.map((b) => b.id))) : undefined);
  if (!id) return refuse(m.noAgency(file));
  const dir = join(root, id);
  // Nothing is written through a symlink: the body's folder and every file in it must be what they seem.
  const dirEntry = entryAt(dir);
  if (dirEntry && !dirEntry.isDirectory()) return refuse(m.notInside(display(dir), dirEntry.isSymbolicLink() ? '符号链接' : '文件，不是目录'));
  const needsBody = !entryAt(join(dir, 'body.yml'));
  if (needsBody && !title?.agency) return refuse(m.noAgency(file));

  const ext = input.format === 'markdown' ? 'md' : 'txt';
  const target = join(dir, `${year}.${ext}`);
  const present = ['txt', 'md'].map((e) => join(dir, `${year}.${e}`)).filter((p) => entryAt(p));
  if (present.length && !set.has('force')) return refuse(m.exists(display(present[0]!), year));

  const sidecar = join(dir, `${year}.yml`);
  for (const path of [target, sidecar, join(dir, 'body.yml'), ...present]) {
    const entry = entryAt(path);
    if (entry && !entry.isFile()) return refuse(m.notInside(display(path), entry.isSymbolicLink() ? '符号链接' : '目录或特殊文件，不是普通文件'));
  }
  let oldSidecar: string | undefined;
  if (entryAt(sidecar)) {
    const read = readRegularFile(sidecar, MAX_METADATA_BYTES);
    if (!read.ok) return refuse(`${display(sidecar)}：${read.diagnostic.message}\n没有添加任何文件。`);
    oldSidecar = read.bytes.toString('utf8');
  }
  const provenance = {
    ...(values.source ? { source: values.source } : {}),
    ...(values.retrieved ? { retrieved: values.retrieved } : {}),
    added: today.toISOString().slice(0, 10),
    // A text converted from a Word document, a web page or a PDF says so, with the file it came from.
    ...(CONVERTED_FORMATS.has(input.format) ? { converted: m.convertedFrom(input.format, basename(file), createHash('sha256').update(bytes.bytes).digest('hex')) } : {}),
  };
  const region = needsBody ? guessRegion(title!.agency!) : undefined;
  const writes: FileWrite[] = [
    { path: target, content: input.text },
    { path: sidecar, content: sidecarYaml(oldSidecar, provenance) },
    ...(region ? [{ path: join(dir, 'body.yml'), content: bodyYaml(title!.agency!, region) }] : []),
  ];
  // Next year's title may write the name another way (管委会, with its province): it becomes an alias, so check accepts it.
  const newAlias = match?.alias && !match.body.meta.aliases.includes(match.alias) ? match.alias : undefined;
  if (newAlias) {
    const read = readRegularFile(join(dir, 'body.yml'), MAX_METADATA_BYTES);
    if (read.ok) writes.push({ path: join(dir, 'body.yml'), content: withAlias(read.bytes.toString('utf8'), newAlias) });
  }
  const stale = present.filter((p) => p !== target);
  const replaced = new Set(writes.filter((w) => entryAt(w.path)).map((w) => w.path));
  try {
    writeFiles(writes, stale);
  } catch (error) {
    return refuse(m.writeFailed(error instanceof Error ? error.message : String(error)));
  }

  say(m.imported(file, input.format));
  say(m.converted(input.encoding, input.crlf));
  for (const w of writes) say(m.wrote(display(w.path), replaced.has(w.path)));
  for (const p of stale) say(m.removed(display(p)));
  if (match) say(m.existingBody(match.body.meta.name, id, match.alias));
  else if (region) {
    say(m.newBody(title!.agency!, id, Boolean(values.body)));
    say(m.region(region.region, region.todo));
  } else say(chosen?.meta ? m.existingBody(chosen.meta.name, id) : m.chosenBody(id));
  say(m.year(year, !values.year));
  if (!values.source) say(m.noSource);
  return { id, year, ...report(dir, io) };
}

/** Check the body's folder exactly as `gongkai check <folder>` does, and print the result. */
function report(dir: string, io: Io): { code: number; errors: number; warnings: number } {
  const { checks } = checkTarget(dir);
  let errors = 0;
  let warnings = 0;
  for (const c of checks) {
    for (const d of c.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
      io.stderr.write(`${formatWithHint(c.path, d)}\n`);
    }
  }
  const shown = display(dir);
  io.stdout.write(`${m.checked(shown, errors, warnings)}\n`);
  io.stdout.write(`${errors ? m.nextFix(shown) : m.nextOk(shown)}\n`);
  return { code: errors ? 1 : 0, errors, warnings };
}
