/**
 * Table 三 read through one door: a row's counts may be unknown (the sub-rows
 * of a （六）其他处理 printed as one row), and these say what is known.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, OTHER_ROWS, type ApplicationRowId, type OutcomeGroup } from './catalogue.ts';
import type { ApplicantCounts, Applications } from './schema.ts';

/** Every row known: what reports with three 其他处理 sub-rows (and generated corpora) hold. */
export type SplitApplications = Record<ApplicationRowId, ApplicantCounts>;

export const rowCounts = (a: Applications, id: ApplicationRowId): ApplicantCounts | null => a[id];

/** （六）其他处理 as a whole: the row as printed, or the sum of its sub-rows. */
export function otherProcessing(a: Applications): ApplicantCounts {
  if (a.other_processing) return a.other_processing;
  const out = {} as ApplicantCounts;
  for (const c of APPLICANT_COLUMNS) out[c.id] = OTHER_ROWS.reduce((s, id) => s + a[id]![c.id], 0);
  return out;
}

/** The 总计 of an outcome group's rows; 其他处理's is known even when its sub-rows are not. */
export function groupTotal(a: Applications, group: OutcomeGroup): number {
  if (group === 'other') return otherProcessing(a).total;
  return APPLICATION_ROWS.filter((row) => 'group' in row && row.group === group).reduce((s, row) => s + a[row.id]!.total, 0);
}

export const isCombined = (a: Applications): boolean => a.other_processing !== undefined;
