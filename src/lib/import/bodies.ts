/**
 * The bodies already in a content root, and which of them a title names:
 * by official name or by any alias (樟树市人社局 is 樟树市人力资源和社会保障局).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entryAt } from '../corpus/files.ts';
import { readBody } from '../corpus/load.ts';
import type { Body } from '../model/metadata.ts';
import { compact } from '../read/title.ts';

export interface KnownBody {
  id: string;
  /** Undefined when body.yml is missing or invalid: the id is taken all the same. */
  meta?: Body;
}

export function readBodies(root: string): KnownBody[] {
  if (!existsSync(root)) return [];
  // Symlinked folders take their id too, but are never read: content/reports does not follow links.
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() || e.isSymbolicLink())
    .map((e) => e.name)
    .sort()
    .map((id) => {
      const meta = entryAt(join(root, id))?.isDirectory() ? readBody(join(root, id, 'body.yml')).meta : undefined;
      return meta ? { id, meta } : { id };
    });
}

export interface BodyMatch {
  body: KnownBody & { meta: Body };
  /** The alias the title used, when it was not the official name. */
  alias?: string;
}

export function findBody(agency: string, bodies: readonly KnownBody[]): BodyMatch | undefined {
  const wanted = compact(agency);
  for (const body of bodies) {
    if (!body.meta) continue;
    if (compact(body.meta.name) === wanted) return { body: body as BodyMatch['body'] };
    const alias = body.meta.aliases.find((a) => compact(a) === wanted);
    if (alias) return { body: body as BodyMatch['body'], alias };
  }
  return undefined;
}
