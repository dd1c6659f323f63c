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
  if (separator) {
    for (let at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, last)) {
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
  return cells;
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
  if (startsLikeNumber(text) && NUMBERS_ONLY.test(text)) {
    for (const m of raw.matchAll(/\S+/g)) cells.push(cell(m[0], line, column + m.index));
    return;
  }
  const split = raw.length === text.length && endsLikeNumber(text) ? LABEL_THEN_NUMBERS.exec(text) : null;
  if (split) {
    // Same length, so offsets in the folded text are offsets in the raw one: cells keep what was written.
    cells.push(cell(raw.slice(0, split[1]!.length), line, column));
    const offset = text.length - split[2]!.length;
    for (const m of split[2]!.matchAll(/\S+/g)) cells.push(cell(raw.slice(offset + m.index, offset + m.index + m[0].length), line, column + offset + m.index));
    return;
  }
  cells.push(cell(raw, line, column, text));
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
