/** /compare/data/<measure>.json: one figure or indicator of every report, in data.json's report order. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { compareMeasureFile } from '../../../lib/views/explore/compare-data.ts';
import { MEASURES } from '../../../lib/views/explore/measures.ts';
import { siteData } from '../../../site/data.ts';

export const getStaticPaths = (() => MEASURES.map((m) => ({ params: { measure: m.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(compareMeasureFile((await siteData()).reports, params.measure!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
