/**
 * What a report's page says about the checks: each waiver with the problem it
 * waives, then every other warning, in line order.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Waiver } from '../model/metadata.ts';

export interface ReportNote {
  kind: 'waiver' | 'warning';
  line: number;
  rule: string;
  text: string;
  hint?: string;
}

export function reportNotes(record: { waivers: readonly Waiver[]; warnings: readonly Diagnostic[] }): ReportNote[] {
  const used = new Set<Diagnostic>();
  const notes: ReportNote[] = record.waivers.map((w) => {
    // A waived error stays in the warnings, reworded; it says more than the waiver alone.
    const waived = record.warnings.filter((d) => d.rule === w.rule && d.line === w.line);
    waived.forEach((d) => used.add(d));
    return { kind: 'waiver', line: w.line, rule: w.rule, text: waived.length ? waived.map((d) => d.message).join('；') : `已豁免（理由：${w.reason}）` };
  });
  for (const d of record.warnings) {
    if (!used.has(d)) notes.push({ kind: 'warning', line: d.line, rule: d.rule, text: d.message, ...(d.hint ? { hint: d.hint } : {}) });
  }
  return notes.sort((a, b) => a.line - b.line || (a.kind === b.kind ? 0 : a.kind === 'waiver' ? -1 : 1));
}
