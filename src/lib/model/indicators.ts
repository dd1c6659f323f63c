/**
 * Derived indicators (DATA-MODEL.md): shares of handled applications and
 * correction/loss rates of appeals. Each is undefined — null, never 0 —
 * where its denominator is 0.
 */
import { groupTotal } from './applications.ts';
import { OUTCOME_GROUPS, type AppealGroupId, type OutcomeGroup } from './catalogue.ts';
import type { Report } from './schema.ts';

export interface IndicatorDef {
  id: string;
  label: string;
  /** The formula in the table's own words. */
  formula: string;
  numerator: (r: Report) => number;
  denominator: (r: Report) => number;
}

export interface IndicatorValue {
  id: string;
  numerator: number;
  denominator: number;
  /** null when the denominator is 0. */
  value: number | null;
}

const handled = (r: Report) => r.applications.total.total;
const groupSum = (group: OutcomeGroup) => (r: Report) => groupTotal(r.applications, group);
const groupLabel = (group: OutcomeGroup) => OUTCOME_GROUPS.find((g) => g.id === group)!.label;

const appealRate = (group: AppealGroupId, id: string, label: string, formula: string): IndicatorDef => ({
  id,
  label,
  formula,
  numerator: (r) => r.review_litigation[group].corrected,
  denominator: (r) => r.review_litigation[group].total - r.review_litigation[group].pending,
});

export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'disclosure_rate',
    label: '公开率',
    formula: '（予以公开 + 部分公开）÷ 办理总数（三、（七）总计）',
    numerator: (r) => r.applications.granted.total + r.applications.partially_granted.total,
    denominator: handled,
  },
  ...(['withheld', 'unavailable', 'not_processed', 'other'] as const).map((group) => ({
    id: `${group}_share`,
    label: `${groupLabel(group)}占比`,
    formula: `${groupLabel(group)}各项之和 ÷ 办理总数（三、（七）总计）`,
    numerator: groupSum(group),
    denominator: handled,
  })),
  {
    id: 'not_held_share',
    label: '“本机关不掌握”占比',
    formula: '无法提供·本机关不掌握相关政府信息 ÷ 办理总数（三、（七）总计）',
    numerator: (r) => r.applications.unavailable_not_held.total,
    denominator: handled,
  },
  appealRate('administrative_review', 'review_correction_rate', '行政复议纠错率', '行政复议·结果纠正 ÷（行政复议·总计 − 尚未审结）'),
  appealRate('litigation_direct', 'litigation_direct_loss_rate', '直接起诉败诉率', '未经复议直接起诉·结果纠正 ÷（总计 − 尚未审结）'),
  appealRate('litigation_after_review', 'litigation_after_review_loss_rate', '复议后起诉败诉率', '复议后起诉·结果纠正 ÷（总计 − 尚未审结）'),
];

export function indicator(def: IndicatorDef, report: Report): IndicatorValue {
  const numerator = def.numerator(report);
  const denominator = def.denominator(report);
  return { id: def.id, numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
}

export const indicators = (report: Report): IndicatorValue[] => INDICATORS.map((d) => indicator(d, report));

export const indicatorById = new Map(INDICATORS.map((d) => [d.id, d]));
