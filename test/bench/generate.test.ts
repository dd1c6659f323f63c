import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { allBodies, generateCorpus, generateReport, LAYOUTS, TITLE_SHAPES, writeCorpus, type GeneratedReport, type Variant } from '../../bench/generate.ts';
import { APPEAL_GROUPS, APPLICANT_COLUMNS, OUTCOME_ROWS } from '../../src/lib/model/catalogue.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { parseReport } from '../../src/lib/check/report.ts';
import { Slug } from '../../src/lib/model/schema.ts';

/** Parse the generated file as bytes, the way content/reports is read. */
function roundTrip(g: GeneratedReport) {
  const result = parseReport(new TextEncoder().encode(g.text), g.parseOptions);
  return { diagnostics: result.diagnostics, report: result.report };
}

function expectParsesBack(g: GeneratedReport) {
  const { diagnostics, report } = roundTrip(g);
  expect(diagnostics, JSON.stringify(g.variant)).toEqual([]);
  expect(report, JSON.stringify(g.variant)).toEqual(g.expected);
}

const bigBody = allBodies().find((b) => b.id === 'zhengzhou-government')!;

describe('generateReport(seed, options)', () => {
  test.each(LAYOUTS)('every %s report parses back to exactly its figures with no diagnostics', (layout) => {
    for (let seed = 0; seed < 50; seed++) expectParsesBack(generateReport(seed, { layout, correction: seed % 5 === 0 }));
  });

  test('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    const a = generateReport(42);
    expect(generateReport(42)).toEqual(a);
    expect(generateReport(43).text).not.toEqual(a.text);
  });

  const forced: Array<[string, Partial<Variant>, (text: string) => boolean]> = [
    ['CRLF line endings', { crlf: true }, (t) => t.includes('\r\n') && !/[^\r]\n/.test(t)],
    ['a byte-order mark', { bom: true }, (t) => t.startsWith('\uFEFF')],
    ['full-width digits', { digits: 'full' }, (t) => /[０-９]{2}/.test(t)],
    ['mixed digits', { digits: 'mixed' }, (t) => /[０-９]/.test(t) && /\t\d|\| \d| \d/.test(t)],
    ['thousands separators', { thousands: true }, (t) => /\d,\d{3}|[０-９]，[０-９]{3}/.test(t)],
    ['a transposed appeals table', { appeals: 'transposed' }, (t) => t.includes('行政诉讼（复议后起诉）')],
  ];
  test.each(forced)('%s, in every layout', (_name, variant, shows) => {
    for (const layout of LAYOUTS) {
      if (layout === 'word-cells' && variant.appeals === 'transposed') continue;
      for (let seed = 0; seed < 4; seed++) {
        const g = generateReport(seed, { body: bigBody, layout, variant });
        expect(shows(g.text), `${layout} seed ${seed}`).toBe(true);
        expectParsesBack(g);
      }
    }
  });

  test.each(TITLE_SHAPES)('title shape %s parses back to the body and the year', (title) => {
    for (let seed = 0; seed < 6; seed++) expectParsesBack(generateReport(seed, { layout: LAYOUTS[seed % LAYOUTS.length]!, variant: { title } }));
  });

  test('Word labels broken over lines are read whole', () => {
    const g = generateReport(1, { layout: 'word-cells', variant: { labels: { brackets: 'full', item: '1.', breaks: true } } });
    expect(g.text).toContain('\t（三）不予\n\n公开');
    expect(g.text).toContain('\t商业\n企业');
    expectParsesBack(g);
  });

  test('a misprinted row is an error without its correction and gone with it', () => {
    for (let seed = 0; seed < 12; seed++) {
      const g = generateReport(seed, { layout: LAYOUTS[seed % LAYOUTS.length] === 'word-cells' ? 'web-tabs' : LAYOUTS[seed % LAYOUTS.length]!, correction: true });
      expect(g.meta.corrections).toHaveLength(1);
      const { corrections: _, ...uncorrected } = g.parseOptions;
      const rules = parseReport(g.text, uncorrected).diagnostics.map((d) => d.rule);
      expect(rules.some((r) => r === 'cell-count' || r === 'applications-row-total' || r === 'appeals-total'), rules.join()).toBe(true);
      expectParsesBack(g);
    }
  });

  test('figures satisfy every consistency rule', () => {
    for (let seed = 0; seed < 100; seed++) {
      const { applications: a, review_litigation: rl } = generateReport(seed).expected;
      for (const c of APPLICANT_COLUMNS) {
        expect(a.received[c.id] + a.carried_over[c.id]).toBe(a.total[c.id] + a.carried_forward[c.id]);
        expect(OUTCOME_ROWS.reduce((s, r) => s + a[r.id]![c.id], 0)).toBe(a.total[c.id]);
      }
      for (const row of Object.values(a)) {
        expect(APPLICANT_COLUMNS.slice(0, -1).reduce((s, c) => s + row![c.id], 0)).toBe(row!.total);
      }
      for (const g of APPEAL_GROUPS) {
        const x = rl[g.id];
        expect(x.upheld + x.corrected + x.other + x.pending).toBe(x.total);
      }
    }
  });
});

