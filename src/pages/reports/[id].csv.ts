/** /reports/<id>.csv: every figure of one report, one row each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReportRecord } from '../../lib/corpus.ts';
import { reportCsv } from '../../lib/exports/tidy.ts';
import { siteData } from '../../site/data.ts';

export const getStaticPaths = (async () => {
  const { reports } = await siteData();
  return reports.map((record) => ({ params: { id: record.id }, props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ReportRecord }> = ({ props }) =>
  new Response(reportCsv(props.record), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
