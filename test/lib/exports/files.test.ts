import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { loadCorpus, type Corpus, type ReportRecord } from '../../../src/lib/corpus/load.ts';
import { dataFiles, buildDataFiles, bodyCsv, bodyJson, formatSize, reportJson, type DataFile } from '../../../src/lib/exports/files.ts';
import { reportCsv } from '../../../src/lib/exports/tidy.ts';
import { FIGURES } from '../../../src/lib/model/figures.ts';
import { INDICATORS } from '../../../src/lib/model/indicators.ts';
import { Report } from '../../../src/lib/model/schema.ts';
import { readCsv } from '../../helpers/csv.ts';
import { seedContent } from '../../fixtures/seed-content.ts';

const seeds: Corpus = loadCorpus(seedContent());
const files = buildDataFiles(seeds, { homepage: 'https://gongkai.example.org/data/' });
const decoder = new TextDecoder();
const text = (f: DataFile) => decoder.decode(f.bytes, { stream: false });
/** TextDecoder drops the BOM; read it back byte by byte. */
const fullText = (f: DataFile) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(f.bytes);
const byPath = (path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no file ${path}`);
  return f;
};

test('buildDataFiles(seeds) writes the six files of /data/', () => {
  expect(seeds.reports).toHaveLength(5);
  expect(files.map((f) => [f.path, f.format, f.mediatype])).toEqual([
    ['reports.csv', 'csv', 'text/csv; charset=utf-8'],
    ['reports-wide.csv', 'csv', 'text/csv; charset=utf-8'],
    ['indicators.csv', 'csv', 'text/csv; charset=utf-8'],
    ['bodies.csv', 'csv', 'text/csv; charset=utf-8'],
    ['reports.json', 'json', 'application/json; charset=utf-8'],
    ['datapackage.json', 'json', 'application/json; charset=utf-8'],
  ]);
});

describe('snapshots of the seed datasets', () => {
  for (const path of ['reports.csv', 'reports-wide.csv', 'indicators.csv', 'bodies.csv', 'reports.json', 'datapackage.json']) {
    test(path, async () => {
      await expect(fullText(byPath(path))).toMatchFileSnapshot(`__snapshots__/seeds/${path}`);
    });
  }
});

describe('reports.csv', () => {
  const file = byPath('reports.csv');
  const csv = readCsv(fullText(file));

  test('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bom).toBe(true);
    expect(csv.crlf).toBe(true);
    expect(text(file)).not.toMatch(/[^\r]\n/);
  });

  test('has one row per figure of every report, with the columns of the brief', () => {
    expect(csv.header).toEqual(['report_id', 'body_id', 'agency', 'year', 'figure', 'table', 'row', 'row_label', 'column', 'column_label', 'value']);
    expect(csv.rows).toHaveLength(5 * FIGURES.length);
    const fees = csv.records.find((r) => r.report_id === 'zhengzhou-hrss-2023' && r.figure === 'active_disclosure.fees');
    expect(fees).toEqual({
      report_id: 'zhengzhou-hrss-2023',
      body_id: 'zhengzhou-hrss',
      agency: '郑州市人力资源和社会保障局',
      year: '2023',
      figure: 'active_disclosure.fees',
      table: 'active_disclosure',
      row: 'fees',
      row_label: '行政事业性收费',
      column: '',
      column_label: '本年收费金额（万元）',
      value: '75.1552',
    });
  });

  test('publishes the corrected appeals row of zhengzhou-hrss-2023', () => {
    const row = (figure: string) => csv.records.find((r) => r.report_id === 'zhengzhou-hrss-2023' && r.figure === figure)?.value;
    expect(row('review_litigation.litigation_after_review.upheld')).toBe('1');
    expect(row('review_litigation.litigation_after_review.total')).toBe('1');
    expect(row('review_litigation.litigation_direct.pending')).toBe('0');
  });

  test('writes an agency that starts with = as text, not as a formula', () => {
    const seed = seeds.reports[0]!;
    const crafted: ReportRecord = { ...seed, report: { ...seed.report, agency: '=HYPERLINK("http://evil.example","点我")' } };
    const out = reportCsv(crafted);
    const line = out.split('\r\n')[1]!;
    expect(line.split(',').slice(0, 3).join(',')).toBe(`${seed.id},${seed.bodyId},"'=HYPERLINK(""http://evil.example""`);
    expect(readCsv(out).records[0]!.agency).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(out).not.toMatch(/(^|,)[=+\-@]/m);
  });

  test('equals the per-report files put together', () => {
    const perReport = seeds.reports.map((r) => readCsv(reportCsv(r)).rows).flat();
    expect(perReport).toEqual(csv.rows);
  });
});

