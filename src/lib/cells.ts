/**
 * A line of table text to its cells. Cells keep the column where they start
 * in the original line, so every later message can point at them.
 * Handles tab-separated rows, Markdown pipe rows, columns aligned with runs
 * of spaces, and numbers separated by single spaces (text taken from PDFs).
 */
export interface Cell {
  /** The cell as written, trimmed. */
  raw: string;
  /** NFKC-folded (full-width digits, spaces and brackets to ASCII), trimmed. */
  text: string;
  line: number;
  column: number;
  kind: 'label' | 'value';
}

const NUMBERISH = String.raw`[-+−]?[\d.,]+%?`;
const NUMBERS_ONLY = new RegExp(String.raw`^${NUMBERISH}(?:\s+${NUMBERISH})+$`);
const LABEL_THEN_NUMBERS = new RegExp(String.raw`^(.*\p{Script=Han}[^\d\s]*)\s+(${NUMBERISH}(?:\s+${NUMBERISH})*)$`, 'u');
const PIPE_SEPARATOR = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$/;
const ENUMERATOR = /^(?:[(（][\d一二三四五六七八九十]+[)）]|[\d一二三四五六七八九十]+[.、．])$/;
/** Words that stand in a value's place to say "none" or "not applicable". */
const PLACEHOLDER = /^(?:无|空|—+|–+|-+|－+|\/|／|n\/?a|x|×|\*)$/i;
const HAN = /\p{Script=Han}/u;

export function splitCells(line: string, lineNo: number): Cell[] {
  const cells: Cell[] = [];
  for (const [start, piece] of rawPieces(line)) {
    const lead = piece.length - piece.trimStart().length;
    const raw = piece.trim();
    if (raw) pushSplit(cells, raw, lineNo, start + lead + 1);
  }
  return cells;
}

function rawPieces(line: string): Array<[number, string]> {
  let separator: RegExp;
  // GFM allows pipe rows without the outer pipes (规章 | 0 | 0 | 0); a tab-separated row never needs them.
  if (/^\s*\|/.test(line) || (line.includes('|') && !line.includes('\t'))) {
    if (PIPE_SEPARATOR.test(line)) return [];
    separator = /\|/g;
  } else if (line.includes('\t')) {
    separator = /\t/g;
  } else {
    separator = /\s{2,}/g;
  }
  const pieces: Array<[number, string]> = [];
  let last = 0;
  for (const m of line.matchAll(separator)) {
    pieces.push([last, line.slice(last, m.index)]);
    last = m.index + m[0].length;
  }
  pieces.push([last, line.slice(last)]);
  return pieces;
}

function pushSplit(cells: Cell[], raw: string, line: number, column: number): void {
  const text = raw.normalize('NFKC').trim();
  if (NUMBERS_ONLY.test(text)) {
    for (const m of raw.matchAll(/\S+/g)) cells.push(cell(m[0], line, column + m.index));
    return;
  }
  const split = LABEL_THEN_NUMBERS.exec(text);
  if (split && raw.length === text.length) {
    // Same length, so offsets in the folded text are offsets in the raw one: cells keep what was written.
    cells.push(cell(raw.slice(0, split[1]!.length), line, column));
    const offset = text.length - split[2]!.length;
    for (const m of split[2]!.matchAll(/\S+/g)) cells.push(cell(raw.slice(offset + m.index, offset + m.index + m[0].length), line, column + offset + m.index));
    return;
  }
  cells.push(cell(raw, line, column));
}

function cell(raw: string, line: number, column: number): Cell {
  const text = raw.normalize('NFKC').trim();
  // Labels are Chinese; a cell of Latin letters or digits stands in a number's place (OCR reads 0 as O).
  const value = PLACEHOLDER.test(text) || (!HAN.test(text) && !ENUMERATOR.test(text) && /[\p{L}\p{N}]/u.test(text)) || /^[-–—－]+$/.test(text);
  return { raw, text, line, column, kind: value ? 'value' : 'label' };
}

/** A label reduced to what identifies it: letters and digits only. */
export const labelKey = (text: string) => text.replace(/\[bookmark:[^\]]*\]/g, '').replace(/[^\p{L}\p{N}]/gu, '');

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: 'negative' | 'fraction' | 'not-a-number' | 'too-many-decimals' };

/** A count or an amount as printed: thousands separators allowed, nothing else. */
export function parseNumber(text: string, decimals: number): ParsedNumber {
  let t = text.replace(/\s/g, '').replace(/，/g, ',');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (/^[-−]\d+(?:\.\d+)?$/.test(t)) return { ok: false, problem: 'negative' };
  if (/^\d+$/.test(t)) return { ok: true, value: Number(t) };
  if (/^\d+\.\d+$/.test(t)) {
    if (decimals === 0) return { ok: false, problem: 'fraction' };
    if (t.split('.')[1]!.length > decimals) return { ok: false, problem: 'too-many-decimals' };
    return { ok: true, value: Number(t) };
  }
  return { ok: false, problem: 'not-a-number' };
}
