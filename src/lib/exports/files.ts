/**
 * Every file under /data/, generated once per build: the endpoints serve
 * these bytes and the /data/ page shows their sizes and hashes, so the two
 * always agree.
 */
import { createHash } from 'node:crypto';
import type { BodyRecord, ReportRecord } from '../corpus/load.ts';
import { BODY_TABLE } from './body-table.ts';
import { dataPackage, type PackageOptions } from './datapackage.ts';
import { INDICATOR_TABLE } from './indicator-table.ts';
import { publishedBody, publishedReport } from './record.ts';
import { jsonText } from './report-json.ts';
import { sortedReports, type ExportData, type Table } from './table.ts';
import { TIDY_TABLE } from './tidy.ts';
import { WIDE_TABLE } from './wide.ts';

export interface DataFile {
  /** File name under /data/. */
  path: string;
  title: string;
  description: string;
  format: 'csv' | 'json';
  mediatype: string;
  bytes: Uint8Array<ArrayBuffer>;
  size: number;
  sha256: string;
  /** The table a CSV file holds. */
  table?: Table;
}

/** The tables of /data/, in the order the page lists them. */
export const TABLES: readonly Table[] = [TIDY_TABLE, WIDE_TABLE, INDICATOR_TABLE, BODY_TABLE];

const encoder = new TextEncoder();

function file(path: string, text: string, meta: Pick<DataFile, 'title' | 'description' | 'format' | 'mediatype'>, table?: Table): DataFile {
  const bytes = encoder.encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { path, ...meta, bytes, size: bytes.byteLength, sha256, ...(table ? { table } : {}) };
}

const CSV = { format: 'csv', mediatype: 'text/csv; charset=utf-8' } as const;
const JSON_FILE = { format: 'json', mediatype: 'application/json; charset=utf-8' } as const;

/** reports.json: every published report, in dataset order. */
export const reportsJson = (data: ExportData): string => jsonText(sortedReports(data).map(publishedReport));

/** /reports/<id>.json */
export const reportJson = (record: ReportRecord): string => jsonText(publishedReport(record));

/** /bodies/<id>.json: the body and every report of it. */
export function bodyJson(body: BodyRecord, reports: readonly ReportRecord[]): string {
  const own = sortedReports({ reports: reports.filter((r) => r.bodyId === body.id), bodies: [] });
  return jsonText({ id: body.id, ...publishedBody(body.meta), aliases: body.meta.aliases, website: body.meta.website ?? null, reports: own.map(publishedReport) });
}

/** /bodies/<id>.csv: the tidy rows of every report of one body. */
export const bodyCsv = (body: BodyRecord, reports: readonly ReportRecord[]): string =>
  TIDY_TABLE.csv({ reports: reports.filter((r) => r.bodyId === body.id), bodies: [] });

const REPORTS_JSON_META = {
  title: '全部报告（JSON）',
  description: '每份报告的规范 JSON（gongkai/report@1，含三张表与正文各部分），加上所属机关、来源、本站所作更正和豁免的记录。',
  ...JSON_FILE,
} as const;

const PACKAGE_META = {
  title: '数据包说明（Frictionless Data Package）',
  description: '上列各 CSV 文件的机器可读说明：每列的名称、类型、中文标题和含义，主键与外键，以及每个文件的字节数和 SHA-256。',
  ...JSON_FILE,
} as const;

/** Title, description and type of every file under /data/, by file name. */
export const DATA_FILE_META: Readonly<Record<string, Pick<DataFile, 'title' | 'description' | 'format' | 'mediatype'>>> = {
  ...Object.fromEntries(TABLES.map((t) => [t.path, { title: t.title, description: t.description, ...CSV }])),
  'reports.json': REPORTS_JSON_META,
  'datapackage.json': PACKAGE_META,
};

export function buildDataFiles(data: ExportData, options: PackageOptions = {}): DataFile[] {
  const csvFiles = TABLES.map((table) => file(table.path, table.csv(data), { title: table.title, description: table.description, ...CSV }, table));
  const json = file('reports.json', reportsJson(data), REPORTS_JSON_META);
  const descriptor = dataPackage(csvFiles.map((f) => ({ table: f.table!, file: f })), options);
  const pkg = file('datapackage.json', jsonText(descriptor), PACKAGE_META);
  return [...csvFiles, json, pkg];
}

const cache = new WeakMap<object, Map<string, DataFile[]>>();

/** buildDataFiles, once per data object and options: the build's endpoints and pages share one result. */
export function dataFiles(data: ExportData, options: PackageOptions = {}): DataFile[] {
  const key = options.homepage ?? '';
  let byOptions = cache.get(data);
  if (!byOptions) cache.set(data, (byOptions = new Map()));
  let files = byOptions.get(key);
  if (!files) byOptions.set(key, (files = buildDataFiles(data, options)));
  return files;
}

/** A size as the download list shows it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
