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
  /** The name the title used, when it was not the official name. */
  alias?: string;
}

/** Short forms titles use, to their full form: 平潭综合实验区管委会 is 平潭综合实验区管理委员会. */
const SHORT_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/管委会$/, '管理委员会'],
  [/人社局$/, '人力资源和社会保障局'],
  [/(?<!人民)政府$/, '人民政府'],
];

const fullForm = (name: string) => SHORT_FORMS.reduce((n, [short, full]) => n.replace(short, full), compact(name));

/**
 * A name with the places above the body's own in front of it dropped:
 * 江苏省淮安市人民政府 → 淮安市人民政府 for a city's body. The body's own place
 * stays, or every province's 人民政府 would be every city's.
 */
function withoutRegion(name: string, region: Body['region']): string[] {
  const levels = [region.province, region.city, region.county].filter((p): p is string => Boolean(p));
  const out = [name];
  for (const place of levels.slice(0, -1).map(compact)) {
    const last = out.at(-1)!;
    if (last.startsWith(place)) out.push(last.slice(place.length));
  }
  return out;
}

/**
 * The body a title names: by its official name or an alias, as written or
 * in full form (管委会 for 管理委员会), with or without the body's province or
 * city in front, so that next year's report joins this year's body.
 */
export function findBody(agency: string, bodies: readonly KnownBody[]): BodyMatch | undefined {
  const wanted = compact(agency);
  const known = bodies.filter((b): b is BodyMatch['body'] => b.meta !== undefined);
  for (const body of known) {
    if (compact(body.meta.name) === wanted) return { body };
    const alias = body.meta.aliases.find((a) => compact(a) === wanted);
    if (alias) return { body, alias };
  }
  const matches = known.filter((body) => {
    const names = [body.meta.name, ...body.meta.aliases].flatMap((n) => withoutRegion(fullForm(n), body.meta.region));
    return withoutRegion(fullForm(agency), body.meta.region).some((w) => names.includes(w));
  });
  // Two bodies that both fit is a question for the contributor (--body), not a guess.
  return matches.length === 1 ? { body: matches[0]!, alias: agency } : undefined;
}
