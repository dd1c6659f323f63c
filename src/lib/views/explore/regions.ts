/**
 * The regions of the collection as a tree, built from the bodies' body.yml:
 * province > city > county, each with a readable id that is its path of
 * slugs (`henan`, `henan/zhengzhou`, `henan/zhengzhou/huiji`), so a region's
 * page lives at /regions/<id>/ and a region filter is a prefix test.
 *
 * Ids are stable: a slug depends on the region's own name only. Should two
 * siblings share a slug (two names with the same toneless pinyin), both
 * take the pinyin of their full names (…-shi, …-xian), and if those still
 * collide a counter in the order of their Chinese names; only then can a
 * new region change an older one's id.
 */
import type { Region } from '../../model/metadata.ts';
import { isWithin } from './region-id.ts';
import { placeSlug, provinceSlug, toSlug } from './region-slug.ts';

export { isWithin };

export type RegionLevel = 'province' | 'city' | 'county';

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = { province: '省级', city: '市级', county: '县级' };

export interface RegionNode {
  id: string;
  name: string;
  level: RegionLevel;
  /** Names from the province down to this region. */
  names: string[];
  parent?: string;
  /** Child region ids, sorted by id. */
  children: string[];
  /** Bodies whose own region is exactly this one, sorted by id. */
  bodies: string[];
}

export interface BodyLike {
  id: string;
  meta: { region: Region };
}

export interface RegionIndex {
  /** Every region, parents before children, siblings by id. */
  all: RegionNode[];
  byId: Map<string, RegionNode>;
  /** The region a body belongs to (its deepest level). */
  regionOfBody: Map<string, string>;
  roots: string[];
}

/** The levels a body.yml names, from the province down. */
export function regionSteps(region: Region): Array<{ name: string; level: RegionLevel }> {
  const path: Array<{ name: string; level: RegionLevel }> = [{ name: region.province, level: 'province' }];
  if (region.city) path.push({ name: region.city, level: 'city' });
  if (region.county) path.push({ name: region.county, level: 'county' });
  return path;
}

const key = (names: readonly string[]) => names.join('\u0000');

/** Slugs for a set of sibling names, unique among them. */
export function siblingSlugs(names: readonly string[], level: RegionLevel): Map<string, string> {
  const base = (name: string) => (level === 'province' ? provinceSlug(name) : placeSlug(name));
  const out = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const name of [...new Set(names)].sort()) {
    const slug = base(name);
    groups.set(slug, [...(groups.get(slug) ?? []), name]);
  }
  for (const [slug, group] of groups) {
    if (group.length === 1) {
      out.set(group[0]!, slug);
      continue;
    }
    const full = new Map<string, number>();
    for (const name of group) {
      const long = toSlug(name) || slug;
      const n = (full.get(long) ?? 0) + 1;
      full.set(long, n);
      out.set(name, n === 1 ? long : `${long}-${n}`);
    }
  }
  return out;
}

export function buildRegions(bodies: readonly BodyLike[]): RegionIndex {
  // Names of every region, grouped by parent key, before any id is given.
  const childNames = new Map<string, Map<string, RegionLevel>>();
  for (const body of bodies) {
    const path = regionSteps(body.meta.region);
    path.forEach((step, i) => {
      const parent = key(path.slice(0, i).map((s) => s.name));
      const names = childNames.get(parent) ?? new Map<string, RegionLevel>();
      names.set(step.name, step.level);
      childNames.set(parent, names);
    });
  }
  const byKey = new Map<string, RegionNode>();
  const byId = new Map<string, RegionNode>();
  const all: RegionNode[] = [];
  const roots: string[] = [];
  const visit = (parentNames: string[], parent?: RegionNode) => {
    const names = childNames.get(key(parentNames));
    if (!names) return;
    // Siblings may mix levels (a county directly under its province): slug each level apart.
    const slugs = new Map<string, string>();
    for (const level of ['province', 'city', 'county'] as const) {
      const ofLevel = [...names].filter(([, l]) => l === level).map(([n]) => n);
      for (const [n, s] of siblingSlugs(ofLevel, level)) slugs.set(n, s);
    }
    const taken = new Set<string>();
    const nodes = [...names]
      .map(([name, level]) => {
        let slug = slugs.get(name)!;
        // A city and a county with one slug under the same province keep apart by level.
        if (taken.has(slug)) slug = `${slug}-${level}`;
        taken.add(slug);
        const id = parent ? `${parent.id}/${slug}` : slug;
        return { id, name, level, names: [...parentNames, name], ...(parent ? { parent: parent.id } : {}), children: [], bodies: [] } satisfies RegionNode;
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const node of nodes) {
      byKey.set(key(node.names), node);
      byId.set(node.id, node);
      all.push(node);
      if (parent) parent.children.push(node.id);
      else roots.push(node.id);
      visit(node.names, node);
    }
  };
  visit([]);
  const regionOfBody = new Map<string, string>();
  for (const body of [...bodies].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const node = byKey.get(key(regionSteps(body.meta.region).map((s) => s.name)))!;
    node.bodies.push(body.id);
    regionOfBody.set(body.id, node.id);
  }
  return { all, byId, regionOfBody, roots };
}

/** Ids of every body in a region or below it. */
export function bodiesWithin(index: RegionIndex, regionId: string): string[] {
  const out: string[] = [];
  for (const [body, region] of index.regionOfBody) if (isWithin(region, regionId)) out.push(body);
  return out.sort();
}

/** The region's names as one label: 河南省 郑州市 惠济区. */
export const regionLabel = (node: Pick<RegionNode, 'names'>): string => node.names.join(' ');

/** The chain of regions from the province down to this one. */
export function ancestors(index: RegionIndex, id: string): RegionNode[] {
  const chain: RegionNode[] = [];
  for (let node = index.byId.get(id); node; node = node.parent ? index.byId.get(node.parent) : undefined) chain.unshift(node);
  return chain;
}
