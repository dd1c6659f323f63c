/**
 * A line of table text to its cells. Cells keep the column where they start
 * in the original line, so every later message can point at them.
 * Handles tab-separated rows, Markdown pipe rows, columns aligned with runs
 * of spaces, and numbers separated by single spaces (text taken from PDFs).
 */
import { MAX_COUNT, MAX_FEE_INTEGER_DIGITS } from '../model/numbers.ts';

export interface Cell {
  /** The cell as written, trimmed. */
  raw: string;
  /** NFKC-folded (full-width digits, spaces and brackets to ASCII), trimmed. */
  text: string;
  line: number;
  column: number;
  kind: 'label' | 'value';
}

/** One number as PDFs print them in a row: sign, digits and separators, a percent sign. */
const NUMBERISH = /^[-+−]?[\d.,]+%?$/;
const PIPE_SEPARATOR = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$/;
const ENUMERATOR = /^(?:[(（][\d一二三四五六七八九十]+[)）]|[\d一二三四五六七八九十]+[.、．])$/;
/** Words that stand in a value's place to say "none" or "not applicable". */
const PLACEHOLDER = /^(?:无|空|—+|–+|-+|－+|\/|／|n\/?a|x|×|\*)$/i;
const HAN = /\p{Script=Han}/u;

export function splitCells(line: string, lineNo: number): Cell[] {
  const cells: Cell[] = [];
  // Pieces are cut with indexOf rather than a regex: every table line of every report comes through here.
  let separator: string | undefined;
  // GFM allows pipe rows without the outer pipes (规章 | 0 | 0 | 0); a tab-separated row never needs them.
  if (line.includes('|') && (!line.includes('\t') || line.trimStart().startsWith('|'))) {
    if (PIPE_SEPARATOR.test(line)) return cells;
    separator = '|';
  } else if (line.includes('\t')) {
    separator = '\t';
  }
  let last = 0;
  // Empty cells of a row whose cells are delimited, by where they would stand among the cells.
  const empty: Array<{ at: number; column: number }> = [];
  if (separator) {
    for (let at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, last)) {
      if (!line.slice(last, at).trim()) empty.push({ at: cells.length, column: last + 1 });
      piece(cells, line, last, at, lineNo);
      last = at + 1;
    }
  } else {
    SPACE_RUN.lastIndex = 0;
    for (let m = SPACE_RUN.exec(line); m; m = SPACE_RUN.exec(line)) {
      piece(cells, line, last, m.index, lineNo);
      last = m.index + m[0].length;
    }
  }
  piece(cells, line, last, line.length, lineNo);
  // A converter's placeholder row under a header (| - | - | - |) holds no figure and names no row.
  if (separator === '|' && cells.length && cells.every((c) => c.kind === 'value' && DASHES.test(c.text))) return [];
  return empty.length ? withBlanks(cells, empty, lineNo) : cells;
}

/**
 * An empty cell between two values of a delimited row is a figure printed
 * blank (a cell left empty, &nbsp; in a web page): kept as a blank value, so
 * the row keeps its count and the report can say the cell was empty. Empty
 * cells before the first value or after the last are layout, not figures.
 */
function withBlanks(cells: Cell[], empty: ReadonlyArray<{ at: number; column: number }>, line: number): Cell[] {
  const first = cells.findIndex((c) => c.kind === 'value');
  let lastValue = -1;
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.kind === 'value') (lastValue = i), (i = -1);
  const inside = empty.filter((e) => first >= 0 && e.at > first && e.at <= lastValue);
  if (!inside.length) return cells;
  const out = [...cells];
  for (const e of inside.reverse()) out.splice(e.at, 0, { raw: '', text: '', line, column: e.column, kind: 'value' });
  return out;
}

const SPACE_RUN = /\s{2,}/g;

function piece(cells: Cell[], line: string, start: number, end: number, lineNo: number): void {
  if (start === end) return;
  const text = line.slice(start, end);
  const raw = text.trim();
  if (!raw) return;
  const lead = raw.length === text.length ? 0 : text.length - text.trimStart().length;
  pushSplit(cells, raw, lineNo, start + lead + 1);
}

