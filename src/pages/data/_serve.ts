/**
 * The endpoints of /data/ serve the files the /data/ page describes, from the
 * one build of them. The extension stays in the route pattern (`[name].csv`),
 * so the dev server, like the static build, serves the file without a slash.
 */
import { dataFiles, type DataFile } from '../../lib/exports/files.ts';
import { siteData } from '../../site/data.ts';
import { packageOptions } from './_options.ts';

export async function dataFilePaths(format: DataFile['format']) {
  const files = dataFiles(await siteData(), packageOptions());
  return files
    .filter((file) => file.format === format)
    .map((file) => ({ params: { name: file.path.slice(0, -`.${format}`.length) }, props: { file } }));
}

export const serveDataFile = (file: DataFile) => new Response(file.bytes, { headers: { 'Content-Type': file.mediatype } });
