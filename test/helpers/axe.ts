/**
 * An axe-core accessibility pass on an open page.
 *
 *   const violations = await runAxe(page);
 *   const bad = seriousViolations(violations);
 *   expect(bad, formatViolations(bad)).toEqual([]);
 *
 * axe is injected from node_modules (axe.source), nothing is fetched.
 * `formatViolations` prints rule, impact, help, and each offending node's
 * selector and summary, readable in a failed test's message.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}

export interface AxeViolation {
  id: string;
  impact?: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })),
    }));
  });
}

export const seriousViolations = (violations: readonly AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export function formatViolations(violations: readonly AxeViolation[], where = ''): string {
  return violations
    .map((v) =>
      [
        `${where ? `${where}: ` : ''}[${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.slice(0, 8).map((n) => `    ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
        ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
      ].join('\n'),
    )
    .join('\n');
}
