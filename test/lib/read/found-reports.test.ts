/**
 * Whole real reports found in public repositories (test/fixtures/real/found,
 * each with its .source.json), read as they are: each is read with exactly
 * the figures its tables print, or rejected; never read with other figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/check/report.ts';
import { formatDiagnostic, type RuleId } from '../../../src/lib/diagnostics/diagnostic.ts';
import { APPLICATION_ROWS } from '../../../src/lib/model/catalogue.ts';
import type { Report } from '../../../src/lib/model/schema.ts';
import { ROOT } from '../../fixtures/seeds.ts';

const found = (name: string) => readFileSync(`${ROOT}test/fixtures/real/found/${name}`, 'utf8');

/** 沭阳县人民政府 2025 as a PDF-to-Markdown converter left it, figures read by a person from its tables. */
const SHUYANG_2025 = {
  active: '0 0 0 | 6 1 32 | 517645 | 693957 | 2154 | 4068.208',
  applications: {
    received: '705 3 0 0 5 0 713',
    carried_over: '36 0 0 0 0 0 36',
    granted: '290 1 0 0 3 0 294',
    partially_granted: '99 0 0 0 2 0 101',
    withheld_security_stability: '2 0 0 0 0 0 2',
    withheld_third_party_rights: '2 0 0 0 0 0 2',
    withheld_internal_affairs: '13 0 0 0 0 0 13',
    withheld_process_information: '2 0 0 0 0 0 2',
    withheld_enforcement_case: '4 0 0 0 0 0 4',
    withheld_administrative_query: '9 0 0 0 0 0 9',
    unavailable_not_held: '111 0 0 0 0 0 111',
    unavailable_needs_creation: '2 0 0 0 0 0 2',
    not_processed_complaint: '12 0 0 0 0 0 12',
    not_processed_duplicate: '6 1 0 0 0 0 7',
    other_overdue_correction: '9 0 0 0 0 0 9',
    other_unpaid_fee: '7 0 0 0 0 0 7',
    other_other: '142 1 0 0 0 0 143',
    total: '710 3 0 0 5 0 718',
    carried_forward: '31 0 0 0 0 0 31',
  } as Record<string, string>,
  appeals: '27 10 9 15 61 | 3 0 0 0 3 | 8 0 1 1 10',
};

const figuresOf = (r: Report) => ({
  active: [
    Object.values(r.active_disclosure.regulations).join(' '),
    Object.values(r.active_disclosure.normative_documents).join(' '),
    r.active_disclosure.licensing,
    r.active_disclosure.penalty,
    r.active_disclosure.coercion,
    r.active_disclosure.fees,
  ].join(' | '),
  applications: Object.fromEntries(
    APPLICATION_ROWS.map((row) => [row.id, Object.values(r.applications[row.id]!).join(' ')]).filter(([, v]) => v !== '0 0 0 0 0 0 0'),
  ),
  appeals: Object.values(r.review_litigation)
    .map((g) => Object.values(g).join(' '))
    .join(' | '),
});

describe('PDF-to-Markdown converter output with placeholder rows under invented headers', () => {
  it('沭阳县 2025: every figure as its tables print it, no diagnostic', () => {
    const { report, diagnostics } = parseReport(found('shuyang-county-2025.txt'));
    expect(diagnostics).toEqual([]);
    expect(figuresOf(report!)).toEqual(SHUYANG_2025);
    expect(report!.agency).toBe('沐阳县人民政府');
  });
});

/** Files the reader must refuse, and the rules it refuses them by. */
const REJECTED: Array<[string, string, RuleId[]]> = [
  ['pingtan-2019.txt', 'a crawler dump with every cell run together (2019 template)', ['glued-cells']],
  ['pingtan-2020.txt', 'the same, 2020', ['glued-cells']],
  ['pingtan-2021.txt', 'the same, 2021 template', ['glued-cells']],
  ['pingtan-2024.txt', 'the same, 2024 (the web page itself reads exactly: test/lib/import/html-real)', ['glued-cells']],
  ['shanghai-govoffice-2025.md', 'converter output that moved values out of their rows', ['cell-count', 'row-missing']],
  ['shanghai-stcsm-2024.md', 'a report whose tables sit under its own numbering of the sections', ['table-missing']],
];

describe('real files rightly rejected: an error at a line, never figures', () => {
  it.each(REJECTED)('%s (%s)', (file, _shape, rules) => {
    const { report, diagnostics } = parseReport(found(file), { path: file });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(report).toBeUndefined();
    expect([...new Set(errors.map((d) => d.rule))].sort()).toEqual(rules);
    expect(errors.every((d) => d.line >= 1 && d.column >= 1)).toBe(true);
  });

  it('the glued dump is told once per table, at the heading inside the running text', () => {
    const { diagnostics } = parseReport(found('pingtan-2024.txt'), { path: 'pingtan-2024.txt' });
    expect(diagnostics.map((d) => formatDiagnostic('pingtan-2024.txt', d))).toMatchSnapshot();
  });
});
