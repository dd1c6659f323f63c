/**
 * Small hand-made reports and bodies for the explore tests: every figure 0
 * unless given, so a test states exactly the numbers it is about.
 */
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../../../src/lib/model/catalogue.ts';
import type { Body, Region } from '../../../../src/lib/model/metadata.ts';
import { SCHEMA_ID, type Report } from '../../../../src/lib/model/schema.ts';

const zeros = <T extends string>(ids: readonly { id: T }[]) => Object.fromEntries(ids.map((c) => [c.id, 0])) as Record<T, number>;

export interface ReportNumbers {
  /** Applications, row id -> total column (the other columns stay 0 except natural_person, set equal). */
  applications?: Record<string, number>;
  /** Appeals, `group.column` -> count. */
  appeals?: Record<string, number>;
  fees?: number;
  licensing?: number;
}

export function makeReport(id: string, agency: string, year: number, n: ReportNumbers = {}): Report {
  const applications = Object.fromEntries(APPLICATION_ROWS.map((r) => [r.id, zeros(APPLICANT_COLUMNS)])) as Report['applications'];
  for (const [row, v] of Object.entries(n.applications ?? {})) {
    const counts = applications[row as keyof Report['applications']]!;
    counts.total = v;
    counts.natural_person = v;
  }
  const review_litigation = Object.fromEntries(APPEAL_GROUPS.map((g) => [g.id, zeros(APPEAL_COLUMNS)])) as Report['review_litigation'];
  for (const [key, v] of Object.entries(n.appeals ?? {})) {
    const [group, column] = key.split('.') as [keyof Report['review_litigation'], keyof Report['review_litigation']['administrative_review']];
    review_litigation[group][column] = v;
  }
  return {
    schema: SCHEMA_ID,
    id,
    agency,
    year,
    active_disclosure: {
      regulations: { issued: 0, repealed: 0, in_force: 0 },
      normative_documents: { issued: 0, repealed: 0, in_force: 0 },
      licensing: n.licensing ?? 0,
      penalty: 0,
      coercion: 0,
      fees: n.fees ?? 0,
    },
    applications,
    review_litigation,
    narrative: { overview: [], problems: [], other_matters: [] },
  };
}

export function makeBody(id: string, name: string, region: Region, kind: Body['kind'] = 'department') {
  return { id, meta: { name, aliases: [], region, kind } satisfies Body };
}

export interface Made {
  id: string;
  bodyId: string;
  body: Body;
  added?: string;
  report: Report;
}

/** A report record of a made body. */
export function record(body: ReturnType<typeof makeBody>, year: number, n: ReportNumbers = {}, added?: string): Made {
  return { id: `${body.id}-${year}`, bodyId: body.id, body: body.meta, report: makeReport(`${body.id}-${year}`, body.meta.name, year, n), ...(added ? { added } : {}) };
}
