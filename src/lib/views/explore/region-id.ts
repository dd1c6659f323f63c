/**
 * Region ids are paths of slugs (`henan/zhengzhou/huiji`): whether a region
 * lies inside another is a prefix test. Kept apart from regions.ts so that
 * browser code can use it without bundling the pinyin dictionary.
 */

/** True when `id` is `ancestor` or lies inside it; every id lies inside ''. */
export const isWithin = (id: string, ancestor: string): boolean => ancestor === '' || id === ancestor || id.startsWith(`${ancestor}/`);

/** The depth of a region id: 1 for a province. */
export const depth = (id: string): number => id.split('/').length;
