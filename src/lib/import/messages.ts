/**
 * What `gongkai add` tells a contributor, in one place so wording changes
 * show in the snapshot tests.
 */
import type { Encoding } from '../read/decode.ts';
import type { Region } from '../model/metadata.ts';
import type { InputFormat } from './read-input.ts';

const q = (s: string) => `「${s}」`;

const FORMATS: Record<InputFormat, string> = {
  text: '纯文本',
  markdown: 'Markdown 文本',
  html: '网页',
  docx: 'Word 文档',
  pdf: 'PDF 文件',
};

const ENCODINGS: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': '带 BOM 的 UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'gb18030': 'GBK/GB18030',
};

/** A file name or message from a stranger, safe in one table cell of a terminal or CI log. */
const cell = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').replace(/\|/g, '\\|');

export const addMessages = {
  usage: '用法：gongkai add 文件或目录 [--body 机关编号] [--year 年份] [--source 网址] [--retrieved 日期] [--force] [--root 目录]',
  badBodyId: (id: string) => `--body ${q(id)} 不合规：机关编号只能用小写字母、数字和连字符，如 zhengzhou-hrss`,
  badYear: (year: string) => `--year ${q(year)} 不是年份：应为四位数字，如 2023`,
  badSource: (url: string) => `--source ${q(url)} 不是网址：应为报告所在网页的完整地址，以 http:// 或 https:// 开头`,
  badRetrieved: (date: string) => `--retrieved ${q(date)} 不是日期：应写成 年-月-日，如 2024-03-01`,
  noRoot: (root: string) => `找不到报告目录 ${root}：请在仓库根目录运行，或用 --root 指定目录`,
  folderOptions: '导入整个目录时不能用 --body、--year 或 --source（它们只适用于一份报告）；请逐个文件导入，或去掉这些选项',
  folderEmpty: (path: string) => `${path} 中没有可导入的报告文件（.pdf、.docx、.html、.txt、.md）`,
  folderSummary: (rows: ReadonlyArray<{ file: string; id?: string; year?: number; errors: number; warnings: number; refused?: string }>) =>
    [
      `共 ${rows.length} 个文件：${rows.filter((r) => !r.refused && !r.errors).length} 个已导入且没有错误，${rows.filter((r) => !r.refused && r.errors).length} 个已导入但有错误，${rows.filter((r) => r.refused).length} 个未导入`,
      '',
      '| 文件 | 机关目录 | 年份 | 错误 | 警告 | 结果 |',
      '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${cell(r.file)} | ${r.id ?? '—'} | ${r.year ?? '—'} | ${r.refused ? '—' : r.errors} | ${r.refused ? '—' : r.warnings} | ${r.refused ? `未导入：${cell(r.refused)}` : r.errors ? '有错误，请按上面的提示修改' : '可以提交'} |`),
    ].join('\n'),

  unreadable: (file: string, message: string, hint: string) => `${file}：${message}\n  ${hint}\n没有添加任何文件。`,
  noYear: (file: string) =>
    `${file}：标题中读不出报告年度。\n  请在命令后加上 --year 年份（如 --year 2023），或把标题改为“××机关2023年政府信息公开工作年度报告”。\n没有添加任何文件。`,
  noAgency: (file: string) =>
    `${file}：标题中读不出机关名称，无法确定报告属于哪个机关。\n  已有机关的报告，请加上 --body 机关编号（content/reports 下的目录名）；新机关请先把标题改为“××机关××××年政府信息公开工作年度报告”。\n没有添加任何文件。`,
  exists: (path: string, year: number) =>
    `${path} 已存在：${year} 年的报告已经收录。\n  若要用这个文件替换它，请加上 --force（原有的 ${year}.yml 中的来源、更正和豁免记录会保留）。\n没有添加任何文件。`,
  notInside: (path: string, what: string) =>
    `${path} 是${what}：gongkai add 只在 content/reports 之内写入普通文件，不经过符号链接写到别处。\n  请把它换成目录或文件本身，或删除它后重新导入。\n没有添加任何文件。`,
  writeFailed: (detail: string) => `写入失败：${detail}\n没有留下任何写了一半的文件。`,

  imported: (file: string, format: InputFormat) => `已导入 ${file}（${FORMATS[format]}）`,
  /** The comment in <year>.yml saying what the text was converted from, so the original can be found and compared. */
  convertedFrom: (format: InputFormat, name: string, sha256: string) =>
    `由 npx gongkai add 从${/^[A-Za-z]/.test(FORMATS[format]) ? ' ' : ''}${FORMATS[format]} ${name}（sha256 ${sha256}）转换为文本。`,
  converted: (encoding: Encoding | undefined, crlf: boolean) => {
    const parts = [
      ...(encoding && encoding !== 'utf-8' ? [`原文件编码为 ${ENCODINGS[encoding]}，已转为 UTF-8`] : []),
      ...(crlf ? ['Windows 换行符（CRLF）已转为 LF'] : []),
    ];
    return parts.length ? `  ${parts.join('；')}` : undefined;
  },
  wrote: (path: string, replaced: boolean) => `  → ${path}${replaced ? '（已替换原文件）' : ''}`,
  removed: (path: string) => `  × ${path}（已删除：同一年份只保留一份报告）`,
  existingBody: (name: string, id: string, alias?: string) =>
    `机关：${name}（已有机关，目录 ${id}${alias ? `；标题中的${q(alias)}是它的别名` : ''}）`,
  chosenBody: (id: string) => `机关：目录 ${id}（由 --body 指定）`,
  newBody: (name: string, id: string, chosen: boolean) =>
    `新机关：${name}，编号 ${id}${chosen ? '（由 --body 指定）' : '（由机关名称的拼音生成；想用更短的编号，可删除这个目录后加 --body 编号 重新导入）'}`,
  region: (region: Region, todo: boolean) =>
    todo
      ? `  地区未能从机关名称推断：请在 body.yml 中把 TODO 换成实际的地区`
      : `  地区按机关名称推断为 ${[region.province, region.city, region.county].filter(Boolean).join(' ')}，请在 body.yml 中核对`,
  year: (year: number, fromTitle: boolean) => `年份：${year}（${fromTitle ? '读自标题' : '由 --year 指定'}）`,
  noSource: '提示：加上 --source 网址 --retrieved 日期，记录报告的来源网页和获取日期（提交 Pull Request 时需要）。',

  checked: (dir: string, errors: number, warnings: number) =>
    `检查 ${dir}：${errors ? `${errors} 个错误` : '没有错误'}${warnings ? `，${warnings} 个警告` : ''}`,
  nextOk: (dir: string) => `可以提交了：git add ${dir}，git commit，然后发起 Pull Request（步骤见 CONTRIBUTING.md）。`,
  nextFix: (dir: string) =>
    `报告已添加，但还有错误（见上）。请按提示修改 ${dir} 中的文件，再运行 npx gongkai check ${dir}，直到没有错误；每条规则的含义和改法见 CONTRIBUTING.md。`,
} as const;
