/** /reports/<id>.json: one report as published, with its provenance and corrections. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReportRecord } from '../../lib/corpus.ts';
import { reportJson } from '../../lib/exports/files.ts';
import { siteData } from '../../site/data.ts';

export const getStaticPaths = (async () => {
  const { reports } = await siteData();
  return reports.map((record) => ({ params: { id: record.id }, props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ReportRecord }> = ({ props }) =>
  new Response(reportJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