/**
 * NFKC, skipping the work for text it leaves unchanged: ASCII and the CJK
 * unified ideographs have no decompositions and never compose.
 */
function nfkc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) {
      // Labels such as （一）予以公开 come back in every report: fold each once.
      let folded = FOLDED.get(s);
      if (folded === undefined) {
        if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
        folded = s.normalize('NFKC');
        FOLDED.set(s, folded);
      }
      return folded;
    }
  }
  return s;
}

const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 50_000;

/** NUMBERS_ONLY can only match text that starts as a number does. */
const startsLikeNumber = (text: string) => {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 46 || c === 44 || c === 45 || c === 43 || c === 0x2212;
};

const isDigits = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
};

/** LABEL_THEN_NUMBERS can only match text that ends as a number does. */
const endsLikeNumber = (text: string) => {
  const c = text.charCodeAt(text.length - 1);
  return (c >= 48 && c <= 57) || c === 46 || c === 44 || c === 37;
};

function pushSplit(cells: Cell[], raw: string, line: number, column: number): void {
  // The commonest cell by far: a plain count. It is its own folded text and a value.
  if (isDigits(raw)) {
    cells.push({ raw, text: raw, line, column, kind: 'value' });
    return;
  }
  const text = nfkc(raw).trim();
  if (startsLikeNumber(text) && numbersOnly(text)) {
    for (const m of raw.matchAll(/\S+/g)) cells.push(cell(m[0], line, column + m.index));
    return;
  }
  const split = raw.length === text.length && endsLikeNumber(text) ? labelThenNumbers(text) : undefined;
  if (split) {
    // Same length, so offsets in the folded text are offsets in the raw one: cells keep what was written.
    cells.push(cell(raw.slice(0, split.labelEnd), line, column));
    const numbers = text.slice(split.numbersStart);
    const offset = split.numbersStart;
    for (const m of numbers.matchAll(/\S+/g)) cells.push(cell(raw.slice(offset + m.index, offset + m.index + m[0].length), line, column + offset + m.index));
    return;
  }
  cells.push(cell(raw, line, column, text));
}

/*
 * The two shapes of PDF rows below were regular expressions with a repeated
 * group, which V8 runs recursively: a line of three million numbers overflowed
 * the stack. These scans are linear and never recurse.
 */

/** Two or more numbers separated by whitespace, nothing else (text is trimmed). */
function numbersOnly(text: string): boolean {
  const n = text.length;
  let count = 0;
  let i = 0;
  for (;;) {
    let c = text.charCodeAt(i);
    if (c === 45 || c === 43 || c === 0x2212) i++;
    const start = i;
    while (i < n && ((c = text.charCodeAt(i)) === 44 || c === 46 || (c >= 48 && c <= 57))) i++;
    if (i === start) return false;
    if (i < n && text.charCodeAt(i) === 37) i++;
    count++;
    if (i === n) return count >= 2;
    const gap = i;
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i === gap || i === n) return false;
  }
}

/** What `\s` matches in a JavaScript regular expression. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A label ending in Chinese, then whitespace, then one or more numbers: where
 * the label ends and the numbers start. The label is everything up to the
 * token holding the last Chinese character (no digit may follow that
 * character), the numbers every token after it.
 */
function labelThenNumbers(text: string): { labelEnd: number; numbersStart: number } | undefined {
  let end = text.length;
  let numbersStart = -1;
  while (end > 0) {
    let start = end;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    const token = text.slice(start, end);
    if (!NUMBERISH.test(token)) {
      if (numbersStart < 0 || !endsInHan(token) || /[\u2028\u2029]/.test(text.slice(0, end))) return undefined;
      return { labelEnd: end, numbersStart };
    }
    numbersStart = start;
    end = start;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  }
  return undefined;
}