describe('reports-wide.csv', () => {
  const csv = readCsv(fullText(byPath('reports-wide.csv')));

  test('has one row per report and one column per figure, named by its key', () => {
    expect(csv.rows.map((r) => r[0])).toEqual(['huiji-hrss-2023', 'zhangshu-hrss-2023', 'zhengdong-social-affairs-2023', 'zhengzhou-government-2022', 'zhengzhou-hrss-2023']);
    expect(csv.header.slice(0, 10)).toEqual(['report_id', 'body_id', 'agency', 'year', 'kind', 'province', 'city', 'county', 'source', 'corrections']);
    expect(csv.header.slice(10)).toEqual(FIGURES.map((f) => f.key));
  });

  test('agrees with the long table cell by cell', () => {
    const long = readCsv(fullText(byPath('reports.csv'))).records;
    for (const r of long) expect(csv.records.find((w) => w.report_id === r.report_id)![r.figure!]).toBe(r.value);
  });

  test('counts the corrections of each report', () => {
    expect(csv.records.map((r) => r.corrections)).toEqual(['0', '0', '0', '0', '1']);
  });
});

describe('indicators.csv', () => {
  const csv = readCsv(fullText(byPath('indicators.csv')));

  test('has a column per indicator, empty where the denominator is 0', () => {
    expect(csv.header).toEqual(['report_id', 'body_id', 'agency', 'year', ...INDICATORS.map((d) => d.id)]);
    const zhangshu = csv.records.find((r) => r.report_id === 'zhangshu-hrss-2023')!;
    expect(zhangshu.disclosure_rate).toBe('');
    const hrss = csv.records.find((r) => r.report_id === 'zhengzhou-hrss-2023')!;
    expect(hrss.litigation_after_review_loss_rate).toBe('0');
    expect(hrss.disclosure_rate).toMatch(/^0\.\d{1,6}$/);
  });
});

describe('reports.json', () => {
  const published = JSON.parse(text(byPath('reports.json'))) as Array<Record<string, unknown>>;

  test('holds every report in canonical form, keys in schema order, then provenance', () => {
    expect(published.map((r) => r.id)).toEqual(seeds.reports.map((r) => r.id));
    for (const r of published) {
      // blank_cells only where a figure was printed as an empty cell, which no seed does.
      const canonical = Object.keys(Report.shape).filter((k) => k !== 'blank_cells');
      expect(Object.keys(r)).toEqual([...canonical, 'body_id', 'body', 'source', 'retrieved', 'added', 'corrections', 'waivers']);
      const report = Object.fromEntries(canonical.map((k) => [k, r[k]]));
      expect(Report.parse(report)).toEqual(report);
      // other_processing only where （六）其他处理 was printed as one row, which no seed does.
      expect(Object.keys(r.applications as object)).toEqual(Object.keys(Report.shape.applications.shape).filter((k) => k !== 'other_processing'));
    }
  });

  test('carries the correction record of zhengzhou-hrss-2023', () => {
    const hrss = published.find((r) => r.id === 'zhengzhou-hrss-2023')!;
    expect(hrss.body_id).toBe('zhengzhou-hrss');
    expect(hrss.body).toEqual({ name: '郑州市人力资源和社会保障局', kind: 'department', region: { province: '河南省', city: '郑州市', county: null } });
    expect(hrss.corrections).toEqual([expect.objectContaining({ line: 82, published: '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1' })]);
  });

  test('agrees with the per-report files', () => {
    for (const record of seeds.reports) {
      expect(JSON.parse(reportJson(record))).toEqual(published.find((r) => r.id === record.id));
    }
  });
});

