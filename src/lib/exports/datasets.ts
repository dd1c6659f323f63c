/**
 * Every download of the site written to disk in one pass over the reports:
 * /data/ files streamed chunk by chunk (sized and hashed as they go), and,
 * when asked, /reports/<id>.json|csv and /bodies/<id>.json|csv. Each
 * report's tidy records and JSON are made once and reused by its own files,
 * its body's files and the whole-dataset files; the bytes are those of
 * files.ts (reportJson, reportCsv, bodyJson, bodyCsv, buildDataFiles).
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BodyRecord, ReportRecord } from '../corpus/load.ts';
import { dataPackage, type PackageOptions } from './datapackage.ts';
import { DATA_FILE_META, TABLES, type DataFile } from './files.ts';
import { publishedBody, publishedReport } from './record.ts';
import { jsonText } from './report-json.ts';
import { FileSink, type TextSink } from './sink.ts';
import { sortedBodies, sortedReports, type ExportData } from './table.ts';
import { TIDY_TABLE } from './tidy.ts';

/** A data file as written to disk: everything the /data/ page shows, and where the bytes are. */
export interface WrittenDataFile extends Omit<DataFile, 'bytes'> {
  /** Absolute path of the written file. */
  file: string;
}

export interface DatasetOptions extends PackageOptions {
  /** Also write reports/<id>.json|csv and bodies/<id>.json|csv under the output folder. */
  perItem?: boolean;
}

/** `text` as an element at `depth` of pretty-printed JSON (two spaces a level). */
const indent = (text: string, depth: number) => {
  const pad = '  '.repeat(depth);
  return pad + text.replaceAll('\n', `\n${pad}`);
};

/** JSON.stringify(array, null, 2) of values already stringified with two-space indent, nested at `depth`. */
function jsonArray(items: readonly string[], depth: number): string {
  if (!items.length) return '[]';
  return `[\n${items.map((t) => indent(t, depth + 1)).join(',\n')}\n${'  '.repeat(depth)}]`;
}

/** bodyJson(body, own) from the reports' JSON already made. */
function bodyJsonText(body: BodyRecord, reportJsons: readonly string[]): string {
  const head = JSON.stringify({ id: body.id, ...publishedBody(body.meta), aliases: body.meta.aliases, website: body.meta.website ?? null, reports: null }, null, 2);
  const tail = '"reports": null\n}';
  if (!head.endsWith(tail)) throw new Error('unexpected body JSON layout');
  return `${head.slice(0, -tail.length)}"reports": ${jsonArray(reportJsons, 1)}\n}\n`;
}

/**
 * Thousands of small files: opening each costs more than making its text on
 * some file systems, so they are written by libuv's thread pool while the
 * next ones are made, a bounded number at a time.
 */
class FileQueue {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly limit: number;
  constructor(limit = 64) {
    this.limit = limit;
  }

  async add(path: string, text: string): Promise<void> {
    while (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
    const done: Promise<void> = writeFile(path, text).finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }
}

/**
 * Writes /data/ under `outDir/data/` (and the per-item files when asked) and
 * returns the /data/ files in the order the page lists them.
 */
export async function writeDatasets(data: ExportData, outDir: string, options: DatasetOptions = {}): Promise<WrittenDataFile[]> {
  const dataDir = join(outDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  if (options.perItem) {
    mkdirSync(join(outDir, 'reports'), { recursive: true });
    mkdirSync(join(outDir, 'bodies'), { recursive: true });
  }
  const pathOf = (name: string) => join(dataDir, name);
  const written = new Map<string, WrittenDataFile>();
  const done = (name: string, sink: FileSink) => {
    const { size, sha256 } = sink.close();
    const meta = DATA_FILE_META[name];
    if (!meta) throw new Error(`no description for data file ${name}`);
    const table = TABLES.find((t) => t.path === name);
    written.set(name, { path: name, ...meta, size, sha256, file: pathOf(name), ...(table ? { table } : {}) });
  };

  // The long table and reports.json: one pass, by body then year.
  const tidy = new FileSink(pathOf(TIDY_TABLE.path));
  tidy.write(TIDY_TABLE.head);
  const json = new FileSink(pathOf('reports.json'));
  const reports = sortedReports(data);
  json.write(reports.length ? '[\n' : '[]');
  const bodies = new Map(data.bodies.map((b) => [b.id, b]));
  const bodiesWritten = new Set<string>();
  let group: { body: BodyRecord; csv: string[]; json: string[] } | undefined;
  const files = new FileQueue();
  const writeBody = async (body: BodyRecord, csv: readonly string[], jsons: readonly string[]) => {
    bodiesWritten.add(body.id);
    await files.add(join(outDir, 'bodies', `${body.id}.csv`), TIDY_TABLE.head + csv.join(''));
    await files.add(join(outDir, 'bodies', `${body.id}.json`), bodyJsonText(body, jsons));
  };
  const collect: string[] = [];
  const into: TextSink = { write: (text) => collect.push(text) };
  for (const [i, record] of reports.entries()) {
    TIDY_TABLE.writeRecords({ reports: [record], bodies: [] }, into);
    const records = collect.join('');
    collect.length = 0;
    const text = JSON.stringify(publishedReport(record), null, 2);
    tidy.write(records);
    json.write((i ? ',\n' : '') + indent(text, 1));
    if (!options.perItem) continue;
    await files.add(join(outDir, 'reports', `${record.id}.csv`), TIDY_TABLE.head + records);
    await files.add(join(outDir, 'reports', `${record.id}.json`), `${text}\n`);
    if (group?.body.id !== record.bodyId) {
      if (group) await writeBody(group.body, group.csv, group.json);
      const body = bodies.get(record.bodyId);
      group = body ? { body, csv: [], json: [] } : undefined;
    }
    group?.csv.push(records);
    group?.json.push(text);
  }
  if (group) await writeBody(group.body, group.csv, group.json);
  if (options.perItem) for (const body of sortedBodies(data)) if (!bodiesWritten.has(body.id)) await writeBody(body, [], []);
  await files.drain();
  json.write(reports.length ? '\n]\n' : '\n');
  done(TIDY_TABLE.path, tidy);
  done('reports.json', json);

  for (const table of TABLES) {
    if (table === TIDY_TABLE) continue;
    const sink = new FileSink(pathOf(table.path));
    sink.write(table.head);
    table.writeRecords(data, sink);
    done(table.path, sink);
  }
  const csvFiles = TABLES.map((t) => written.get(t.path)!);
  const pkg = new FileSink(pathOf('datapackage.json'));
  pkg.write(jsonText(dataPackage(csvFiles.map((f) => ({ table: f.table!, file: f })), options.homepage ? { homepage: options.homepage } : {})));
  done('datapackage.json', pkg);
  return [...csvFiles, written.get('reports.json')!, written.get('datapackage.json')!];
}
