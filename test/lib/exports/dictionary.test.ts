import { expect, test } from 'vitest';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../../src/lib/model/catalogue.ts';
import { dictionary } from '../../../src/lib/exports/dictionary.ts';
import { FIGURES } from '../../../src/lib/model/figures.ts';

const tables = dictionary();
const pick = <T extends { id: string; label: string }>(xs: readonly T[]) => xs.map(({ id, label }) => ({ id, label }));

test('dictionary() names every figure once, in file order', () => {
  const keys = tables.flatMap((t) => t.rows.flatMap((r) => r.columns.map((c) => c.key)));
  expect(keys).toEqual(FIGURES.map((f) => f.key));
});

test('dictionary() gives tables 三 and 四 their shared columns from the catalogue', () => {
  expect(tables.map((t) => t.id)).toEqual(['active_disclosure', 'applications', 'review_litigation']);
  const [active, applications, appeals] = tables;
  expect(active!.sharedColumns).toBeUndefined();
  expect(pick(applications!.rows)).toEqual(pick(APPLICATION_ROWS));
  expect(applications!.sharedColumns).toEqual(pick(APPLICANT_COLUMNS));
  expect(pick(appeals!.rows)).toEqual(pick(APPEAL_GROUPS));
  expect(appeals!.sharedColumns).toEqual(pick(APPEAL_COLUMNS));
});

test('dictionary() lists table 二 row by row, with its single-value rows', () => {
  expect(tables[0]!.rows.map((r) => [r.id, r.label, r.columns.map((c) => `${c.key}=${c.label}`)])).toMatchInlineSnapshot(`
    [
      [
        "regulations",
        "规章",
        [
          "active_disclosure.regulations.issued=本年制发件数",
          "active_disclosure.regulations.repealed=本年废止件数",
          "active_disclosure.regulations.in_force=现行有效件数",
        ],
      ],
      [
        "normative_documents",
        "行政规范性文件",
        [
          "active_disclosure.normative_documents.issued=本年制发件数",
          "active_disclosure.normative_documents.repealed=本年废止件数",
          "active_disclosure.normative_documents.in_force=现行有效件数",
        ],
      ],
      [
        "licensing",
        "行政许可",
        [
          "active_disclosure.licensing=本年处理决定数量",
        ],
      ],
      [
        "penalty",
        "行政处罚",
        [
          "active_disclosure.penalty=本年处理决定数量",
        ],
      ],
      [
        "coercion",
        "行政强制",
        [
          "active_disclosure.coercion=本年处理决定数量",
        ],
      ],
      [
        "fees",
        "行政事业性收费",
        [
          "active_disclosure.fees=本年收费金额（万元）",
        ],
      ],
    ]
  `);
});
