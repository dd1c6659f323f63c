/**
 * The order of table 三's seven applicant columns, read from its header
 * rather than assumed: a report may print them in another order. Told only
 * where the header leaves no doubt: the seven names on one header line. A
 * header over several lines (申请人情况 / 法人或其他组织 / 商业企业 …) keeps the
 * template's order, for the place of a name across lines says little in text.
 */
import type { Cell } from './cells.ts';
import { labelKey } from './cells.ts';

/** The column names' first characters, in the template's order: enough to know each when a name wraps (商业企 / 业). */
const NAMES = ['自然人', '商业', '科研', '社会公益', '法律服务', '其他', '总计'] as const;

/**
 * Where each template column stands among the printed ones (`order[c]` is the
 * printed place of template column c), or undefined for the template's order
 * or a header that does not say.
 */
export function columnOrder(header: readonly Cell[]): number[] | undefined {
  const hits = new Map<number, Cell>();
  for (const cell of header) {
    const key = labelKey(cell.text);
    // 其他 also ends 法人或其他组织: a column's name is the whole cell, or begins it.
    const index = NAMES.findIndex((n) => key.startsWith(n) && (n !== '其他' || key.length <= 3));
    if (index >= 0 && !hits.has(index)) hits.set(index, cell);
  }
  if (hits.size !== NAMES.length) return undefined;
  const cells = NAMES.map((_, i) => hits.get(i)!);
  if (!cells.every((c) => c.line === cells[0]!.line)) return undefined;
  const printed = [...cells].sort((a, b) => a.column - b.column);
  const order = cells.map((c) => printed.indexOf(c));
  return order.every((p, i) => p === i) ? undefined : order;
}
