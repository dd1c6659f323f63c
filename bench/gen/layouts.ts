/**
 * Rows of a table (tables.ts) to lines of text, in each way real reports
 * print them: tab-separated rows copied from a web page, one cell per line
 * from Word, Markdown pipe rows, columns aligned with runs of spaces, and
 * single spaces (text taken from a PDF).
 */
import type { Random } from './random.ts';
import type { Row } from './tables.ts';

export type TableStyle = 'tabs' | 'word' | 'pipes' | 'spaces' | 'single-spaces';

export interface RenderedTable {
  lines: string[];
  /** Line index (in `lines`) of each row printed on a line of its own. */
  lineOf: Map<Row, number>;
  /** The same row printed with other cells, for a published line that a correction replaces. */
  reprint: (row: Row) => string;
}

/** Display width: CJK characters take two columns in a monospaced font. */
const width = (s: string) => {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return w;
};

/** Label cells padded so values start in the same column on every data row. */
function cellsOf(row: Row, labelColumns: number): string[] {
  if (row.header) {
    const cells = [...row.labels];
    if (row.valueStart !== undefined && labelColumns > row.valueStart) cells.splice(row.valueStart, 0, ...Array<string>(labelColumns - row.valueStart).fill(''));
    return cells;
  }
  const labels = [...row.labels];
  while (labels.length < labelColumns) labels.push('');
  return [...labels, ...row.values];
}

export function renderTable(rows: readonly Row[], style: TableStyle, r: Random): RenderedTable {
  const lineOf = new Map<Row, number>();
  const lines: string[] = [];
  switch (style) {
    case 'tabs': {
      const columns = Math.max(...rows.map((row) => row.labels.length + row.values.length));
      const pad = r.chance(0.7);
      const print = (row: Row, loseLead: boolean) => {
        const cells = [...row.labels, ...row.values];
        // Web pages with merged cells: a row may lose its leading tabs (zhengdong-social-affairs-2023).
        if (loseLead) while (cells[0] === '' && cells.length > 1) cells.shift();
        while (pad && cells.length < columns) cells.push('');
        return cells.join('\t');
      };
      for (const row of rows) {
        if (!row.header) lineOf.set(row, lines.length);
        lines.push(print(row, !row.header && r.chance(0.08)));
      }
      return { lines, lineOf, reprint: (row) => print(row, false) };
    }
    case 'word': {
      for (const row of rows) {
        for (const cell of [...row.labels, ...row.values.map((v) => wordValue(v, r))]) {
          const [first, ...rest] = cell.split('\n');
          lines.push(`\t${first}`, ...rest);
        }
        lines.push('');
      }
      return { lines, lineOf, reprint: () => '' };
    }
    case 'pipes': {
      const labelColumns = Math.max(0, ...rows.filter((row) => !row.header).map((row) => row.labels.length));
      const columns = Math.max(...rows.map((row) => cellsOf(row, labelColumns).length));
      const print = (row: Row) => {
        const cells = cellsOf(row, labelColumns);
        while (cells.length < columns) cells.push('');
        return `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
      };
      rows.forEach((row, i) => {
        if (!row.header) lineOf.set(row, lines.length);
        lines.push(print(row));
        if (i === 0) lines.push(`|${' --- |'.repeat(columns)}`);
      });
      return { lines, lineOf, reprint: print };
    }
    case 'spaces': {
      const labelColumns = Math.max(0, ...rows.filter((row) => !row.header).map((row) => row.labels.length));
      const gap = r.int(2, 4);
      const widths: number[] = [];
      // Columns fit the data rows; a wider header cell pushes the rest of its line right.
      for (const row of rows) if (!row.header) cellsOf(row, labelColumns).forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
      const print = (row: Row) =>
        cellsOf(row, labelColumns)
          .map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c)) + gap))
          .join('')
          .trimEnd();
      for (const row of rows) {
        if (!row.header) lineOf.set(row, lines.length);
        lines.push(print(row));
      }
      return { lines, lineOf, reprint: print };
    }
    case 'single-spaces': {
      const print = (row: Row) => [...row.labels, ...row.values].filter((c) => c !== '').join(' ');
      for (const row of rows) {
        if (!row.header) lineOf.set(row, lines.length);
        lines.push(print(row));
      }
      return { lines, lineOf, reprint: print };
    }
  }
}

/** Word leaves a leading space (` 31`) or a trailing ideographic space (`2　`) in some cells. */
function wordValue(value: string, r: Random): string {
  const x = r.next();
  if (x < 0.03) return ` ${value}`;
  if (x < 0.06) return `${value}\u3000`;
  return value;
}
