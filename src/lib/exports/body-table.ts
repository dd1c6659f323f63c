/** bodies.csv: every body, with where it is and which years it has reports for. */
import type { BodyRecord, ReportRecord } from '../corpus/load.ts';
import { BODY_KIND_FIELD, REGION_FIELDS } from './wide.ts';
import { defineTable, sortedBodies, sortedReports, type ExportData } from './table.ts';

interface BodyRow {
  body: BodyRecord;
  reports: ReportRecord[];
}

const years = (row: BodyRow) => row.reports.map((r) => r.report.year);

export const BODY_TABLE = defineTable<BodyRow>({
  name: 'bodies',
  path: 'bodies.csv',
  title: '机关',
  description: '每个机关一行：名称、别名、类型、所在地区、网站，以及已收录报告的数量和年度范围。',
  columns: [
    { name: 'body_id', type: 'string', title: '机关编号', description: '机关的稳定编号，即 content/reports 中的目录名和机关页面地址 /bodies/<编号>/', constraints: { required: true, unique: true }, value: (r) => r.body.id },
    { name: 'name', type: 'string', title: '机关名称', description: '机关全称，与其报告的署名一致', constraints: { required: true }, value: (r) => r.body.meta.name },
    { name: 'aliases', type: 'string', title: '别名', description: '报告标题中用过的其他名称，以“|”分隔', value: (r) => r.body.meta.aliases.join('|') },
    { ...BODY_KIND_FIELD, value: (r) => r.body.meta.kind },
    { ...REGION_FIELDS[0], value: (r) => r.body.meta.region.province },
    { ...REGION_FIELDS[1], value: (r) => r.body.meta.region.city },
    { ...REGION_FIELDS[2], value: (r) => r.body.meta.region.county },
    { name: 'website', type: 'string', format: 'uri', title: '网站', description: '机关网站；未记录时为空', value: (r) => r.body.meta.website },
    { name: 'reports', type: 'integer', title: '报告数', description: '本站收录的该机关报告份数', constraints: { required: true, minimum: 0 }, value: (r) => r.reports.length },
    { name: 'first_year', type: 'integer', title: '最早年度', description: '已收录报告的最早年度；没有报告时为空', value: (r) => (r.reports.length ? Math.min(...years(r)) : null) },
    { name: 'last_year', type: 'integer', title: '最近年度', description: '已收录报告的最近年度；没有报告时为空', value: (r) => (r.reports.length ? Math.max(...years(r)) : null) },
  ],
  primaryKey: ['body_id'],
  rows: (data: ExportData) => {
    const byBody = new Map<string, ReportRecord[]>();
    for (const r of sortedReports(data)) {
      const list = byBody.get(r.bodyId);
      if (list) list.push(r);
      else byBody.set(r.bodyId, [r]);
    }
    return sortedBodies(data).map((body) => ({ body, reports: byBody.get(body.id) ?? [] }));
  },
});
