/** The canonical JSON of one report: keys in schema order, two-space indent, final newline. */
import type { Report } from '../schema.ts';

export const canonicalJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
