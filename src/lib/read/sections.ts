/**
 * Find the title and the six section headings of a report. Headings come as
 * `一、总体情况`, `1、 总体情况`, `## 一、总体情况`, with varying wording;
 * they are searched in order, so a table row such as `四、结转下年度继续办理`
 * or a paragraph repeating a heading is never taken for one.
 */
import { SECTIONS, type SectionId } from '../model/catalogue.ts';

export interface SectionSpan {
  id: SectionId;
  /** 1-based line of the heading. */
  heading: number;
  /** Lines of the body: [start, end), 1-based, heading excluded. */
  start: number;
  end: number;
}

// The numeral must be followed by 部分, a separator or a space: 二是… and 2023年… start sentences, not sections.
const HEADING = /^\s*(?:#{1,6}\s*)?(?:第)?([一二三四五六1-6１-６])(?:\s*部分\s*[、.．,，:：]?|\s*[、.．,，:：]|\s)\s*(.+)$/;
const ARABIC: Record<string, number> = { '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5 };
const NUMERALS = '一二三四五六';
const MAX_HEADING_LENGTH = 60;

/** What a heading can start with, after spaces and Markdown's #: checked before the costly NFKC. */
const HEADING_START = new Set('第一二三四五六123456１２３４５６');
/** What follows a heading's numeral: 部分, a separator or a space (see HEADING). */
const AFTER_NUMERAL = new Set('部、.．,，:： \t\u3000\u00a0');

function mayBeHeading(line: string): boolean {
  let i = 0;
  while (i < line.length && ('# \t\u3000\u00a0'.includes(line[i]!))) i++;
  if (line[i] === '第') i++;
  return HEADING_START.has(line[i]!) && AFTER_NUMERAL.has(line[i + 1]!);
}

export function headingIndex(line: string): { index: number; title: string } | undefined {
  if (line.length > MAX_HEADING_LENGTH + 10 || !mayBeHeading(line)) return undefined;
  const m = HEADING.exec(line.normalize('NFKC'));
  if (!m) return undefined;
  const numeral = m[1]!;
  const index = NUMERALS.includes(numeral) ? NUMERALS.indexOf(numeral) : ARABIC[numeral]!;
  const title = m[2]!.trim();
  if (title.length > MAX_HEADING_LENGTH) return undefined;
  const section = SECTIONS[index]!;
  return section.key.test(title) ? { index, title } : undefined;
}

/** Sections found, in order; a section not found is absent from the result. */
export function findSections(lines: readonly string[]): SectionSpan[] {
  const found: Array<{ index: number; line: number }> = [];
  let next = 0;
  for (let i = 0; i < lines.length && next < SECTIONS.length; i++) {
    const h = headingIndex(lines[i]!);
    // A later section may be found even if an earlier one is missing, never an earlier one again.
    if (h && h.index >= next) {
      found.push({ index: h.index, line: i + 1 });
      next = h.index + 1;
    }
  }
  return found.map((f, k) => ({
    id: SECTIONS[f.index]!.id,
    heading: f.line,
    start: f.line + 1,
    end: k + 1 < found.length ? found[k + 1]!.line : lines.length + 1,
  }));
}
