/** JSON as every data file writes it: two-space indent, final newline. */
import type { Report } from '../model/schema.ts';

export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The canonical JSON of one report: keys in schema order. */
export const canonicalJson = (report: Report): string => jsonText(report);
