/**
 * Every body the generator can publish for: the people's government and the
 * departments of each province, city and county in places.ts, with unique
 * names and URL-safe ids, in a seeded order.
 */
import type { Body } from '../../src/lib/model/metadata.ts';
import { DEPARTMENTS, PROVINCES } from './places.ts';
import { random } from './random.ts';

export type Level = 'province' | 'city' | 'county';

export interface GeneratedBody {
  /** Folder name under the content root: lowercase ascii, digits, hyphens. */
  id: string;
  /** What `<id>/body.yml` holds. */
  meta: Body;
  level: Level;
  /** Slug of the place, for made-up web addresses. */
  place: string;
  /** Typical applications received in a year. */
  applications: number;
  /** Typical licensing decisions in a year (penalties and coercion scale with it). */
  enforcement: number;
}

const APPLICATIONS: Record<Level, { government: number; department: number }> = {
  province: { government: 1500, department: 150 },
  city: { government: 2000, department: 60 },
  county: { government: 150, department: 12 },
};

const ENFORCEMENT: Record<Level, number> = { province: 200_000, city: 400_000, county: 30_000 };

let pool: GeneratedBody[] | undefined;

/** All bodies, in a fixed order (province, city, county; government first). */
export function allBodies(): readonly GeneratedBody[] {
  if (pool) return pool;
  const countyNames = new Map<string, number>();
  for (const p of PROVINCES) for (const c of p.cities) for (const k of c.counties) countyNames.set(k.name, (countyNames.get(k.name) ?? 0) + 1);
  const countySlugs = new Map<string, number>();
  for (const p of PROVINCES) for (const c of p.cities) for (const k of c.counties) countySlugs.set(k.slug, (countySlugs.get(k.slug) ?? 0) + 1);

  const out: GeneratedBody[] = [];
  const add = (body: Omit<GeneratedBody, 'applications' | 'enforcement'>, government: boolean, enforcement: number) => {
    out.push({
      ...body,
      applications: APPLICATIONS[body.level][government ? 'government' : 'department'],
      enforcement: ENFORCEMENT[body.level] * enforcement,
    });
  };
  for (const p of PROVINCES) {
    const region = { province: p.name };
    add({ id: `${p.slug}-government`, level: 'province', place: p.slug, meta: { name: `${p.name}人民政府`, aliases: [`${p.name}政府`], region, kind: 'government', website: `https://www.${p.slug}.example/` } }, true, 1);
    for (const d of DEPARTMENTS) {
      if (!d.provincial) continue;
      add({ id: `${p.slug}-${d.slug}`, level: 'province', place: p.slug, meta: { name: `${p.name}${d.provincial}`, aliases: [], region, kind: 'department' } }, false, d.enforcement);
    }
    for (const c of p.cities) {
      const region = { province: p.name, city: c.name };
      add({ id: `${c.slug}-government`, level: 'city', place: c.slug, meta: { name: `${c.name}人民政府`, aliases: [`${c.name}政府`], region, kind: 'government', website: `https://www.${c.slug}.example/` } }, true, 1);
      for (const d of DEPARTMENTS) {
        const aliases = d.short ? [`${c.name}${d.short}`] : [];
        add({ id: `${c.slug}-${d.slug}`, level: 'city', place: c.slug, meta: { name: `${c.name}${d.name}`, aliases, region, kind: 'department' } }, false, d.enforcement);
      }
      for (const k of c.counties) {
        const region = { province: p.name, city: c.name, county: k.name };
        // Two 西湖区 exist: such bodies sign with the city's name first.
        const ambiguous = countyNames.get(k.name)! > 1;
        const place = countySlugs.get(k.slug)! > 1 ? `${c.slug}-${k.slug}` : k.slug;
        const full = (suffix: string) => `${c.name}${k.name}${suffix}`;
        const local = (suffix: string) => (ambiguous ? full(suffix) : `${k.name}${suffix}`);
        add(
          { id: `${place}-government`, level: 'county', place, meta: { name: local('人民政府'), aliases: ambiguous ? [] : [full('人民政府'), `${k.name}政府`], region, kind: 'government', website: `https://www.${place}.example/` } },
          true,
          1,
        );
        for (const d of DEPARTMENTS) {
          const aliases = [...(ambiguous ? [] : [full(d.name)]), ...(d.short ? [local(d.short)] : [])];
          add({ id: `${place}-${d.slug}`, level: 'county', place, meta: { name: local(d.name), aliases, region, kind: 'department' } }, false, d.enforcement);
        }
      }
    }
  }
  const ids = new Set(out.map((b) => b.id));
  const names = new Set(out.map((b) => b.meta.name));
  if (ids.size !== out.length || names.size !== out.length) throw new Error('generator bug: body ids or names are not unique');
  pool = out;
  return pool;
}

/** `count` distinct bodies, a seeded sample across all provinces and kinds. */
export function pickBodies(count: number, seed: number): GeneratedBody[] {
  const bodies = allBodies();
  if (count > bodies.length) throw new Error(`at most ${bodies.length} bodies can be generated, asked for ${count}`);
  return random(seed, 'bodies').shuffle(bodies).slice(0, count);
}
