/**
 * The downloads of the site, made once per process: /data/ files (streamed
 * to disk, sized and hashed) and, in a build, the per-report and per-body
 * files. The /data/ page (bundled by Vite) and the datasets integration
 * (loaded with the config) are separate module instances; they meet on
 * globalThis, so the page shows the hashes of the very files the integration
 * copies into the output.
 */
import { rmSync } from 'node:fs';
import { writeDatasets, type WrittenDataFile } from '../lib/exports/datasets.ts';
import { checkedCorpus } from './corpus-cache.ts';

export interface PublishedFilesConfig {
  /** Folder the files are written to before the build copies them into the output. */
  stage: string;
  /** Absolute URL of the /data/ page, when the site's address is known. */
  homepage?: string;
  /** Write reports/<id>.json|csv and bodies/<id>.json|csv too (builds; the dev server makes them per request). */
  perItem: boolean;
}

interface State extends PublishedFilesConfig {
  files?: Promise<WrittenDataFile[]>;
}

const KEY = Symbol.for('gongkai.published-files');
type Holder = { [KEY]?: State };

export function configurePublishedFiles(config: PublishedFilesConfig): void {
  rmSync(config.stage, { recursive: true, force: true });
  (globalThis as Holder)[KEY] = { ...config };
}

export function publishedFilesConfig(): PublishedFilesConfig {
  const state = (globalThis as Holder)[KEY];
  if (!state) throw new Error('gongkai-datasets integration is not registered in astro.config.mjs');
  return state;
}

/** The /data/ files in the order the page lists them, written on first use. */
export function publishedDataFiles(): Promise<WrittenDataFile[]> {
  const state = publishedFilesConfig() as State;
  state.files ??= checkedCorpus().then(async (corpus) =>
    writeDatasets(corpus, state.stage, { perItem: state.perItem, ...(state.homepage ? { homepage: state.homepage } : {}) }),
  );
  return state.files;
}
