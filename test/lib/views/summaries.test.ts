import { describe, expect, it } from 'vitest';
import { yearSeries } from '../../../src/lib/views/body-stats.ts';
import { appealTotals } from '../../../src/lib/model/report-stats.ts';
import {
  appealsSummary,
  appealsTrendSummary,
  applicantSummary,
  disclosureTrendSummary,
  outcomeSummary,
  receivedTrendSummary,
  yearSpan,
} from '../../../src/lib/views/summaries.ts';
import { recordAs, seedRecord } from '../../fixtures/page-records.ts';

const hrss = seedRecord('zhengzhou-hrss-2023').report;
const city = seedRecord('zhengzhou-government-2022').report;
const none = seedRecord('zhangshu-hrss-2023').report;

describe('outcomeSummary(report)', () => {
  it('names the disclosed share and the most frequent outcome', () => {
    expect(outcomeSummary(hrss)).toBe('2023 年共办理 23 件申请，其中予以公开 3 件，占 13.0%；最多的办理结果是无法提供，15 件，占 65.2%。');
  });
  it('mentions partial disclosure when there is some', () => {
    expect(outcomeSummary(city)).toMatch(/^2022 年共办理 3,366 件申请，其中予以公开 [\d,]+ 件，占 [\d.]+%；部分公开 [\d,]+ 件，占 [\d.]+%/);
  });
  it('says so when nothing was handled', () => {
    expect(outcomeSummary(none)).toBe('2023 年没有办理政府信息公开申请。');
  });
});

describe('applicantSummary(report)', () => {
  it('says when every applicant was a natural person', () => {
    expect(applicantSummary(hrss)).toBe('2023 年新收申请 23 件，全部来自自然人。');
  });
  it('splits natural persons from organisations and names the largest kind', () => {
    expect(applicantSummary(city)).toMatch(/^2022 年新收申请 3,325 件，其中自然人 [\d,]+ 件（[\d.]+%），法人或其他组织 [\d,]+ 件（[\d.]+%，其中\S+最多，[\d,]+ 件）。$/);
  });
  it('says when all organisations were of one kind', () => {
    expect(applicantSummary(seedRecord('zhengdong-social-affairs-2023').report)).toBe('2023 年新收申请 8 件，其中自然人 5 件（62.5%），法人或其他组织 3 件（37.5%，均为法律服务机构）。');
  });
  it('says when there were no applications', () => {
    expect(applicantSummary(none)).toBe('2023 年没有新收政府信息公开申请。');
  });
});

describe('appealsSummary(report)', () => {
  it('counts review and litigation and the corrections', () => {
    expect(appealsSummary(hrss)).toBe('2023 年因政府信息公开工作被申请行政复议 0 件、被提起行政诉讼 1 件；结果被纠正 0 件。');
    expect(appealsSummary(city)).toBe('2022 年因政府信息公开工作被申请行政复议 146 件、被提起行政诉讼 161 件；结果被纠正 24 件，尚未审结 45 件。');
  });
  it('says when there were none', () => {
    expect(appealsSummary(none)).toBe('2023 年没有因政府信息公开工作被申请行政复议或提起行政诉讼。');
  });
});

describe('trend summaries', () => {
  const records = [recordAs('zhengzhou-hrss-2023', 2021), recordAs('zhengzhou-government-2022', 2023)];
  records[0]!.report.applications = structuredClone(hrss.applications);

  it('receivedTrendSummary: first, last, peak and the missing years', () => {
    expect(receivedTrendSummary(yearSeries(records, (r) => r.applications.received.total))).toBe(
      '2021—2023 年间，新收申请从 23 件变为 3,325 件；最多的是 2023 年（3,325 件）。2022 年没有报告。',
    );
    expect(receivedTrendSummary(yearSeries(records.slice(0, 1), (r) => r.applications.received.total))).toBe('2021 年新收申请 23 件。');
    expect(receivedTrendSummary([])).toBe('没有可用的年度报告。');
    const same = [recordAs('zhengzhou-hrss-2023', 2021), recordAs('zhengzhou-hrss-2023', 2022)];
    expect(receivedTrendSummary(yearSeries(same, (r) => r.applications.received.total))).toBe('2021—2022 年间，有报告的每一年新收申请都是 23 件。');
    const tied = [...same, recordAs('huiji-hrss-2023', 2023)];
    expect(receivedTrendSummary(yearSeries(tied, (r) => r.applications.received.total))).toBe('2021—2023 年间，新收申请从 23 件变为 1 件；最多的是 2021、2022 年（23 件）。');
  });

  it('disclosureTrendSummary: rate of the first and last year with applications', () => {
    const points = yearSeries(records, (r) => ({ handled: r.applications.total.total, disclosed: r.applications.granted.total + r.applications.partially_granted.total }));
    expect(disclosureTrendSummary(points)).toMatch(/^公开率（予以公开与部分公开占办理总数的比例）从 2021 年的 13\.0% 变为 2023 年的 [\d.]+%。2022 年没有报告。$/);
    const empty = yearSeries([recordAs('zhangshu-hrss-2023', 2023)], (r) => ({ handled: r.applications.total.total, disclosed: 0 }));
    expect(disclosureTrendSummary(empty)).toBe('2023 年没有办理政府信息公开申请，无法计算公开率。');
  });

  it('appealsTrendSummary: sums over the years, or says there were none', () => {
    expect(appealsTrendSummary(yearSeries(records, appealTotals))).toBe(
      '2021—2023 年共因政府信息公开工作被申请行政复议 146 件、被提起行政诉讼 162 件；结果被纠正 24 件，尚未审结 45 件。2022 年没有报告。',
    );
    const quiet = [recordAs('zhangshu-hrss-2023', 2022), recordAs('zhangshu-hrss-2023', 2023)];
    expect(appealsTrendSummary(yearSeries(quiet, appealTotals))).toBe('2022—2023 年都没有因政府信息公开工作被申请行政复议或提起行政诉讼。');
  });

  it('yearSpan(years)', () => {
    expect(yearSpan([2023])).toBe('2023 年');
    expect(yearSpan([2023, 2021])).toBe('2021—2023 年');
    expect(yearSpan([])).toBe('');
  });
});
