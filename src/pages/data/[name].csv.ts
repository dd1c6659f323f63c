/** /data/<name>.csv: the CSV files of /data/ at stable URLs. */
import type { APIRoute } from 'astro';
import type { DataFile } from '../../lib/exports/files.ts';
import { dataFilePaths, serveDataFile } from './_serve.ts';

export const getStaticPaths = () => dataFilePaths('csv');

export const GET: APIRoute<{ file: DataFile }> = ({ props }) => serveDataFile(props.file);
