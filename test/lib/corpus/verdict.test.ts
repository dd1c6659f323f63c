/**
 * Issue 10, "one verdict": a property test over generated and mutated
 * content. For every input,
 * - loading it never throws (the loader turns everything into diagnostics);
 * - if `check` passes (no error), the build's data step passes: every data
 *   file, per-report and per-body file and page figure is written;
 * - every accepted figure is the number written in the file, digit for
 *   digit, and JSON, CSV and pages write it the same way, never with an
 *   exponent;
 * - every error names a file, a line and a column.
 * The data step failing therefore implies a positioned error from check.
 * The run's figures are printed (inputs, crashes, accepted-but-changed).
 */
import fc from 'fast-check';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../../bench/generate.ts';
import { formatAmount, formatCount } from '../../../src/lib/charts/format.ts';
import { loadCorpus, type Corpus, type ReportRecord } from '../../../src/lib/corpus/load.ts';
import { bodyCsv, bodyJson, buildDataFiles, reportJson } from '../../../src/lib/exports/files.ts';
import { reportCsv } from '../../../src/lib/exports/tidy.ts';
import { FIGURES } from '../../../src/lib/model/figures.ts';
import type { Report } from '../../../src/lib/model/schema.ts';
import { readCsv } from '../../helpers/csv.ts';
import { tempFolder } from '../../fixtures/folders.ts';
import { ROOT, seedText } from '../../fixtures/seeds.ts';

const stats = { inputs: 0, crashes: 0, accepted: 0, changed: 0, dataStepFailures: 0 };
afterAll(() => {
  console.log(`verdict fuzz: ${stats.inputs} inputs, ${stats.crashes} crashes, ${stats.accepted} accepted, ${stats.changed} accepted-but-changed figures, ${stats.dataStepFailures} data-step failures after check passed`);
});

/** A number as the reader takes it from the text: NFKC, separators and leading zeros gone, no trailing fraction zeros. */
function canonical(token: string): string {
  let t = token.normalize('NFKC').replace(/\s/g, '').replace(/[,，]/g, '');
  t = t.replace(/^0+(?=\d)/, '');
  if (t.includes('.')) t = t.replace(/0+$/, '').replace(/\.$/, '');
  return t;
}

/** Tokens put where a figure was: the bounds, huge and odd numbers, separators, decimals, junk. */
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const token = fc.oneof(
  fc.constantFrom('9007199254740991', '9007199254740992', '9007199254740993', '100000000000000000000000', '9'.repeat(400), '999999999.999999', '1000000000', '123456789012.3456', '0.000001', '1e23', '1E5', '-5', '−5', 'Infinity', 'NaN', '0x10', '5件', '', 'x', '１２３', '1,234', '12,34', '0007'),
  digits(1, 22),
  fc.tuple(digits(1, 12), digits(1, 9)).map(([a, b]) => `${a}.${b}`),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map((n) => n.toLocaleString('en-US')),
);

/** Everything the build writes from a checked corpus, and what the pages print of each figure. */
function dataStep(corpus: Corpus): void {
  buildDataFiles(corpus);
  for (const r of corpus.reports) {
    reportJson(r);
    reportCsv(r);
    for (const f of FIGURES) {
      const value = f.get(r.report);
      if (value !== null) (f.unit === 'amount' ? formatAmount : formatCount)(value);
    }
  }
  for (const b of corpus.bodies) {
    const own = corpus.reports.filter((r) => r.bodyId === b.id);
    bodyJson(b, own);
    bodyCsv(b, own);
  }
}

/** Figures of the published record that differ from `expected`, each checked against the token that replaced one. */
function checkFigures(record: ReportRecord, expected: Report, tokens: readonly string[]): void {
  const json = JSON.parse(reportJson(record)) as Report;
  const csv = new Map(readCsv(reportCsv(record)).records.map((row) => [row.figure!, row.value!]));
  for (const f of FIGURES) {
    const value = f.get(record.report);
    // A sub-row the report does not give: null in JSON, and nothing to compare digits of.
    if (value === null) {
      expect(f.get(json)).toBeNull();
      continue;
    }
    const written = [JSON.stringify(f.get(json)), csv.get(f.key), (f.unit === 'amount' ? formatAmount : formatCount)(value).replace(/,/g, '')];
    // JSON, CSV and pages write the same digits, never an exponent.
    expect(new Set(written).size, `${f.key}: ${written.join(' | ')}`).toBe(1);
    expect(written[0]).not.toMatch(/e/i);
    if (value === f.get(expected)) continue;
    // A figure that changed must be exactly what one of the tokens says.
    if (!tokens.some((t) => canonical(t) === written[0])) {
      stats.changed++;
      expect.fail(`${f.key}: published ${written[0]}, but the file says one of ${tokens.join(', ')}`);
    }
  }
}

