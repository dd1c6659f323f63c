/**
 * Every file of test/fixtures/shapes (generated from two seeds in the shapes
 * real reports take: Word, WPS, their PDFs, the two texts pdftotext gives,
 * saved government pages) read through the path a contributor's file takes:
 * readInput, then the reader and the rules. A file the manifest expects
 * exact must give the seed's golden figures; one it expects rejected must
 * get an error; none may ever give other figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/check/report.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { readInput } from '../../../src/lib/import/read-input.ts';
import type { Entry } from '../../fixtures/shapes/current.ts';
import { golden, ROOT } from '../../fixtures/seeds.ts';

const DIR = `${ROOT}test/fixtures/shapes/`;
const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as Entry[];

async function read(entry: Entry) {
  const input = await readInput(entry.file, new Uint8Array(readFileSync(DIR + entry.file)));
  if (!input.ok) return { refused: input.message };
  const { report, diagnostics } = parseReport(input.text, { path: entry.file });
  return { report, errors: diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(entry.file, d)) };
}

const tables = (r: { active_disclosure: unknown; applications: unknown; review_litigation: unknown }) => ({
  active_disclosure: r.active_disclosure,
  applications: r.applications,
  review_litigation: r.review_litigation,
});

describe('shapes of real reports, generated from the seeds', () => {
  it('covers every shape the manifest names', () => {
    expect([...new Set(manifest.map((e) => e.shape))].sort()).toMatchSnapshot();
  });

  it.each(manifest.filter((e) => e.expect === 'exact').map((e) => [e.file, e] as const))('%s gives the seed’s exact figures', async (_file, entry) => {
    const got = await read(entry);
    expect(got.refused).toBeUndefined();
    expect(got.errors).toEqual([]);
    const want = golden(entry.seed);
    expect(tables(got.report!)).toEqual(tables(want));
    expect([got.report!.agency, got.report!.year]).toEqual([want.agency, want.year]);
    if (entry.narrative === 'exact') expect(got.report!.narrative).toEqual(want.narrative);
  });

  it.each(manifest.filter((e) => e.expect === 'rejected').map((e) => [e.file, e] as const))('%s is rejected with an error at a line', async (_file, entry) => {
    const got = await read(entry);
    expect(got.refused ?? got.errors?.[0]).toBeTruthy();
    if (got.report) expect(tables(got.report)).not.toEqual(tables(golden(entry.seed)));
  });
});
