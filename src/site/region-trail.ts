/**
 * A body's region as a chain of links (省 › 市 › 区县) to the region pages,
 * from the same region index the region pages are built from.
 */
import { ancestors, buildRegions, type RegionIndex } from '../lib/views/explore/regions.ts';
import { regionPath } from '../lib/views/explore/paths.ts';
import { siteData } from './data.ts';

let index: Promise<RegionIndex> | undefined;
const regions = () => (index ??= siteData().then(({ bodies }) => buildRegions(bodies)));

export interface RegionStep {
  name: string;
  path: string;
}

export async function regionTrail(bodyId: string): Promise<RegionStep[]> {
  const idx = await regions();
  const id = idx.regionOfBody.get(bodyId);
  return id ? ancestors(idx, id).map((node) => ({ name: node.name, path: regionPath(node.id) })) : [];
}