describe('generateCorpus(options)', () => {
  test('chains a body’s years: 上年结转 is last year’s 结转下年度继续办理', () => {
    const { bodies, reports } = generateCorpus({ bodies: 10, years: 4, seed: 3 });
    expect(bodies).toHaveLength(10);
    expect(reports).toHaveLength(40);
    for (let i = 1; i < reports.length; i++) {
      const [before, now] = [reports[i - 1]!, reports[i]!];
      if (before.body.id !== now.body.id) continue;
      expect(now.year).toBe(before.year + 1);
      expect(now.expected.applications.carried_over).toEqual(before.expected.applications.carried_forward);
      expect(now.expected.active_disclosure.normative_documents.in_force).toBe(
        before.expected.active_disclosure.normative_documents.in_force + now.expected.active_disclosure.normative_documents.issued - now.expected.active_disclosure.normative_documents.repealed,
      );
    }
  });

  test('picks bodies across provinces and kinds, with URL-safe ids and unique names', () => {
    const all = allBodies();
    expect(all.length).toBeGreaterThan(4000);
    for (const b of all) expect(Slug.safeParse(b.id).success, b.id).toBe(true);
    expect(new Set(all.map((b) => b.meta.name)).size).toBe(all.length);
    const { bodies } = generateCorpus({ bodies: 60, years: 1, seed: 1 });
    expect(new Set(bodies.map((b) => b.meta.region.province)).size).toBeGreaterThan(3);
    expect(new Set(bodies.map((b) => b.meta.kind))).toEqual(new Set(['government', 'department']));
    expect(new Set(bodies.map((b) => b.level)).size).toBe(3);
  });
});

describe('writeCorpus(dir, options)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-generate-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a content root that loadCorpus reads with no diagnostics at all', () => {
    const written = writeCorpus(dir, { bodies: 30, years: 5, seed: 11, corrections: 0.1 });
    expect(written.reports).toHaveLength(150);
    expect(written.reports.some((r) => r.corrected)).toBe(true);
    const corpus = loadCorpus(dir);
    expect(corpus.files.filter((f) => f.diagnostics.length)).toEqual([]);
    expect(corpus.bodies.map((b) => b.id).sort()).toEqual(written.bodies.map((b) => b.id).sort());
    expect(corpus.reports).toHaveLength(150);
    const expected = new Map(written.reports.map((r) => [r.id, r.expected]));
    for (const record of corpus.reports) {
      expect(record.report).toEqual(expected.get(record.id));
      expect(record.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.warnings).toEqual([]);
    }
    expect(corpus.reports.filter((r) => r.corrections.length)).toHaveLength(written.reports.filter((r) => r.corrected).length);
  });

  test('writes body.yml in the shape of the seeds', () => {
    const one = join(dir, 'one');
    const body = readFileSync(join(one, writeCorpus(one, { bodies: 1, years: 1, seed: 5 }).bodies[0]!.id, 'body.yml'), 'utf8');
    expect(body).toMatch(/^name: \S+\n(aliases:\n(  - \S+\n)+)?region:\n  province: \S+省\n/);
    expect(body).toMatch(/\nkind: (government|department)\n/);
  });
});
