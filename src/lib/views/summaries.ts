/**
 * One-sentence summaries of charts, in Chinese, written from the numbers so
 * that a reader without the picture (or a screen reader) gets the point.
 */
import type { YearPoint } from './body-stats.ts';
import { formatCount as n, formatPercent as pct } from '../charts/format.ts';
import { appealTotals, applicantMix, outcomeGroups, type AppealTotals } from '../model/report-stats.ts';
import type { Report } from '../model/schema.ts';

const share = (part: number, whole: number) => pct(whole > 0 ? part / whole : null);

/** 2021—2023 年 / 2023 年 */
export function yearSpan(years: readonly number[]): string {
  if (!years.length) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first} 年` : `${first}—${last} 年`;
}

export function outcomeSummary(report: Report): string {
  const handled = report.applications.total.total;
  if (handled === 0) return `${report.year} 年没有办理政府信息公开申请。`;
  const groups = outcomeGroups(report);
  const [granted, partial] = groups;
  const top = [...groups].sort((a, b) => b.value - a.value)[0]!;
  const lead = `${report.year} 年共办理 ${n(handled)} 件申请，其中予以公开 ${n(granted!.value)} 件，占 ${share(granted!.value, handled)}`;
  const partText = partial!.value ? `；部分公开 ${n(partial!.value)} 件，占 ${share(partial!.value, handled)}` : '';
  const topText = top.id === 'granted' || top.id === 'partially_granted' ? '' : `；最多的办理结果是${top.label}，${n(top.value)} 件，占 ${share(top.value, handled)}`;
  return `${lead}${partText}${topText}。`;
}

export function applicantSummary(report: Report): string {
  const total = report.applications.received.total;
  if (total === 0) return `${report.year} 年没有新收政府信息公开申请。`;
  const [person, ...orgs] = applicantMix(report);
  const org = orgs.reduce((s, o) => s + o.value, 0);
  const lead = `${report.year} 年新收申请 ${n(total)} 件`;
  if (org === 0) return `${lead}，全部来自自然人。`;
  const topOrg = [...orgs].sort((a, b) => b.value - a.value)[0]!;
  const which = topOrg.value === org ? `均为${topOrg.label}` : `其中${topOrg.label}最多，${n(topOrg.value)} 件`;
  const orgText = `法人或其他组织 ${n(org)} 件（${share(org, total)}，${which}）`;
  if (person!.value === 0) return `${lead}，全部来自${orgText}。`;
  return `${lead}，其中自然人 ${n(person!.value)} 件（${share(person!.value, total)}），${orgText}。`;
}

/** `several`: the totals add up more than one year. */
function appealsSentence(span: string, t: AppealTotals, several = false): string {
  if (t.review + t.litigation === 0) return `${span}${several ? '都' : ''}没有因政府信息公开工作被申请行政复议或提起行政诉讼。`;
  const pending = t.pending ? `，尚未审结 ${n(t.pending)} 件` : '';
  return `${span}${several ? '共' : ''}因政府信息公开工作被申请行政复议 ${n(t.review)} 件、被提起行政诉讼 ${n(t.litigation)} 件；结果被纠正 ${n(t.corrected)} 件${pending}。`;
}

export const appealsSummary = (report: Report): string => appealsSentence(`${report.year} 年`, appealTotals(report));

const missingYears = (points: readonly YearPoint<unknown>[]) => {
  const gaps = points.filter((p) => !p.record).map((p) => p.year);
  return gaps.length ? `${gaps.join('、')} 年没有报告。` : '';
};

export function receivedTrendSummary(points: readonly YearPoint<number>[]): string {
  const known = points.filter((p): p is YearPoint<number> & { value: number } => p.value !== null);
  if (!known.length) return '没有可用的年度报告。';
  const first = known[0]!;
  const last = known.at(-1)!;
  if (known.length === 1) return `${first.year} 年新收申请 ${n(first.value)} 件。${missingYears(points)}`;
  const span = yearSpan([first.year, last.year]);
  const top = Math.max(...known.map((p) => p.value));
  if (known.every((p) => p.value === top)) return `${span}间，有报告的每一年新收申请都是 ${n(top)} 件。${missingYears(points)}`;
  const peaks = known.filter((p) => p.value === top).map((p) => p.year);
  return `${span}间，新收申请从 ${n(first.value)} 件变为 ${n(last.value)} 件；最多的是 ${peaks.join('、')} 年（${n(top)} 件）。${missingYears(points)}`;
}

export interface DisclosurePoint {
  handled: number;
  disclosed: number;
}

export function disclosureTrendSummary(points: readonly YearPoint<DisclosurePoint>[]): string {
  const known = points.filter((p) => p.value !== null && p.value.handled > 0);
  const rate = (p: YearPoint<DisclosurePoint>) => pct(p.value!.disclosed / p.value!.handled);
  if (!known.length) return points.some((p) => p.record) ? `${yearSpan(points.map((p) => p.year))}没有办理政府信息公开申请，无法计算公开率。` : '没有可用的年度报告。';
  const first = known[0]!;
  const last = known.at(-1)!;
  const lead = known.length === 1 ? `${first.year} 年公开率（予以公开与部分公开占办理总数的比例）为 ${rate(first)}。` : `公开率（予以公开与部分公开占办理总数的比例）从 ${first.year} 年的 ${rate(first)} 变为 ${last.year} 年的 ${rate(last)}。`;
  return `${lead}${missingYears(points)}`;
}

export function appealsTrendSummary(points: readonly YearPoint<AppealTotals>[]): string {
  const known = points.filter((p) => p.value !== null);
  if (!known.length) return '没有可用的年度报告。';
  const sum = known.reduce<AppealTotals>(
    (s, p) => ({ review: s.review + p.value!.review, litigation: s.litigation + p.value!.litigation, corrected: s.corrected + p.value!.corrected, pending: s.pending + p.value!.pending }),
    { review: 0, litigation: 0, corrected: 0, pending: 0 },
  );
  return `${appealsSentence(yearSpan(known.map((p) => p.year)), sum, known.length > 1)}${missingYears(points)}`;
}