describe('datapackage.json', () => {
  const pkg = JSON.parse(text(byPath('datapackage.json')));

  test('is a tabular data package with a resource per CSV file', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.homepage).toBe('https://gongkai.example.org/data/');
    expect(pkg.resources.map((r: { name: string; path: string }) => [r.name, r.path])).toEqual([
      ['reports', 'reports.csv'],
      ['reports-wide', 'reports-wide.csv'],
      ['indicators', 'indicators.csv'],
      ['bodies', 'bodies.csv'],
    ]);
  });

  test('gives the size and SHA-256 of the exact bytes of each file', () => {
    for (const resource of pkg.resources) {
      const file = byPath(resource.path);
      expect(resource.bytes).toBe(file.bytes.byteLength);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(file.bytes).digest('hex')}`);
      expect(file.sha256).toBe(resource.hash.slice('sha256:'.length));
      expect(file.size).toBe(file.bytes.byteLength);
    }
  });

  test('describes every column of every file, in file order, with a Chinese title', () => {
    for (const resource of pkg.resources) {
      const csv = readCsv(fullText(byPath(resource.path)));
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(csv.header);
      for (const field of resource.schema.fields) {
        expect(field.title, field.name).toMatch(/[\u4e00-\u9fff]/);
        expect(field.description, field.name).not.toBe('');
        expect(['string', 'integer', 'number']).toContain(field.type);
      }
    }
  });

  test('has primary keys that are unique and foreign keys that resolve', () => {
    const tables = new Map<string, Array<Record<string, string>>>(
      pkg.resources.map((r: { name: string; path: string }) => [r.name, readCsv(fullText(byPath(r.path))).records]),
    );
    for (const resource of pkg.resources) {
      const rows = tables.get(resource.name)!;
      const keys = rows.map((row) => resource.schema.primaryKey.map((k: string) => row[k]).join('\u0000'));
      expect(new Set(keys).size, resource.name).toBe(rows.length);
      for (const fk of resource.schema.foreignKeys ?? []) {
        const targets = new Set(tables.get(fk.reference.resource)!.map((row) => row[fk.reference.fields]));
        for (const row of rows) expect(targets.has(row[fk.fields]), `${resource.name}.${fk.fields}=${row[fk.fields]}`).toBe(true);
      }
    }
  });

  test('types integer columns so that every value is an integer', () => {
    for (const resource of pkg.resources) {
      const rows = readCsv(fullText(byPath(resource.path))).records;
      for (const field of resource.schema.fields.filter((f: { type: string }) => f.type !== 'string')) {
        const pattern = field.type === 'integer' ? /^(0|[1-9]\d*)?$/ : /^((0|[1-9]\d*)(\.\d{1,6})?)?$/;
        for (const row of rows) expect(row[field.name], `${resource.name}.${field.name}`).toMatch(pattern);
      }
    }
  });
});

describe('determinism', () => {
  test('two builds of the same content are byte-identical', () => {
    const again = buildDataFiles(loadCorpus(seedContent()), { homepage: 'https://gongkai.example.org/data/' });
    expect(again.map((f) => [f.path, f.sha256])).toEqual(files.map((f) => [f.path, f.sha256]));
    again.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(files[i]!.bytes)), f.path).toBe(true));
  });

  test('the order in which reports and bodies arrive does not matter', () => {
    const shuffled = { reports: [...seeds.reports].reverse(), bodies: [...seeds.bodies].reverse() };
    const again = buildDataFiles(shuffled, { homepage: 'https://gongkai.example.org/data/' });
    expect(again.map((f) => f.sha256)).toEqual(files.map((f) => f.sha256));
  });

  test('dataFiles(data) builds once per data object', () => {
    const data = { reports: seeds.reports, bodies: seeds.bodies };
    expect(dataFiles(data)).toBe(dataFiles(data));
    expect(dataFiles(data, { homepage: 'https://x.example/data/' })).not.toBe(dataFiles(data));
  });
});

describe('per-body files', () => {
  test('bodyJson(body, reports) holds the body and its reports only', () => {
    const body = seeds.bodies.find((b) => b.id === 'zhengzhou-government')!;
    const json = JSON.parse(bodyJson(body, seeds.reports));
    expect(Object.keys(json)).toEqual(['id', 'name', 'kind', 'region', 'aliases', 'website', 'reports']);
    expect(json.website).toBe('https://www.zhengzhou.gov.cn/');
    expect(json.reports.map((r: { id: string }) => r.id)).toEqual(['zhengzhou-government-2022']);
  });

  test('bodyCsv(body, reports) is the long table of its reports', () => {
    const body = seeds.bodies.find((b) => b.id === 'zhengzhou-hrss')!;
    expect(bodyCsv(body, seeds.reports)).toBe(reportCsv(seeds.reports.find((r) => r.bodyId === 'zhengzhou-hrss')!));
  });
});

test('formatSize(bytes) writes sizes as the download list shows them', () => {
  expect([formatSize(0), formatSize(1023), formatSize(1024), formatSize(257661), formatSize(5 * 1024 * 1024)]).toEqual(['0 字节', '1023 字节', '1.0 KB', '251.6 KB', '5.0 MB']);
});
