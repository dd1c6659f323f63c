/**
 * Prose lines to paragraphs. A PDF breaks a paragraph wherever the page is
 * full, and a page break cuts it too; the lines of one paragraph are joined
 * again. A line continues the one before when this one starts at the left
 * edge of the text and that one runs to the right edge: a new paragraph is
 * indented (two characters in Chinese reports), and a heading or the end of
 * a paragraph stops short of the right edge. Text set ragged-right stops a
 * few characters short when a number or a bracket would not fit; such a
 * line continues unless it ends a sentence.
 */
import { isHeading, type Measure } from './layout.ts';
import { lineText, type Line } from './lines.ts';
import { isCjk, joinText } from './text.ts';

/** A heading's enumerator at the start of a line: 一、 （一） 第一. */
const HEADING_START = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[部章节条])/;
const ENDS_SENTENCE = /[。！？!?…][”’"』」）)]*$/;

export function paragraphs(lines: readonly Line[], m: Measure): string[] {
  const out: string[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    const text = lineText(line);
    if (prev && continues(prev, out.at(-1)!, line, text, m)) {
      const before = out.pop()!;
      // A line break inside Chinese text stands for nothing; between two Latin words, for a space.
      out.push(joinText(before, text, !isCjk(before.at(-1)) && !isCjk(text[0])));
    } else out.push(text);
    prev = line;
  }
  return out;
}

function continues(prev: Line, before: string, line: Line, text: string, m: Measure): boolean {
  if (isHeading(prev) || isHeading(line) || HEADING_START.test(text)) return false;
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > 0.15 * size || line.x0 > m.left + 0.5 * size) return false;
  const room = m.right - prev.x1;
  return room <= 1.5 * size || (room <= 5 * size && !ENDS_SENTENCE.test(before));
}
