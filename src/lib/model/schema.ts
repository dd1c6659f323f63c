/**
 * The public report schema (DATA-MODEL.md), defined once. Every type in the
 * project that describes a report derives from these zod schemas.
 */
import { z } from 'zod';
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DOCUMENT_COLUMNS,
  isOtherRow,
  OTHER_ROWS,
  type OtherRowId,
} from './catalogue.ts';
import { FEE_DECIMALS, MAX_COUNT, MAX_FEE } from './numbers.ts';

export const SCHEMA_ID = 'gongkai/report@1';

const ids = <T extends { id: string }>(defs: readonly T[]) => defs.map((d) => d.id) as T['id'][];

function record<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  const shape = {} as Record<K, V>;
  for (const key of keys) shape[key] = value;
  return z.strictObject(shape);
}

export const Count = z.number().int().nonnegative().max(MAX_COUNT);
/** 万元, at most FEE_DECIMALS decimals (to the fen) and below MAX_FEE, so every written form is exact. */
export const Amount = z
  .number()
  .nonnegative()
  .max(MAX_FEE)
  .refine((n) => Number(n.toFixed(FEE_DECIMALS)) === n, { message: `at most ${FEE_DECIMALS} decimals` });

/** URL-safe ids of reports and bodies. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z.string().regex(SLUG, 'lowercase letters, digits and single hyphens');

const DocumentCounts = record(ids(DOCUMENT_COLUMNS), Count);

export const ActiveDisclosure = z.strictObject({
  regulations: DocumentCounts,
  normative_documents: DocumentCounts,
  licensing: Count,
  penalty: Count,
  coercion: Count,
  fees: Amount,
});

export const ApplicantCounts = record(ids(APPLICANT_COLUMNS), Count);
/**
 * Table 三's 25 rows. Where （六）其他处理 was printed as one row, its three
 * sub-rows are null (unknown, never 0) and `other_processing` holds the row.
 */
export const Applications = z
  .strictObject({
    ...Object.fromEntries(ids(APPLICATION_ROWS).map((id) => [id, isOtherRow(id) ? ApplicantCounts.nullable() : ApplicantCounts])),
    other_processing: ApplicantCounts.optional(),
  } as { [K in Exclude<(typeof APPLICATION_ROWS)[number]['id'], OtherRowId>]: typeof ApplicantCounts } & {
    [K in OtherRowId]: z.ZodNullable<typeof ApplicantCounts>;
  } & { other_processing: z.ZodOptional<typeof ApplicantCounts> })
  .refine((a) => OTHER_ROWS.every((id) => (a[id] === null) === (a.other_processing !== undefined)), {
    message: '（六）其他处理 is either three sub-rows or one row (other_processing), never both',
  });
export const AppealCounts = record(ids(APPEAL_COLUMNS), Count);
export const ReviewLitigation = record(ids(APPEAL_GROUPS), AppealCounts);

export const Narrative = z.strictObject({
  overview: z.array(z.string()),
  problems: z.array(z.string()),
  other_matters: z.array(z.string()),
});

export const Report = z.strictObject({
  schema: z.literal(SCHEMA_ID),
  id: Slug,
  agency: z.string().min(1),
  year: z.number().int().min(2008).max(2100),
  active_disclosure: ActiveDisclosure,
  applications: Applications,
  review_litigation: ReviewLitigation,
  narrative: Narrative,
  /** Figures printed as empty cells (figure keys), counted as 0; absent when none was. */
  blank_cells: z.array(z.string()).min(1).optional(),
});

export type Report = z.output<typeof Report>;
export type ActiveDisclosure = z.output<typeof ActiveDisclosure>;
export type Applications = z.output<typeof Applications>;
export type ApplicantCounts = z.output<typeof ApplicantCounts>;
export type ReviewLitigation = z.output<typeof ReviewLitigation>;
export type AppealCounts = z.output<typeof AppealCounts>;
export type Narrative = z.output<typeof Narrative>;
