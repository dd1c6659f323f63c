/** /compare/data.json: the bodies, regions and reports the compare page ranks. */
import type { APIRoute } from 'astro';
import { explore } from '../../lib/views/explore/explore.ts';
import { siteData } from '../../site/data.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(explore(await siteData()).compare), { headers: { 'content-type': 'application/json; charset=utf-8' } });
