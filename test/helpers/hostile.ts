/**
 * A body and two reports written by someone hostile, for tests that report
 * text never becomes markup, links or spreadsheet formulas.
 *
 *   makeContent({ name: 'hostile', bodies: [], files: hostileFiles() });
 *   // -> hostile-test/body.yml, hostile-test/2023.txt, hostile-test/2022.md
 *
 * The body's name and aliases start with = @ - (formula triggers in a
 * spreadsheet) and contain quotes; the narratives hold a <script>, an <img
 * onerror>, an inline event handler and a Markdown javascript: link. The
 * tables are a real seed's (zhengdong-social-affairs-2023), so the reports
 * pass every check and are published.
 */
import { seedFile } from './site.ts';

export const HOSTILE_ID = 'hostile-test';
export const HOSTILE_REPORTS = [`${HOSTILE_ID}-2022`, `${HOSTILE_ID}-2023`];
export const HOSTILE_NAME = '=HYPERLINK("//x.cn")测试局';
export const HOSTILE_ALIASES = ['=1+2测试局', '@SUM(A1)测试局', '-2+3测试局'];
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const EVENT = '<b onmouseover=alert(1)>粗体</b>';
export const MD_LINK = '[点此](javascript:alert(1))';

const SEED = 'zhengdong-social-affairs/2023.txt';
const SEED_TITLE = '郑州市郑东新区社会事业局 2023 年政府信息公开工作年度报告';

function replaceOnce(text: string, find: string, by: string): string {
  if (!text.includes(find)) throw new Error(`hostile fixture: ${SEED} no longer contains ${JSON.stringify(find)}`);
  return text.replace(find, by);
}

/** A real seed re-titled for the hostile body, with markup in its narrative. */
export function hostileReport(year: number): string {
  let text = seedFile(SEED);
  text = replaceOnce(text, SEED_TITLE, `${HOSTILE_NAME} ${year} 年政府信息公开工作年度报告`);
  text = replaceOnce(text, '一、总体情况\n', `一、总体情况\n\n${SCRIPT} 与 ${IMG} 不应成为标签；${MD_LINK}；&amp; 原样显示。\n`);
  text = replaceOnce(text, '五、存在的主要问题及改进情况\n', `五、存在的主要问题及改进情况\n\n${EVENT}\n`);
  return text;
}

export const HOSTILE_BODY = `name: '${HOSTILE_NAME}'
aliases:
${HOSTILE_ALIASES.map((a) => `  - '${a}'`).join('\n')}
region:
  province: 河南省
  city: 郑州市
  county: 郑东新区
kind: department
`;

/** Files for makeContent: the hostile body with a .txt and a .md report. */
export function hostileFiles(): Record<string, string> {
  return {
    [`${HOSTILE_ID}/body.yml`]: HOSTILE_BODY,
    [`${HOSTILE_ID}/2023.txt`]: hostileReport(2023),
    [`${HOSTILE_ID}/2022.md`]: hostileReport(2022),
  };
}
