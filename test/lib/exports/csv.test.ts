import { describe, expect, test } from 'vitest';
import { csvCell, formatNumber, toCsv } from '../../../src/lib/exports/csv.ts';

describe('formatNumber(n)', () => {
  test('writes integers whole and decimals without float noise', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1608911)).toBe('1608911');
    expect(formatNumber(75.1552)).toBe('75.1552');
    expect(formatNumber(160391.4077)).toBe('160391.4077');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(1e-7)).toBe('0');
    expect(formatNumber(2.5e-7)).toBe('0');
    expect(formatNumber(9.9999999)).toBe('10');
    expect(formatNumber(100.0000001)).toBe('100');
    expect(formatNumber(100.5)).toBe('100.5');
  });

  test('refuses what is not a finite number', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('csvCell(value)', () => {
  test('leaves plain text, Chinese and numbers as they are', () => {
    expect(csvCell('郑州市人民政府')).toBe('郑州市人民政府');
    expect(csvCell(23)).toBe('23');
    expect(csvCell(24.1982)).toBe('24.1982');
  });

  test('writes null and undefined as an empty cell', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  test('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"是"')).toBe('"他说""是"""');
    expect(csvCell('一\n二')).toBe('"一\n二"');
    expect(csvCell('一\r\n二')).toBe('"一\r\n二"');
  });

  test('prefixes a single quote to text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86')).toBe("'+86");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=HYPERLINK("http://x.example","点我")')).toBe('"\'=HYPERLINK(""http://x.example"",""点我"")"');
    expect(csvCell('a=1')).toBe('a=1');
  });

  // Issue 10: these reached spreadsheets as formulas.
  test('neutralises leading whitespace, line breaks and full-width signs as well', () => {
    for (const s of ['\n=1+1', ' =1+1', '\u3000=1', '\u00a0=1', '＝1+1', '＋86', '－5', '＠SUM(A1)', '﹦1', '−5']) expect(csvCell(s).replace(/^"/, ''), JSON.stringify(s)).toMatch(/^'/);
    expect(csvCell('公开=1')).toBe('公开=1');
  });

  test('writes numbers as numbers, negative ones too', () => {
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('toCsv(header, rows)', () => {
  test('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, '二'], [null, 'x,y']])).toBe('\uFEFFa,b\r\n1,二\r\n,"x,y"\r\n');
  });

  test('writes the header alone for no rows', () => {
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });

  test('refuses a row with the wrong number of cells', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrowErrorMatchingInlineSnapshot(`[RangeError: row has 1 cells, header 2]`);
  });
});
