/**
 * The body and the year from a report's title. Titles come over one or two
 * lines, with spaces anywhere, the year before or after the body's name:
 * `郑州市人力资源和社会保障局 2023 年政府信息公开 工作年度报告`,
 * `樟树市人社局2023年政府信息公开工作` + `年度报告`, `2023年度XX局政府信息公开工作报告`.
 */
export interface Title {
  text: string;
  line: number;
  /** Last line the title takes. */
  lastLine: number;
  agency?: string;
  year?: number;
}

const MAX_TITLE_LINES = 3;
const MAX_TITLE_LINE = 60;
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Markdown heading marks and Word bookmark residue, which are not part of a title. */
export const stripResidue = (line: string) => line.replace(/\[bookmark:[^\]]*\]/g, '').replace(/^\s*#{1,6}\s+/, '').trim();

export function readTitle(lines: readonly string[], before: number): Title | undefined {
  const candidates: Array<{ text: string; line: number }> = [];
  for (let i = 0; i < Math.min(before - 1, lines.length) && candidates.length < MAX_TITLE_LINES; i++) {
    const text = stripResidue(lines[i]!);
    if (!text) continue;
    if (text.length > MAX_TITLE_LINE) break;
    candidates.push({ text, line: i + 1 });
  }
  if (!candidates.length) return undefined;
  let joined = '';
  let lastLine = candidates[0]!.line;
  for (const c of candidates) {
    joined += c.text;
    lastLine = c.line;
    if (/报告$/.test(compact(joined))) break;
  }
  if (!/报告$/.test(compact(joined))) {
    joined = candidates[0]!.text;
    lastLine = candidates[0]!.line;
  }
  return { ...parseTitle(joined), line: candidates[0]!.line, lastLine };
}

/** NFKC-folded with all white space removed: how names and titles are compared. */
export const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** What the report is about; 人民政府信息公开 is 人民政府 + 信息公开, not 人民 + 政府信息公开. */
const DISCLOSURE = '(?:(?<!人民)政府信息公开|政务公开|信息公开)';
const WITH_YEAR = new RegExp(String.raw`^(.*?)((?:19|20)\d{2})年度?(.*?)${DISCLOSURE}.*$`);
const BEFORE_DISCLOSURE = new RegExp(`^(.*?)${DISCLOSURE}`);
/** The year may also come after the subject: 商务部政府信息公开工作2018年度报告. */
const YEAR_AFTER = /((?:19|20)\d{2})年度?报告/;

export function parseTitle(raw: string): Omit<Title, 'line' | 'lastLine'> {
  const text = compact(raw).replace(/([〇零一二三四五六七八九]{4})年/, (_, y: string) => [...y].map((c) => CHINESE_DIGITS[c]).join('') + '年');
  const withYear = WITH_YEAR.exec(text);
  if (withYear) {
    const agency = clean(withYear[1]! + withYear[3]!);
    return { text: raw.trim(), year: Number(withYear[2]), ...(agency ? { agency } : {}) };
  }
  const agency = clean(BEFORE_DISCLOSURE.exec(text)?.[1] ?? '');
  const year = YEAR_AFTER.exec(text)?.[1];
  return { text: raw.trim(), ...(year ? { year: Number(year) } : {}), ...(agency ? { agency } : {}) };
}

const clean = (s: string) => s.replace(/^[《“"]+|[》”"]+$/g, '').replace(/关于$/, '');
