/**
 * Issue 10, defect 7: table 二 had no check at all, so any change of its
 * figures passed. Across a body's years, 现行有效(t) = 现行有效(t−1) +
 * 本年制发(t) − 本年废止(t) for 规章 and 行政规范性文件, as a warning at the
 * 现行有效 cell that reaches the report's page (record.warnings).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { reportNotes } from '../../../src/lib/views/report-notes.ts';
import { setValue } from '../../fixtures/edits.ts';
import { removeTempFolders, tempFolder } from '../../fixtures/folders.ts';
import { ROOT, seedText } from '../../fixtures/seeds.ts';

afterEach(removeTempFolders);

const BODY = 'zhengdong-social-affairs';
const REGULATIONS = 23;
const NORMATIVE = 24;

/** The zhengdong seed (2023: every document count 0) and a 2024 report whose table 二 says `regulations` and `normative`. */
function corpusWith(regulations: [string, string, string], normative: [string, string, string]) {
  let next = seedText('zhengdong-social-affairs-2023').replace('2023 年政府信息公开工作年度报告', '2024 年政府信息公开工作年度报告');
  regulations.forEach((v, k) => (next = setValue(next, REGULATIONS, k, '0', v)));
  normative.forEach((v, k) => (next = setValue(next, NORMATIVE, k, '0', v)));
  const root = tempFolder({ [`${BODY}/2024.txt`]: next }, { [BODY]: `${ROOT}content/reports/${BODY}` });
  return loadCorpus(root);
}

const warningsOf = (corpus: ReturnType<typeof corpusWith>) => corpus.files.flatMap((f) => f.diagnostics.filter((d) => d.rule === 'documents-in-force').map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`));

describe('documents-in-force: table 二 across years', () => {
  it('passes when in force = last year’s in force + issued − repealed', () => {
    const corpus = corpusWith(['2', '0', '2'], ['5', '0', '5']);
    expect(warningsOf(corpus)).toEqual([]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['zhengdong-social-affairs-2023', 'zhengdong-social-affairs-2024']);
  });

  it('warns at the 现行有效 cell of each row that does not add up, and the report page shows it', () => {
    const corpus = corpusWith(['2', '0', '1'], ['5', '1', '5']);
    expect(warningsOf(corpus)).toEqual([
      `${REGULATIONS}:8 warning 表二「规章」行：本年现行有效 1 件，但 2023 年报告现行有效 0 件 + 本年制发 2 件 − 本年废止 0 件 = 2 件；二者通常应相等`,
      `${NORMATIVE}:13 warning 表二「行政规范性文件」行：本年现行有效 5 件，但 2023 年报告现行有效 0 件 + 本年制发 5 件 − 本年废止 1 件 = 4 件；二者通常应相等`,
    ]);
    // A warning, so the report is still published, with the warning on its page.
    const record = corpus.reports.find((r) => r.id === 'zhengdong-social-affairs-2024')!;
    expect(reportNotes(record).filter((n) => n.rule === 'documents-in-force').map((n) => n.line)).toEqual([REGULATIONS, NORMATIVE]);
  });
});
