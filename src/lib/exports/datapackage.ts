/**
 * datapackage.json: a Frictionless Tabular Data Package describing every CSV
 * file, with the size and SHA-256 of the exact bytes served, so a download
 * can be checked and read with its types by frictionless tools.
 */
import type { Table } from './table.ts';

export const LICENCE = {
  name: 'CC0-1.0',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
  title: 'CC0 1.0 公有领域贡献',
} as const;

export const SOURCE_TITLE = '各行政机关公开发布的《政府信息公开工作年度报告》';

/** The dialect toCsv writes; the byte-order mark is read as part of UTF-8 by frictionless tools. */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

export interface HashedFile {
  path: string;
  size: number;
  sha256: string;
}

export interface PackageOptions {
  /** Absolute URL of the /data/ page, when the site's address is known. */
  homepage?: string;
}

export function dataPackage(tables: ReadonlyArray<{ table: Table; file: HashedFile }>, options: PackageOptions = {}) {
  return {
    profile: 'tabular-data-package',
    name: 'gongkai',
    title: '公开 · 政府信息公开工作年度报告数据',
    description:
      '各级行政机关《政府信息公开工作年度报告》（2021 年版格式，国办公开办函〔2021〕30号）中表二、表三、表四的全部数字，' +
      '逐表核对勾稽关系后发布。CSV 为 UTF-8（带 BOM）、逗号分隔、CRLF 换行；为防公式注入，以 = + - @ 或制表符开头的文本前加了一个单引号。',
    ...(options.homepage ? { homepage: options.homepage } : {}),
    keywords: ['政府信息公开', '年度报告', '依申请公开', '行政复议', '行政诉讼', 'government information disclosure'],
    licenses: [LICENCE],
    sources: [{ title: SOURCE_TITLE }],
    resources: tables.map(({ table, file }) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: file.path,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: file.size,
      hash: `sha256:${file.sha256}`,
      dialect: CSV_DIALECT,
      schema: {
        fields: table.fields,
        missingValues: [''],
        primaryKey: table.primaryKey,
        ...(table.foreignKeys.length ? { foreignKeys: table.foreignKeys } : {}),
      },
    })),
  };
}
