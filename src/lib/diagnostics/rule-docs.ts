/**
 * What each rule id means, for the about and contributing pages. Typed by
 * RuleId, so a rule added to diagnostic.ts without a description here fails
 * the type check instead of going undocumented.
 */
import { RULE_IDS, WAIVABLE_RULES, type RuleId } from './diagnostic.ts';
import { FEE_DECIMALS, MAX_COUNT } from '../model/numbers.ts';
import { MAX_METADATA_BYTES, MAX_REPORT_BYTES } from '../corpus/files.ts';

export type RuleKind = 'consistency' | 'reading' | 'file' | 'cross-year';

export const RULE_KINDS: Record<RuleKind, string> = {
  consistency: '表格勾稽关系',
  reading: '表格与标题的读取',
  file: '文件与元数据',
  'cross-year': '跨年核对',
};

interface RuleText {
  kind: RuleKind;
  /** What the rule requires. */
  meaning: string;
  /** What a contributor does when it fails. */
  fix: string;
}

const TEXTS: Record<RuleId, RuleText> = {
  'applications-balance': {
    kind: 'consistency',
    meaning: '表三每一列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理。表格自身注明“第一项加第二项之和，等于第三项加第四项之和”。',
    fix: '对照原报告核对这四行的数字；若原报告本身如此，见下文“更正与豁免”。',
  },
  'applications-outcome-sum': {
    kind: 'consistency',
    meaning: '表三每一列：（七）总计 = （一）予以公开至（六）其他处理共 21 项办理结果之和。',
    fix: '逐项核对办理结果各行，常见原因是漏抄或错位了一行。',
  },
  'applications-row-total': {
    kind: 'consistency',
    meaning: '表三每一行：总计列 = 自然人与法人或其他组织五列（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。',
    fix: '核对该行的七个数字是否按列对齐、有无漏格。',
  },
  'appeals-total': {
    kind: 'consistency',
    meaning: '表四每一组（行政复议、未经复议直接起诉、复议后起诉）：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
    fix: '核对表四的 15 个数字及其顺序。',
  },
  'cell-count': {
    kind: 'reading',
    meaning: '表格的每一行恰有该表规定个数的数值：表三每行 7 个，表四共 15 个，表二规章和规范性文件各 3 个、其余各 1 个。',
    fix: '对照原报告逐格核对该行；空格子填 0，一个格子只能有一个数。',
  },
  'cell-value': {
    kind: 'reading',
    meaning: `件数是不超过 ${MAX_COUNT} 的非负整数；行政事业性收费金额是以万元计、小于 10 亿万元的非负数，最多 ${FEE_DECIMALS} 位小数。超出范围的数字会被改变或写成科学计数法，所以一律报错。`,
    fix: '把该单元格改为数字（没有则填 0）；金额以万元计。',
  },
  'table-missing': {
    kind: 'reading',
    meaning: '二、三、四三个部分的标题及其表格都能找到。',
    fix: '让该部分标题单独成行，如“三、收到和处理政府信息公开申请情况”，表格紧随其后。',
  },
  'row-missing': {
    kind: 'reading',
    meaning: '每张表的每一行都在，且不重复；行按行名识别，不按位置。',
    fix: '补上缺失的行，或把折行的行名接回一行；行名可以有出入，但须含有该行的关键词。',
  },
  'title-year': {
    kind: 'reading',
    meaning: '标题中能读出报告年度，且与文件名 <年份>.txt 一致。',
    fix: '按标题改正文件名；年度指所报告的年度，不是发布年份。',
  },
  'title-agency': {
    kind: 'reading',
    meaning: '标题中能读出机关名称，且是所在目录 body.yml 中的名称或别名之一。',
    fix: '若是同一机关的另一写法，把它加入 body.yml 的 aliases；否则把文件移到正确机关的目录。',
  },
  'duplicate-report': {
    kind: 'file',
    meaning: '每个机关每年只有一份报告，每个机关只有一个目录。',
    fix: '删去重复的文件或目录，保留一份。',
  },
  'file-encoding': {
    kind: 'file',
    meaning: '报告是纯文本，不是 Word、PDF 或二进制文件；content/reports 中的报告须为 UTF-8 编码（在别处用 gongkai parse 读取 GBK 文件时只作警告）。',
    fix: '用 npx gongkai add 文件 导入，或把全文复制到 UTF-8 的 .txt 文件中。',
  },
  'file-type': {
    kind: 'file',
    meaning: 'content/reports 中只读取普通文件：符号链接（哪怕指向好文件）、放在文件位置上的目录、命名管道和设备文件都不读取，各报一个错误。',
    fix: '把链接或目录换成文件本身，或删除它。',
  },
  'file-size': {
    kind: 'file',
    meaning: `报告文件不超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB，body.yml 和 <年份>.yml 不超过 ${MAX_METADATA_BYTES / 1024} KB；真实的年度报告远小于此。`,
    fix: '检查是否误放了别的文件，或文件中是否有大量重复内容。',
  },
  correction: {
    kind: 'file',
    meaning: '<年份>.yml 中的每条更正记录所指的行存在，且该行原文与记录中的 published 逐字一致。',
    fix: '报告原文或更正记录被改动过：让 published 与该行原文逐字一致，或改正行号。',
  },
  waiver: {
    kind: 'file',
    meaning: '<年份>.yml 中的每条豁免记录对应一个确实存在、且允许豁免的问题（只有勾稽关系和机关名称可以豁免）。',
    fix: '删除多余的豁免记录，或改正其规则编号和行号。',
  },
  'body-metadata': {
    kind: 'file',
    meaning: '机关目录中有 body.yml，且字段合规：name、aliases、region（province、city、county）、kind（government 或 department）、website。',
    fix: '参照其他机关的 body.yml 补全或改正。',
  },
  'report-metadata': {
    kind: 'file',
    meaning: '<年份>.yml 字段合规：source（原文网址）、retrieved 和 added（YYYY-MM-DD）、corrections、waivers。',
    fix: '按报错所指的字段改正 YAML。',
  },
  'file-layout': {
    kind: 'file',
    meaning: '文件放在 content/reports/<机关编号>/<年份>.txt（或 .md），目录名只用小写字母、数字和连字符；五、六两部分缺失时给出警告。',
    fix: '按规定的目录结构移动或改名。',
  },
  'documents-in-force': {
    kind: 'cross-year',
    meaning: '表二的规章和行政规范性文件：本年“现行有效件数”通常应等于上一年报告的“现行有效件数” + 本年“本年制发件数” − 本年“本年废止件数”。统计口径时有调整，所以只作警告。',
    fix: '无须处理；若是抄录错误，请改正相应年份的报告。',
  },
  'cross-year': {
    kind: 'cross-year',
    meaning: '本年的“二、上年结转”通常应等于上一年报告的“四、结转下年度继续办理”。机关时有调整，所以只作警告。',
    fix: '无须处理；若是抄录错误，请改正相应年份的报告。',
  },
  'label-variant': {
    kind: 'reading',
    meaning: '报告中的行名与格式规定的写法不同（错别字或异写），但与表格顺序中应出现的那一行最接近、且不可能是别的行，于是按该行读取并给出警告。',
    fix: '核对该行数字是否确属这一行；若行名确实写错，无须处理。',
  },
  'template-order': {
    kind: 'reading',
    meaning: '表格的数值与行名分离（如从 PDF 按阅读顺序复制的文字），但数值个数恰好等于格式规定的格子数，且按规定顺序放置后每行的合计都与总计列一致，于是按格式顺序读取并给出警告。',
    fix: '最好从原文件重新导入（npx gongkai add 原文件.pdf），或把表格整理为一行一行的形式。',
  },
  'other-combined': {
    kind: 'reading',
    meaning: '表三的“（六）其他处理”印成一行、没有分列其下 3 项（2019 年版格式的写法）时，按一行读取，并用它核对总计；其下 3 项记为未知，不当作 0。',
    fix: '无须处理；若原报告其实分列了 3 项，请按原文补上这 3 行。',
  },
  'column-order': {
    kind: 'reading',
    meaning: '表三的七个申请人列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）按表头印出的顺序读取；顺序与格式规定不同时给出警告。只在表头清楚时这样做：七个列名印在同一行；表头分几行印时按格式规定的顺序读取。',
    fix: '核对各列数字确属表头所写的列；无须修改原文。',
  },
  'glued-cells': {
    kind: 'reading',
    meaning: '表格的单元格之间没有分隔（行名与数字、数字与数字连在一起），无法确定每个格子的值。',
    fix: '用制表符或至少两个空格分隔单元格，或从原文件重新导入。',
  },
};

export interface RuleDoc extends RuleText {
  id: RuleId;
  /** Whether a maintainer may waive it for one report, with a reason. */
  waivable: boolean;
}

/** Every rule, in the order of RULE_IDS. */
export const RULE_DOCS: readonly RuleDoc[] = RULE_IDS.map((id) => ({ id, ...TEXTS[id], waivable: WAIVABLE_RULES.has(id) }));
