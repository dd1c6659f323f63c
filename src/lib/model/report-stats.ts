/**
 * The few numbers of one report that pages and charts lead with: outcome
 * groups, applicant mix, appeals. Everything else is read through figures.ts.
 */
import { APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS, OUTCOME_GROUPS, type OutcomeGroup } from './catalogue.ts';
import { groupTotal } from './applications.ts';
import type { Report } from './schema.ts';

export interface Part<Id extends string = string> {
  id: Id;
  label: string;
  value: number;
}

/** The six outcome groups of 三、本年度办理结果, summed over their rows (总计 column). */
export function outcomeGroups(report: Report): Part<OutcomeGroup>[] {
  return OUTCOME_GROUPS.map((g) => ({
    id: g.id,
    label: g.label,
    value: groupTotal(report.applications, g.id),
  }));
}

/** New applications by applicant type (the six columns, without 总计). */
export function applicantMix(report: Report): Part[] {
  return APPLICANT_COLUMNS.filter((c) => c.id !== 'total').map((c) => ({ id: c.id, label: c.short, value: report.applications.received[c.id] }));
}

export interface AppealTotals {
  review: number;
  litigation: number;
  corrected: number;
  pending: number;
}

export function appealTotals(report: Report): AppealTotals {
  const rl = report.review_litigation;
  return {
    review: rl.administrative_review.total,
    litigation: rl.litigation_direct.total + rl.litigation_after_review.total,
    corrected: APPEAL_GROUPS.reduce((s, g) => s + rl[g.id].corrected, 0),
    pending: APPEAL_GROUPS.reduce((s, g) => s + rl[g.id].pending, 0),
  };
}

export interface KeyFigures {
  received: number;
  handled: number;
  /** 予以公开 + 部分公开. */
  disclosed: number;
  /** null when nothing was handled. */
  disclosureRate: number | null;
  appeals: number;
}

export function keyFigures(report: Report): KeyFigures {
  const a = report.applications;
  const handled = a.total.total;
  const disclosed = a.granted.total + a.partially_granted.total;
  const appeals = appealTotals(report);
  return {
    received: a.received.total,
    handled,
    disclosed,
    disclosureRate: handled > 0 ? disclosed / handled : null,
    appeals: appeals.review + appeals.litigation,
  };
}
