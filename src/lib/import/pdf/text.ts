/**
 * Putting pieces of text back together the way they were typed: Chinese
 * runs with no spaces between them, Latin letters and digits with the
 * space the PDF shows. A PDF has no words, only glyphs at positions, so a
 * space is whatever gap, or space glyph, stood between two pieces.
 */

/** Han characters, CJK punctuation, full-width forms and the quotes and dashes Chinese text uses. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026\u00b7]/u;

export const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);

/** `a` then `b`, with a space between them when the PDF put one there and either side is not Chinese. */
export function joinText(a: string, b: string, spaced: boolean): string {
  if (!a) return b;
  if (!b) return a;
  const last = a.at(-1)!;
  const first = b[0]!;
  if (/\s/.test(last) || /\s/.test(first)) return a + b;
  return spaced && !(isCjk(last) && isCjk(first)) ? `${a} ${b}` : a + b;
}

/**
 * Spaces between two Chinese characters dropped: tables justify short
 * labels across their cell (商 业 企 业, 结 果), and the label is 商业企业.
 */
export const closeUpCjk = (s: string) => s.replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])[ \u00a0\u3000]+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '').trim();

/**
 * Kangxi radicals and CJK compatibility ideographs folded to the ideographs
 * they stand for: WPS and Word often embed fonts whose 行 or 金 maps to
 * ⾏ (U+2F8F) or ⾦ (U+2FA6), which look the same but match and sort as
 * something else. pdf.js folds ligatures, not these.
 */
export const foldIdeographs = (s: string) => s.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/gu, (ch) => ch.normalize('NFKC'));
