/** /bodies/<id>.csv: every figure of every report of one body, one row each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { BodyRecord, ReportRecord } from '../../lib/corpus.ts';
import { bodyCsv } from '../../lib/exports/files.ts';
import { siteData } from '../../site/data.ts';

export const getStaticPaths = (async () => {
  const { bodies, reports } = await siteData();
  return bodies.map((body) => ({ params: { id: body.id }, props: { body, reports } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: BodyRecord; reports: ReportRecord[] }> = ({ props }) =>
  new Response(bodyCsv(props.body, props.reports), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
