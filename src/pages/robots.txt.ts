/** /robots.txt: everything may be crawled; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { href } from '../site/seo.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap-index.xml'), site).href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
