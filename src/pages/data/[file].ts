/** Every file of /data/ at a stable URL: /data/reports.csv, /data/datapackage.json, … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles, type DataFile } from '../../lib/exports/files.ts';
import { siteData } from '../../site/data.ts';
import { packageOptions } from './_options.ts';

export const getStaticPaths = (async () => {
  const files = dataFiles(await siteData(), packageOptions());
  return files.map((file) => ({ params: { file: file.path }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
  new Response(props.file.bytes, { headers: { 'Content-Type': props.file.mediatype } });
