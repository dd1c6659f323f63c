/** Words of a report's page that are built from the record: its description and how to cite it. */
import { formatCount, formatPercent } from '../charts/format.ts';
import type { ReportRecord } from '../corpus/load.ts';
import { keyFigures } from '../model/report-stats.ts';

export function reportDescription(record: ReportRecord): string {
  const { report } = record;
  const f = keyFigures(report);
  const rate = f.disclosureRate === null ? '无法计算公开率' : `公开率 ${formatPercent(f.disclosureRate)}`;
  return `${report.agency} ${report.year} 年政府信息公开工作年度报告：新收申请 ${formatCount(f.received)} 件，办理 ${formatCount(f.handled)} 件，${rate}，行政复议和行政诉讼 ${formatCount(f.appeals)} 件。`;
}

/** A citation a journalist can paste: the report, its source, and this page. */
export function citation(record: ReportRecord, pageUrl: string, siteName = '公开 · 政府信息公开年报数据'): string {
  const { report } = record;
  const source = record.source ? `原文：${record.source}${record.retrieved ? `（${record.retrieved} 获取）` : ''}。` : '';
  const corrected = record.corrections.length ? `本站更正原文 ${record.corrections.length} 处，见页面说明。` : '';
  return `${report.agency}：《${report.year} 年政府信息公开工作年度报告》。${source}数据整理：${siteName}，${pageUrl}。${corrected}`;
}
