/** The site's own address for datapackage.json, the same on the endpoint and the page. */
import type { PackageOptions } from '../../lib/exports/datapackage.ts';

export function packageOptions(): PackageOptions {
  const site = import.meta.env.SITE;
  if (!site) return {};
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return { homepage: new URL(`${base}data/`, site).href };
}
