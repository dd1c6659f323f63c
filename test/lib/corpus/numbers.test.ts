/**
 * Issue 10, defect 1: figures beyond what a double holds exactly. `check`
 * used to pass them and the build then died in Report.parse (or published a
 * changed figure); now each is a positioned cell-value error, and every
 * accepted figure is written with the same digits in JSON, CSV and pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { formatAmount, formatCount } from '../../../src/lib/charts/format.ts';
import { buildDataFiles, reportJson } from '../../../src/lib/exports/files.ts';
import { reportCsv } from '../../../src/lib/exports/tidy.ts';
import { setValue } from '../../fixtures/edits.ts';
import { removeTempFolders, tempFolder } from '../../fixtures/folders.ts';
import { ROOT, seedText } from '../../fixtures/seeds.ts';

afterEach(removeTempFolders);

const SEED = 'zhengdong-social-affairs-2023';
const BODY = 'zhengdong-social-affairs';
// Lines of the seed: 规章 (issued, repealed, in force), 行政许可, 行政事业性收费, and table 四's only row.
const REGULATIONS = 23;
const LICENSING = 27;
const FEES = 34;
const APPEALS = 72;

function corpusWith(text: string) {
  const root = tempFolder({ [`${BODY}/2023.txt`]: text }, { [BODY]: `${ROOT}content/reports/${BODY}` });
  return loadCorpus(root);
}

const errorsOf = (c: ReturnType<typeof corpusWith>) => c.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.rule}`));

describe('figures the build could not publish unchanged are cell-value errors at their cell', () => {
  const cases: Array<[string, string, string]> = [
    [
      'a table 四 total off by one, both read as 2^53 before',
      setValue(setValue(seedText(SEED), APPEALS, 0, '0', '9007199254740992'), APPEALS, 4, '0', '9007199254740993'),
      `${APPEALS}:1 cell-value,${APPEALS}:24 cell-value`,
    ],
    ['400 digits, read as Infinity before', setValue(seedText(SEED), LICENSING, 0, '0', '9'.repeat(400)), `${LICENSING}:6 cell-value`],
    ['10^23, written 1e+23 before', setValue(seedText(SEED), LICENSING, 0, '0', '100000000000000000000000'), `${LICENSING}:6 cell-value`],
    ['a fee of 12 digits, …3456 in JSON but …345596 in CSV before', setValue(seedText(SEED), FEES, 0, '0', '123456789012.3456'), `${FEES}:9 cell-value`],
    ['a fee with seven decimals', setValue(seedText(SEED), FEES, 0, '0', '1.0000001'), `${FEES}:9 cell-value`],
  ];
  for (const [name, text, at] of cases) {
    it(name, () => {
      const corpus = corpusWith(text);
      expect(errorsOf(corpus).join()).toBe(at);
      expect(corpus.reports).toEqual([]);
    });
  }
});

describe('the largest accepted figures', () => {
  let text = seedText(SEED);
  text = setValue(text, REGULATIONS, 0, '0', '9007199254740991');
  text = setValue(text, REGULATIONS, 2, '0', '9007199254740991');
  text = setValue(text, FEES, 0, '0', '999999999.999999');

  it('pass check, and the build’s data step writes them digit for digit in JSON, CSV and pages', () => {
    const corpus = corpusWith(text);
    expect(errorsOf(corpus)).toEqual([]);
    const [record] = corpus.reports;
    expect(record).toBeDefined();
    expect(() => buildDataFiles(corpus)).not.toThrow();
    const json = reportJson(record!);
    const csv = reportCsv(record!);
    for (const written of [json, csv]) {
      expect(written).toContain('9007199254740991');
      expect(written).toContain('999999999.999999');
      expect(written).not.toMatch(/\de[+-]?\d/i);
    }
    expect(formatCount(record!.report.active_disclosure.regulations.issued).replace(/,/g, '')).toBe('9007199254740991');
    expect(formatAmount(record!.report.active_disclosure.fees).replace(/,/g, '')).toBe('999999999.999999');
  });
});

describe('the build’s own schema check', () => {
  it('names the file if a record ever reaches it with a figure check did not bound', async () => {
    const { publishedReport } = await import('../../../src/lib/exports/record.ts');
    const [record] = corpusWith(seedText(SEED)).reports;
    const bad = { ...record!, report: { ...record!.report, active_disclosure: { ...record!.report.active_disclosure, licensing: 2 ** 53 } } };
    expect(() => publishedReport(bad)).toThrow(/^content\/reports\/zhengdong-social-affairs\/2023\.txt:1:1: error: .*active_disclosure\.licensing/);
  });
});