function verdict(root: string, expected: Map<string, Report>, tokens: readonly string[]): void {
  stats.inputs++;
  let corpus: Corpus;
  try {
    corpus = loadCorpus(root);
  } catch (error) {
    stats.crashes++;
    throw error;
  }
  const errors = corpus.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ path: f.path, d })));
  for (const { path, d } of errors) {
    expect(path).toMatch(/\S/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  if (errors.length) return;
  stats.accepted++;
  try {
    dataStep(corpus);
  } catch (error) {
    stats.dataStepFailures++;
    throw error;
  }
  for (const r of corpus.reports) checkFigures(r, expected.get(r.id)!, tokens);
}

/** Replace the `k`-th (mod count) number of the tables with each token in turn. */
function mutateTables(text: string, picks: ReadonlyArray<[number, string]>): string {
  const start = text.search(/二、\s*主动公开/);
  const end = text.search(/五、\s*存在的主要问题/);
  if (start < 0 || end < 0) return text;
  let table = text.slice(start, end);
  for (const [k, t] of picks) {
    const numbers = [...table.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g)];
    if (!numbers.length) break;
    const m = numbers[k % numbers.length]!;
    table = table.slice(0, m.index) + t + table.slice(m.index + m[0].length);
  }
  return text.slice(0, start) + table + text.slice(end);
}

describe('check and the build agree on every input', () => {
  it('generated reports in every layout, with figures replaced', () => {
    const root = tempFolder();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.tuple(fc.nat(), token), { minLength: 1, maxLength: 3 }), (seed, picks) => {
        const report = generateReport(seed);
        const dir = join(root, report.body.id);
        rmSync(root, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const { name, aliases, region, kind, website } = report.body.meta;
        writeFileSync(join(dir, 'body.yml'), stringify({ name, ...(aliases.length ? { aliases } : {}), region, kind, ...(website ? { website } : {}) }));
        const { corrections, ...meta } = report.meta;
        writeFileSync(join(dir, `${report.year}.yml`), stringify({ ...meta, ...(corrections.length ? { corrections } : {}) }, { lineWidth: 0 }));
        writeFileSync(join(dir, `${report.year}.txt`), mutateTables(report.text, picks));
        verdict(root, new Map([[report.expected.id, report.expected]]), picks.map(([, t]) => t));
      }),
      { numRuns: 100, seed: 10 },
    );
  });

  it('a table 四 group whose total is its only result, equal or off by one, at any size', () => {
    const BODY = 'zhengdong-social-affairs';
    const root = tempFolder({}, { [BODY]: `${ROOT}content/reports/${BODY}` });
    const seed = seedText('zhengdong-social-affairs-2023');
    const expected = loadCorpus(root).reports[0]!.report;
    const cells = fc.oneof(digits(1, 20), fc.constantFrom('9007199254740991', '9007199254740992', '9007199254740993'));
    fc.assert(
      fc.property(cells, fc.boolean(), (a, offByOne) => {
        const b = offByOne ? String(BigInt(a) + 1n) : a;
        const lines = seed.split('\n');
        // Line 72: 行政复议 结果维持 … 总计, then the two lawsuit groups, all 0.
        lines[71] = [a, '0', '0', '0', b, ...Array(10).fill('0')].join('\t');
        writeFileSync(join(root, BODY, '2023.txt'), lines.join('\n'));
        verdict(root, new Map([[expected.id, expected]]), [a, b]);
        if (offByOne) expect(loadCorpus(root).reports).toEqual([]);
      }),
      { numRuns: 60, seed: 10 },
    );
  });

  it('body.yml and <year>.yml with hostile names, links and YAML', () => {
    const BODY = 'zhengdong-social-affairs';
    const root = tempFolder({}, { [BODY]: `${ROOT}content/reports/${BODY}` });
    const expected = loadCorpus(root).reports[0]!.report;
    const text = fc.oneof(fc.string(), fc.constantFrom('\n::error::x', '=1+1', '\u0000', 'a'.repeat(300)));
    const url = fc.oneof(fc.webUrl(), fc.constantFrom('https://evil.com\\@good.com', 'https://a@b.cn', 'javascript:alert(1)', 'https://', ' https://x.cn'), fc.string());
    const yamlTail = fc.constantFrom('', 'x: &a [*a]\n', 'a: &a [1,1,1,1,1,1,1,1,1]\nb: [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n', '[[[[[[[[', 'name: 1\n');
    fc.assert(
      fc.property(text, url, url, yamlTail, (alias, website, source, tail) => {
        writeFileSync(join(root, BODY, 'body.yml'), `${stringify({ name: '郑州市郑东新区社会事业局', aliases: [alias], region: { province: '河南省', city: '郑州市' }, kind: 'department', website })}${tail}`);
        writeFileSync(join(root, BODY, '2023.yml'), stringify({ source, retrieved: '2024-01-02' }));
        verdict(root, new Map([[expected.id, expected]]), []);
      }),
      { numRuns: 30, seed: 10 },
    );
  });
});
