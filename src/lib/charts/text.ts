/**
 * Text width estimates for laying out labels without a browser. Chinese
 * characters are about one em wide, Latin letters and digits about 0.6 em;
 * layouts add a little slack rather than trusting the estimate.
 */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

export const maxTextWidth = (texts: readonly string[], fontSize: number): number =>
  texts.reduce((w, t) => Math.max(w, textWidth(t, fontSize)), 0);
