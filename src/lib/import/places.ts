/**
 * The places a body's name starts with (郑州市郑东新区社会事业局 -> 郑州市, 郑东新区),
 * looked up in the GB/T 2260 divisions so that a new body's region can be
 * guessed: 樟树市人社局 is in 江西省 宜春市 without the title saying so.
 * A guess that cannot be made leaves TODO for the contributor to fill in.
 */
import { areaList } from '@vant/area-data';
import { TODO, type Region } from '../model/metadata.ts';

type Level = 'province' | 'city' | 'county';

interface Division {
  code: string;
  level: Level;
}

/** City-list entries that stand for "directly administered", not a place. */
const NOT_A_CITY = new Set(['县', '市辖区', '省直辖县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
/** County-list names too generic to recognise in a body's name. */
const TOO_GENERIC = new Set(['城区', '矿区', '郊区', '市辖区']);
/** A place not in the divisions: 郑东新区 (a development zone), or a name the list spells differently. */
const PLACE_LIKE = /^\p{Script=Han}{2,6}?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|林区|省|市|区|县|旗|盟)/u;
const PLACE_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|林区|省|市|区|县|旗|盟)$/;

let index: Map<string, Division[]> | undefined;
let longest = 0;

function divisions(): Map<string, Division[]> {
  if (index) return index;
  index = new Map();
  const add = (name: string, code: string, level: Level) => {
    if (level === 'city' && NOT_A_CITY.has(name)) return;
    if (level === 'county' && TOO_GENERIC.has(name)) return;
    const list = index!.get(name) ?? [];
    list.push({ code, level });
    index!.set(name, list);
    longest = Math.max(longest, name.length);
  };
  for (const [code, name] of Object.entries(areaList.province_list)) add(name, code, 'province');
  for (const [code, name] of Object.entries(areaList.city_list)) add(name, code, 'city');
  for (const [code, name] of Object.entries(areaList.county_list)) add(name, code, 'county');
  return index;
}

export interface NamePlaces {
  /** Place names at the start of the name, outermost first. */
  places: string[];
  /** What follows them: the body itself (人力资源和社会保障局). */
  rest: string;
}

export function splitPlaces(name: string): NamePlaces {
  const places: string[] = [];
  let rest = name;
  for (;;) {
    const next = knownPrefix(rest) ?? PLACE_LIKE.exec(rest)?.[0];
    if (!next || next.length === rest.length) break;
    places.push(next);
    rest = rest.slice(next.length);
  }
  return { places, rest };
}

function knownPrefix(s: string): string | undefined {
  const all = divisions();
  for (let n = Math.min(longest, s.length - 1); n >= 2; n--) {
    if (all.has(s.slice(0, n))) return s.slice(0, n);
  }
  return undefined;
}

export interface RegionGuess {
  region: Region;
  /** True when some field is TODO: the contributor must fill it in. */
  todo: boolean;
  /** Where a lone name is ambiguous (鼓楼区): every place it may be, in full. */
  candidates: string[];
}

const provinceOf = (code: string) => areaList.province_list[`${code.slice(0, 2)}0000`];
const cityOf = (code: string) => {
  const name = areaList.city_list[`${code.slice(0, 4)}00`];
  return name && !NOT_A_CITY.has(name) ? name : undefined;
};

function regionOf(d: Division): Region {
  const province = provinceOf(d.code)!;
  const city = d.level === 'province' ? undefined : cityOf(d.code);
  const county = d.level === 'county' ? areaList.county_list[d.code] : undefined;
  // A municipality (北京市) is its own province and city: say it once.
  return { province, ...(city && city !== province ? { city } : {}), ...(county ? { county } : {}) };
}

const fullName = (r: Region) => [r.province, r.city, r.county].filter(Boolean).join('');

/** The region a body's name says it is in, as far as the divisions tell. */
export function guessRegion(name: string): RegionGuess {
  const { places } = splitPlaces(name);
  let known: Division | undefined;
  const unknown: string[] = [];
  let candidates: string[] = [];
  for (const place of places) {
    const found = (divisions().get(place) ?? []).filter((d) => !known || within(d, known));
    const distinct = uniqueBy(found, (d) => fullName(regionOf(d)));
    if (distinct.length === 1) {
      known = deeper(distinct[0]!, known);
      candidates = [];
    } else if (distinct.length > 1) {
      candidates = distinct.map((d) => fullName(regionOf(d)));
      unknown.push(place);
    } else unknown.push(place);
  }
  if (known) {
    const region = regionOf(known);
    // A place below the deepest known one, not in the divisions: 郑州市 + 郑东新区.
    const below = unknown.find((p) => /(?:区|县|旗)$/.test(p));
    if (!region.county && below) region.county = below;
    return { region, todo: false, candidates };
  }
  const region: Region = { province: TODO };
  for (const p of unknown) {
    if (/(?:市|州|盟|地区)$/.test(p) && !region.city && !region.county) region.city = p;
    else if (/(?:区|县|旗)$/.test(p) && !region.county) region.county = p;
  }
  return { region, todo: true, candidates };
}

/** Whether a division lies inside another (or is the same one at another level: 北京市). */
function within(d: Division, outer: Division): boolean {
  const digits = outer.level === 'province' ? 2 : outer.level === 'city' ? 4 : 6;
  return d.code.slice(0, digits) === outer.code.slice(0, digits);
}

const RANK: Record<Level, number> = { province: 0, city: 1, county: 2 };
const deeper = (d: Division, known?: Division) => (known && RANK[known.level] > RANK[d.level] ? known : d);

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** A place's name without its administrative suffix: 郑东新区 -> 郑东, but 沛县 stays whole. */
export function bareName(place: string): string {
  const bare = place.replace(PLACE_SUFFIX, '');
  return bare.length >= 2 ? bare : place;
}