/** Whether the token's last Chinese character is followed by no digit. */
function endsInHan(token: string): boolean {
  for (let i = token.length - 1; i >= 0; i--) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
    // A low surrogate: test the whole astral character (CJK extensions B and later).
    const ch = c >= 0xdc00 && c <= 0xdfff && i > 0 ? token.slice(--i, i + 2) : token[i]!;
    if (HAN.test(ch)) return true;
  }
  return false;
}

/** A number written with its unit (233件, 75.1552万元): a value in the wrong form, not a label. */
const WITH_UNIT = /^[\d.,]+\s*(?:件|个|条|项|份|次|人|万元|元)$/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DASHES = /^[-–—－]+$/;

function cell(raw: string, line: number, column: number, folded?: string): Cell {
  const text = folded ?? nfkc(raw).trim();
  // Labels are Chinese; a cell of Latin letters or digits stands in a number's place (OCR reads 0 as O).
  const value = PLACEHOLDER.test(text) || WITH_UNIT.test(text) || (!HAN.test(text) && !ENUMERATOR.test(text) && LETTER_OR_DIGIT.test(text)) || DASHES.test(text);
  return { raw, text, line, column, kind: value ? 'value' : 'label' };
}

/** A label reduced to what identifies it: letters and digits only. */
export function labelKey(text: string): string {
  const t = text.includes('[') ? text.replace(/\[bookmark:[^\]]*\]/g, '') : text;
  // Fast path for ASCII and CJK unified ideographs, where letters and digits are easy to tell.
  let key = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) key += t[i];
    else if (c >= 0x80 && !CJK_PUNCTUATION.has(c)) return t.replace(NOT_LETTER_OR_DIGIT, '');
  }
  return key;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
/** Punctuation and spaces of Chinese text (categories P and Zs: never letters or digits). */
const CJK_PUNCTUATION = new Set([...'、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛（）［］｛｝，．：；！？“”‘’\u3000—…·'].map((ch) => ch.charCodeAt(0)));

export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; problem: 'negative' | 'fraction' | 'not-a-number' | 'too-many-decimals' | 'unit' | 'too-large' | 'amount-too-large' };

/** A count or an amount as printed: thousands separators allowed, nothing else; never more than the limits hold exactly. */
export function parseNumber(text: string, decimals: number): ParsedNumber {
  // The common case skips the bounds check: 15 digits are always below MAX_COUNT, 9 below MAX_FEE.
  if (text.length <= (decimals ? MAX_FEE_INTEGER_DIGITS : 15) && isDigits(text)) return { ok: true, value: Number(text) };
  if (WITH_UNIT.test(text)) return { ok: false, problem: 'unit' };
  let t = text.replace(/\s/g, '').replace(/，/g, ',');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (/^[-−]\d+(?:\.\d+)?$/.test(t)) return { ok: false, problem: 'negative' };
  const point = t.indexOf('.');
  const whole = point < 0 ? t : t.slice(0, point);
  const fraction = point < 0 ? '' : t.slice(point + 1);
  if (!isDigits(whole) || (point >= 0 && !isDigits(fraction))) return { ok: false, problem: 'not-a-number' };
  if (fraction && decimals === 0) return { ok: false, problem: 'fraction' };
  if (fraction.length > decimals) return { ok: false, problem: 'too-many-decimals' };
  // Compared as digit strings: as numbers, 9007199254740993 would already be ...992 and 400 nines Infinity.
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (decimals === 0 ? !withinDigits(digits, MAX_COUNT_DIGITS) : digits.length > MAX_FEE_INTEGER_DIGITS) {
    return { ok: false, problem: decimals === 0 ? 'too-large' : 'amount-too-large' };
  }
  return { ok: true, value: Number(fraction ? `${digits}.${fraction}` : digits) };
}

const MAX_COUNT_DIGITS = String(MAX_COUNT);

/** Whether a decimal digit string without leading zeros is at most `max`. */
const withinDigits = (digits: string, max: string) => digits.length < max.length || (digits.length === max.length && digits <= max);
