/**
 * Random but consistent figures for one report: every consistency rule of
 * DATA-MODEL.md holds by construction (balance, outcome sum, row totals,
 * appeals totals), and a body's years chain (this year's 上年结转 is last
 * year's 结转下年度继续办理).
 */
import { APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS, OUTCOME_ROWS, type ApplicantColumnId, type ApplicationRowId } from '../../src/lib/model/catalogue.ts';
import type { SplitApplications } from '../../src/lib/model/applications.ts';
import type { ActiveDisclosure, ApplicantCounts, ReviewLitigation } from '../../src/lib/model/schema.ts';
import type { GeneratedBody } from './bodies.ts';
import type { Random } from './random.ts';

export interface Figures {
  active_disclosure: ActiveDisclosure;
  applications: SplitApplications;
  review_litigation: ReviewLitigation;
}

const APPLICANTS = APPLICANT_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id);

/** Share of each applicant column in what a body receives. */
const APPLICANT_SHARE: Record<Exclude<ApplicantColumnId, 'total'>, number> = {
  natural_person: 1,
  commercial_enterprise: 0.08,
  research_institution: 0.01,
  social_welfare_organization: 0.01,
  legal_service_organization: 0.04,
  other_organization: 0.02,
};

/** Typical share of each outcome row in what is handled. */
const OUTCOME_WEIGHT: Partial<Record<ApplicationRowId, number>> = {
  granted: 45,
  partially_granted: 7,
  withheld_state_secret: 0.3,
  withheld_law_prohibited: 0.5,
  withheld_security_stability: 0.3,
  withheld_third_party_rights: 1.5,
  withheld_internal_affairs: 1,
  withheld_process_information: 1.5,
  withheld_enforcement_case: 1,
  withheld_administrative_query: 1,
  unavailable_not_held: 20,
  unavailable_needs_creation: 4,
  unavailable_unclear: 2,
  not_processed_complaint: 4,
  not_processed_duplicate: 3,
  not_processed_publication: 0.5,
  not_processed_excessive: 1,
  not_processed_reconfirm: 1,
  other_overdue_correction: 3,
  other_unpaid_fee: 0.2,
  other_other: 5,
};

const zeroCounts = (): ApplicantCounts => Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.id, 0])) as ApplicantCounts;

/** `n` split into parts in proportion to weights, each part a whole number. */
export function split(n: number, weights: readonly number[], r: Random): number[] {
  const parts = weights.map(() => 0);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (n === 0 || sum === 0) {
    if (n > 0) parts[0] = n;
    return parts;
  }
  if (n <= 200) {
    // Small counts: draw each one, as real cases fall.
    for (let k = 0; k < n; k++) {
      let x = r.next() * sum;
      let i = 0;
      while (i < weights.length - 1 && x >= weights[i]!) x -= weights[i++]!;
      parts[i]!++;
    }
    return parts;
  }
  let left = n;
  weights.forEach((w, i) => {
    const part = Math.min(left, Math.floor((n * w) / sum));
    parts[i] = part;
    left -= part;
  });
  while (left > 0) {
    parts[r.int(0, parts.length - 1)]!++;
    left--;
  }
  return parts;
}

export interface FigureOptions {
  /** Last year's 结转下年度继续办理, which becomes this year's 上年结转. */
  carriedOver?: ApplicantCounts;
  /** Last year's 现行有效件数 of regulations and normative documents. */
  inForce?: { regulations: number; normative_documents: number };
}

export function generateFigures(body: GeneratedBody, r: Random, options: FigureOptions = {}): Figures {
  const applications = generateApplications(body, r, options.carriedOver);
  return {
    active_disclosure: generateActive(body, r, options.inForce),
    applications,
    review_litigation: generateAppeals(applications.received.total, r),
  };
}

function generateApplications(body: GeneratedBody, r: Random, carried?: ApplicantCounts): SplitApplications {
  const rows = Object.fromEntries(APPLICATION_ROWS.map((row) => [row.id, zeroCounts()])) as SplitApplications;
  // Some small bodies receive nothing all year (樟树市人社局 2023).
  const quiet = body.applications < 50 && r.chance(0.2);
  const volume = quiet ? 0 : r.logInt(Math.max(1, body.applications / 8), body.applications * 3);
  // Each body favours some outcomes and never uses others.
  const weights = OUTCOME_ROWS.map((row) => (r.chance(0.35) && row.id !== 'granted' ? 0 : OUTCOME_WEIGHT[row.id]! * (0.3 + r.next() * 1.4)));
  for (const column of APPLICANTS) {
    const share = APPLICANT_SHARE[column];
    const received = column === 'natural_person' ? volume : r.chance(0.5) ? Math.round(volume * share * r.next() * 2) : 0;
    const over = carried ? carried[column] : r.chance(0.5) ? Math.round(received * r.next() * 0.08) : 0;
    const available = received + over;
    const forward = r.chance(0.6) ? Math.round(available * r.next() * 0.1) : 0;
    const handled = available - forward;
    rows.received[column] = received;
    rows.carried_over[column] = over;
    rows.carried_forward[column] = forward;
    rows.total[column] = handled;
    split(handled, weights, r).forEach((n, i) => (rows[OUTCOME_ROWS[i]!.id][column] = n));
  }
  for (const row of APPLICATION_ROWS) rows[row.id].total = APPLICANTS.reduce((s, c) => s + rows[row.id][c], 0);
  return rows;
}

function generateAppeals(received: number, r: Random): ReviewLitigation {
  const out = {} as ReviewLitigation;
  const volumes = {
    administrative_review: Math.round(received * r.next() * 0.08),
    litigation_direct: Math.round(received * r.next() * 0.03),
    litigation_after_review: Math.round(received * r.next() * 0.02),
  };
  for (const group of APPEAL_GROUPS) {
    const [upheld, corrected, other, pending] = split(volumes[group.id], [60, 8, 15, 17], r) as [number, number, number, number];
    out[group.id] = { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
  }
  return out;
}

function generateActive(body: GeneratedBody, r: Random, inForce?: FigureOptions['inForce']): ActiveDisclosure {
  const government = body.meta.kind === 'government';
  const documents = (issuedMax: number, stock: number | undefined, stockMax: number) => {
    const issued = r.int(0, issuedMax);
    const before = stock ?? r.int(0, stockMax);
    const repealed = r.int(0, Math.min(before, Math.ceil(issuedMax / 2)));
    return { issued, repealed, in_force: before + issued - repealed };
  };
  // Only people's governments of provinces and cities make 规章.
  const regulations = government && body.level !== 'county' ? documents(8, inForce?.regulations, 150) : { issued: 0, repealed: 0, in_force: inForce?.regulations ?? 0 };
  const normative = documents(government ? 40 : 8, inForce?.normative_documents, government ? 600 : 60);
  const scale = body.enforcement;
  const decisions = (share: number) => (scale * share < 1 || r.chance(0.15) ? 0 : r.logInt(1, Math.max(1, Math.round(scale * share * 2))));
  const decimals = r.int(0, 4);
  const fees = r.chance(0.5) ? 0 : Math.round(r.next() * Math.min(199_999, scale / 5 + 10) * 10 ** decimals) / 10 ** decimals;
  return {
    regulations,
    normative_documents: normative,
    licensing: decisions(1),
    penalty: decisions(0.15),
    coercion: decisions(0.03),
    fees,
  };
}
