/** /bodies/<id>.json: a body and every report of it, as published. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { BodyRecord, ReportRecord } from '../../lib/corpus.ts';
import { bodyJson } from '../../lib/exports/files.ts';
import { siteData } from '../../site/data.ts';

export const getStaticPaths = (async () => {
  const { bodies, reports } = await siteData();
  return bodies.map((body) => ({ params: { id: body.id }, props: { body, reports } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: BodyRecord; reports: ReportRecord[] }> = ({ props }) =>
  new Response(bodyJson(props.body, props.reports), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
