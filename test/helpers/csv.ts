/**
 * A strict RFC 4180 reader for the site's CSV files, for tests: quoted
 * cells with "" escapes, commas and line breaks inside quotes, CRLF records.
 * It reports the byte-order mark instead of hiding it, and throws on a
 * malformed file rather than guessing.
 *
 *   const { bom, header, rows, records } = readCsv(text);
 *   records[0]!.report_id;
 */
export interface Csv {
  bom: boolean;
  /** Every record ends with CRLF, the last one too. */
  crlf: boolean;
  header: string[];
  rows: string[][];
  /** Rows as objects keyed by header name. */
  records: Array<Record<string, string>>;
}

export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < input.length && !',\r\n'.includes(input[i]!)) throw new Error(`CSV: text after a closing quote at ${i}`);
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cell !== '') throw new Error(`CSV: quote inside an unquoted cell at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quote');
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

export function readCsv(text: string): Csv {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const crlf = body.endsWith('\r\n') && !/[^\r]\n/.test(body.replace(/"[^"]*"/g, ''));
  const [header = [], ...rows] = parseCsv(body);
  for (const [n, r] of rows.entries()) {
    if (r.length !== header.length) throw new Error(`CSV: row ${n + 2} has ${r.length} cells, header ${header.length}`);
  }
  return { bom, crlf, header, rows, records: rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]!]))) };
}
