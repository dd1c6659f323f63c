/**
 * Every contributor-facing message, in one place. Each says what was found,
 * what was expected, and where it helps, how to fix it. Wording changes show
 * up in the snapshot tests.
 */
import type { Encoding } from '../read/decode.ts';
import { FEE_DECIMALS, MAX_COUNT, MAX_FEE } from '../model/numbers.ts';

const n = (x: number) => String(x);
const q = (s: string) => `「${s}」`;
/** A cell can be megabytes long; a message quotes enough of it to find it. */
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…（共 ${s.length} 个字符）` : s);

export const messages = {
  unreadable: {
    docx: ['这是 Word 文档（.docx），不是纯文本报告', '请运行 npx gongkai add 文件.docx 导入，或把报告全文复制粘贴到 .txt 文件中。'],
    doc: ['这是旧版 Word 文档（.doc），无法直接读取', '请在 Word 中另存为 .docx 后运行 npx gongkai add 导入，或把全文复制到 .txt 文件中。'],
    pdf: ['这是 PDF 文件，不是纯文本报告', '请运行 npx gongkai add 文件.pdf 导入（自动读取 PDF 的文字层），或把报告全文复制粘贴到 .txt 文件中。'],
    binary: ['文件含有二进制内容，不是文本文件', '请提交报告全文的纯文本（.txt 或 .md，UTF-8 编码）。'],
    'unknown-encoding': ['无法识别文件编码：既不是 UTF-8，也不是 GBK/GB18030', '请用文本编辑器以 UTF-8 编码另存后再提交。'],
  } as Record<string, [string, string]>,
  encodingNotUtf8: (encoding: Encoding) =>
    [
      `文件编码为 ${encoding === 'gb18030' ? 'GBK/GB18030' : encoding.toUpperCase()}，content/reports 中的报告须为 UTF-8（无 BOM 亦可）`,
      // iconv's UTF-16 reads the byte-order mark, so one name covers both byte orders.
      `请运行 npx gongkai add 文件 导入（自动转换），或执行 iconv -f ${encoding === 'gb18030' ? 'GB18030' : 'UTF-16'} -t UTF-8 原文件 > 新文件。`,
    ] as const,
  encodingConverted: (encoding: Encoding) =>
    `文件编码为 ${encoding === 'gb18030' ? 'GBK/GB18030' : encoding.toUpperCase()}，已按该编码读取；提交到 content/reports 前须转为 UTF-8`,
  titleMissing: '未找到报告标题：文件开头应为“××机关××××年政府信息公开工作年度报告”',
  titleNoYear: (title: string) => `标题${q(title)}中没有年份，应写明报告年度，如“2023年政府信息公开工作年度报告”`,
  titleNoAgency: (title: string) => `标题${q(title)}中没有机关名称，应为“××机关××××年政府信息公开工作年度报告”`,
  titleYearMismatch: (year: number, expected: number, file: string) =>
    `标题中的年份为 ${year} 年，但文件名 ${file} 表示 ${expected} 年；二者应一致`,
  titleAgencyMismatch: (agency: string, names: readonly string[]) =>
    `标题中的机关${q(agency)}与所在目录的机关不符，应为 ${names.map(q).join('、')} 之一`,
  titleAgencyHint: '若这是同一机关的另一写法，请把它加入该机关 body.yml 的 aliases；否则请把文件移到正确机关的目录。',
  sectionMissing: (numeral: string, title: string) => `未找到第${numeral}部分${q(`${numeral}、${title}`)}及其表格`,
  sectionMissingHint: '表格部分的标题应单独成行，如“三、收到和处理政府信息公开申请情况”。',
  narrativeMissing: (numeral: string, title: string) => `未找到第${numeral}部分${q(`${numeral}、${title}`)}`,
  rowMissing: (table: string, label: string, before?: string) =>
    `${table}缺少${q(label)}行${before ? `，应位于${q(before)}行之前` : ''}`,
  tableCut: (table: string, from: string, count: number) =>
    `${table}在此中断：从${q(from)}行起的 ${count} 行都没有找到，文件可能不完整`,
  tableCutHint: '请对照原报告，把表格剩余各行补全（复制时常漏掉表格末尾或分页后的部分）。',
  labelVariant: (table: string, published: string, official: string) =>
    `${table}中的行名${q(published)}与格式规定的行名不完全相同，按表格顺序和字面最接近的${q(official)}行读取`,
  templateOrder: (table: string, count: number) =>
    `${table}的数值与行名不在一起（常见于从 PDF 按阅读顺序复制的文字），已按格式规定的行列顺序放置全部 ${count} 个数值，且每行合计与总计列一致`,
  gluedCells: (table: string, sample: string) =>
    `${table}的单元格没有分隔开：${q(sample)}中行名和数字连在一起，无法分辨每个单元格`,
  otherCombined:
    '表三（收到和处理申请）把“（六）其他处理”印成一行（2019 年版格式的写法），没有分列其下 3 项；已按一行读取并核对，这 3 项记为“未分列”（未知，不是 0）',
  columnOrder: (names: readonly string[]) =>
    `表三（收到和处理申请）的申请人列不是格式规定的顺序，而是 ${names.join('、')}：已按表头的顺序读取每一列`,
  readingOrder: (table: string) =>
    `${table}的数值与行名不在一起（常见于从 PDF 按阅读顺序复制的文字），且无法确定每个数值属于哪一格：没有读取这张表，以免把数值放错格子`,
  readingOrderHint: '请用 npx gongkai add 原文件.pdf 直接导入 PDF（按位置重建表格），或把这张表整理成每行“行名 数值…”的形式。',
  gluedHeading: (numeral: string, title: string, sample: string) =>
    `第${numeral}部分${q(`${numeral}、${title}`)}的标题和表格与前后文字连在同一行（${q(sample)}），单元格没有分隔开，无法读取表格`,
  gluedCellsHint: '请用制表符（Tab）或至少两个空格分隔每个单元格，或从原文件重新导入（npx gongkai add 原文件.pdf/.docx/.html）。',
  rowDuplicate: (table: string, label: string, first: number) => `${table}中${q(label)}行重复出现（第 ${first} 行已有）`,
  strayValues: (table: string, count: number, label?: string) =>
    label
      ? `${table}中${q(label)}不是该表的行，其后的 ${count} 个数值无法归属`
      : `${table}中有 ${count} 个数值前面没有行名，无法归属到任何一行`,
  tooManyCells: (table: string, label: string, found: number, expected: number) =>
    `${table}${q(label)}行有 ${found} 个数值，应为 ${expected} 个（多出 ${found - expected} 个）`,
  tooFewCells: (table: string, label: string, found: number, expected: number) =>
    `${table}${q(label)}行只有 ${found} 个数值，应为 ${expected} 个（缺少 ${expected - found} 个）`,
  cellCountHint: '请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。',
  cellValue: (table: string, label: string, column: string, raw: string, problem: string) =>
    `${table}${q(label)}行${column ? `${q(column)}列` : ''}的值${q(clip(raw))}${problem}`,
  cellProblem: {
    negative: '是负数，应为非负整数',
    fraction: '不是整数，件数应为非负整数',
    'not-a-number': '不是数字，应为非负整数（没有则填 0）',
    'too-many-decimals': `的小数超过 ${FEE_DECIMALS} 位，收费金额以万元计，最多保留 ${FEE_DECIMALS} 位小数`,
    'too-large': `超出件数的上限 ${MAX_COUNT}：请对照原报告核对这个数字`,
    'amount-too-large': `超出收费金额的上限 ${MAX_FEE} 万元：请对照原报告核对这个数字（单位为万元）`,
    'not-an-amount': '不是数字，应为以万元计的金额（没有则填 0）',
    unit: '带有单位，单元格中应只写数字（单位见表头）',
  } as Record<string, string>,
  balance: (column: string, a: number, b: number, c: number, d: number) =>
    `${q(column)}列：一、新收 ${n(a)} + 二、上年结转 ${n(b)} = ${n(a + b)}，但三、（七）总计 ${n(c)} + 四、结转下年度 ${n(d)} = ${n(c + d)}；二者应相等`,
  balanceHint: '表格注明“第一项加第二项之和，等于第三项加第四项之和”，请核对这四行。',
  outcomeSum: (column: string, total: number, sum: number) =>
    `${q(column)}列：（七）总计为 ${n(total)}，但（一）至（六）各项办理结果之和为 ${n(sum)}；二者应相等`,
  rowTotal: (label: string, total: number, sum: number) =>
    `${q(label)}行：总计列为 ${n(total)}，但自然人与法人或其他组织各列之和为 ${n(sum)}；二者应相等`,
  appealsTotal: (group: string, total: number, sum: number, parts: readonly number[]) =>
    `${group}：总计为 ${n(total)}，但结果维持 ${n(parts[0]!)} + 结果纠正 ${n(parts[1]!)} + 其他结果 ${n(parts[2]!)} + 尚未审结 ${n(parts[3]!)} = ${n(sum)}；二者应相等`,
  correctionStale: (line: number, published: string, actual: string) =>
    `更正记录所指第 ${line} 行的原文为${q(actual)}，与更正记录中的原文${q(published)}不符`,
  correctionStaleHint: '报告原文或更正记录被改动过：请让更正记录的 published 与该行原文逐字一致。',
  correctionOutOfRange: (line: number, lines: number) => `更正记录指向第 ${line} 行，但文件只有 ${lines} 行`,
} as const;

export const TABLE_NAMES = {
  active_disclosure: '表二（主动公开）',
  applications: '表三（收到和处理申请）',
  review_litigation: '表四（行政复议、行政诉讼）',
} as const;
