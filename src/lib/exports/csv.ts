/**
 * CSV as spreadsheets and scripts both read it: RFC 4180 quoting, CRLF after
 * every record, a UTF-8 byte-order mark (without it Excel reads the Chinese
 * as GBK), and no cell that a spreadsheet would run as a formula.
 */
import { formatNumber } from '../model/numbers.ts';

export type Cell = string | number | null | undefined;

const BOM = '\uFEFF';
const EOL = '\r\n';
/**
 * OWASP "CSV injection": what makes a spreadsheet read a cell as a formula or
 * a command. Spreadsheets skip leading whitespace (line breaks and the
 * ideographic space too) and take full-width and small-form signs for = + - @.
 */
const FORMULA_START = /^[\s=+\-@\u2212＝＋－＠﹦﹢﹣﹫]/;
const NEEDS_QUOTES = /[",\r\n]/;

export { formatNumber };

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The start of a CSV file: byte-order mark and header record. */
export const csvHead = (header: readonly string[]): string => `${BOM}${header.map(csvCell).join(',')}${EOL}`;

/**
 * Long tables repeat the same labels on every row, and per-report files repeat
 * them in every file: each distinct text is escaped once per process. Free
 * text (agency names, addresses) does not repeat as often, so the cache is
 * emptied when it grows large.
 */
const escaped = new Map<string, string>();
const ESCAPED_MAX = 100_000;

function cachedCell(value: Cell): string {
  if (typeof value !== 'string') return csvCell(value);
  let out = escaped.get(value);
  if (out === undefined) {
    if (escaped.size >= ESCAPED_MAX) escaped.clear();
    escaped.set(value, (out = csvCell(value)));
  }
  return out;
}

/** Writes data records one by one, each ended by CRLF. */
export function csvRecords(width: number): (row: readonly Cell[]) => string {
  const cell = cachedCell;
  return (row) => {
    if (row.length !== width) throw new RangeError(`row has ${row.length} cells, header ${width}`);
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i ? ',' : '') + cell(row[i]);
    return line + EOL;
  };
}

/** A whole CSV file: header, then one record per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const record = csvRecords(header.length);
  let out = csvHead(header);
  for (const row of rows) out += record(row);
  return out;
}
