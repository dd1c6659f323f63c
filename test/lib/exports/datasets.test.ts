import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../../bench/generate.ts';
import { loadCorpus, type BodyRecord, type Corpus } from '../../../src/lib/corpus/load.ts';
import { writeDatasets, type WrittenDataFile } from '../../../src/lib/exports/datasets.ts';
import { bodyCsv, bodyJson, buildDataFiles, reportJson } from '../../../src/lib/exports/files.ts';
import { reportCsv } from '../../../src/lib/exports/tidy.ts';
import type { ExportData } from '../../../src/lib/exports/table.ts';
import { seedContent } from '../../fixtures/seed-content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'gongkai-datasets-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const seeds: Corpus = loadCorpus(seedContent());
writeCorpus(join(scratch, 'content'), { bodies: 12, years: 3, seed: 7 });
const generated: Corpus = loadCorpus(join(scratch, 'content'));
const lonely: BodyRecord = { ...seeds.bodies[0]!, id: 'aaa-no-reports' };

const cases: Array<[string, ExportData]> = [
  ['the seeds', seeds],
  ['a generated corpus, shuffled, with a body that has no reports', { reports: [...generated.reports].reverse(), bodies: [...generated.bodies, lonely] }],
  ['no reports at all', { reports: [], bodies: [lonely] }],
];

const options = { homepage: 'https://gongkai.example.org/data/' };
let n = 0;

describe.each(cases)('writeDatasets(%s)', (_name, data) => {
  const out = join(scratch, `out-${n++}`);
  const inMemory = buildDataFiles(data, options);
  let written: WrittenDataFile[];
  beforeAll(async () => {
    written = await writeDatasets(data, out, { ...options, perItem: true });
  });

  test('writes the bytes, sizes and hashes of buildDataFiles, in the same order', () => {
    expect(written.map((f) => [f.path, f.title, f.format, f.mediatype, f.size, f.sha256])).toEqual(inMemory.map((f) => [f.path, f.title, f.format, f.mediatype, f.size, f.sha256]));
    for (const [i, f] of written.entries()) expect(readFileSync(f.file).equals(Buffer.from(inMemory[i]!.bytes)), f.path).toBe(true);
    expect(written.map((f) => f.table?.name)).toEqual(inMemory.map((f) => f.table?.name));
  });

  test('writes every report file as reportJson and reportCsv do', () => {
    expect(readdirSync(join(out, 'reports')).length).toBe(2 * data.reports.length);
    for (const r of data.reports) {
      expect(readFileSync(join(out, 'reports', `${r.id}.json`), 'utf8'), r.id).toBe(reportJson(r));
      expect(readFileSync(join(out, 'reports', `${r.id}.csv`)).equals(Buffer.from(reportCsv(r))), r.id).toBe(true);
    }
  });

  test('writes every body file as bodyJson and bodyCsv do', () => {
    expect(readdirSync(join(out, 'bodies')).length).toBe(2 * data.bodies.length);
    for (const b of data.bodies) {
      expect(readFileSync(join(out, 'bodies', `${b.id}.json`), 'utf8'), b.id).toBe(bodyJson(b, data.reports));
      expect(readFileSync(join(out, 'bodies', `${b.id}.csv`)).equals(Buffer.from(bodyCsv(b, data.reports))), b.id).toBe(true);
    }
  });
});

test('without perItem only /data/ is written', async () => {
  const out = join(scratch, 'data-only');
  await writeDatasets(seeds, out);
  expect(readdirSync(out)).toEqual(['data']);
  expect(readdirSync(join(out, 'data')).sort()).toEqual(['bodies.csv', 'datapackage.json', 'indicators.csv', 'reports-wide.csv', 'reports.csv', 'reports.json']);
});
