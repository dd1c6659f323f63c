/**
 * Every rule a report file can break, each fed a variant of a seed made by a
 * small named edit, with the exact lines and rule ids it must report and the
 * full text of its messages.
 */
import { describe, expect, it } from 'vitest';
import { APPEAL_GROUPS } from '../../../src/lib/model/catalogue.ts';
import type { ParseOptions } from '../../../src/lib/read/report.ts';
import type { ApplicationsRead } from '../../../src/lib/read/applications.ts';
import { checkAppeals, checkApplications } from '../../../src/lib/check/tables.ts';
import { cutBefore, deleteLines, insertValue, removeValue, replaceLine, setValue } from '../../fixtures/edits.ts';
import { gbk } from '../../fixtures/layouts.ts';
import { corrections, explained, golden, parseVariant, placeOf, seedText, type SeedName } from '../../fixtures/seeds.ts';

function check(seed: SeedName, text: string | Uint8Array, extra: ParseOptions = {}) {
  const result = parseVariant(seed, text, extra);
  return {
    report: result.report,
    /** [rule, line] of each error and warning, in order. */
    at: result.diagnostics.map((d) => [d.rule, d.line]),
    text: explained(placeOf(seed).file, result.diagnostics),
  };
}

const GOV = 'zhengzhou-government-2022';
const gov = () => seedText(GOV);
const ZD = 'zhengdong-social-affairs-2023';
const zd = () => seedText(ZD);
const HRSS = 'zhengzhou-hrss-2023';

describe('applications-balance', () => {
  it('四、结转下年度 raised by one in 自然人 and 总计: reported at each of its cells', () => {
    const r = check(GOV, setValue(setValue(gov(), 359, 0, '43', '44'), 365, 0, '57', '58'));
    expect(r.at).toEqual([
      ['applications-balance', 359],
      ['applications-balance', 365],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengzhou-government/2022.txt:359:2: error: 「自然人」列：一、新收 3126 + 二、上年结转 96 = 3222，但三、（七）总计 3179 + 四、结转下年度 44 = 3223；二者应相等 [applications-balance]
          表格注明“第一项加第二项之和，等于第三项加第四项之和”，请核对这四行。
      content/reports/zhengzhou-government/2022.txt:365:2: error: 「总计」列：一、新收 3325 + 二、上年结转 98 = 3423，但三、（七）总计 3366 + 四、结转下年度 58 = 3424；二者应相等 [applications-balance]
          表格注明“第一项加第二项之和，等于第三项加第四项之和”，请核对这四行。"
    `);
  });
});

describe('applications-outcome-sum', () => {
  it('3.其他 raised by one in 自然人 and 总计: reported at the （七）总计 cells', () => {
    const r = check(GOV, setValue(setValue(gov(), 340, 0, '258', '259'), 346, 0, '278', '279'));
    expect(r.at).toEqual([
      ['applications-outcome-sum', 350],
      ['applications-outcome-sum', 356],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengzhou-government/2022.txt:350:2: error: 「自然人」列：（七）总计为 3179，但（一）至（六）各项办理结果之和为 3180；二者应相等 [applications-outcome-sum]
      content/reports/zhengzhou-government/2022.txt:356:2: error: 「总计」列：（七）总计为 3366，但（一）至（六）各项办理结果之和为 3367；二者应相等 [applications-outcome-sum]"
    `);
  });
});

describe('applications-row-total', () => {
  it('one unit moved between the 总计 cells of 予以公开 and 部分公开: reported at each 总计 cell', () => {
    const r = check(GOV, setValue(setValue(gov(), 117, 0, '1554', '1555'), 127, 0, '234', '233'));
    expect(r.at).toEqual([
      ['applications-row-total', 117],
      ['applications-row-total', 127],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengzhou-government/2022.txt:117:2: error: 「三、本年度办理结果 （一）予以公开」行：总计列为 1555，但自然人与法人或其他组织各列之和为 1554；二者应相等 [applications-row-total]
      content/reports/zhengzhou-government/2022.txt:127:2: error: 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行：总计列为 233，但自然人与法人或其他组织各列之和为 234；二者应相等 [applications-row-total]"
    `);
  });

  it('one cell changed, 一、本年新收 自然人: breaks its row and its column', () => {
    const r = check(GOV, setValue(gov(), 92, 0, '3126', '3127'));
    expect(r.at).toEqual([
      ['applications-row-total', 98],
      ['applications-balance', 359],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengzhou-government/2022.txt:98:2: error: 「一、本年新收政府信息公开申请数量」行：总计列为 3325，但自然人与法人或其他组织各列之和为 3326；二者应相等 [applications-row-total]
      content/reports/zhengzhou-government/2022.txt:359:2: error: 「自然人」列：一、新收 3127 + 二、上年结转 96 = 3223，但三、（七）总计 3179 + 四、结转下年度 43 = 3222；二者应相等 [applications-balance]
          表格注明“第一项加第二项之和，等于第三项加第四项之和”，请核对这四行。"
    `);
  });
});

describe('appeals-total', () => {
  it('行政复议 总计 raised by one: reported at that cell', () => {
    const r = check(GOV, setValue(gov(), 401, 0, '146', '147'));
    expect(r.at).toEqual([['appeals-total', 401]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengzhou-government/2022.txt:401:2: error: 行政复议：总计为 147，但结果维持 91 + 结果纠正 16 + 其他结果 9 + 尚未审结 30 = 146；二者应相等 [appeals-total]"`);
  });

  it('复议后起诉 in a transposed table: reported at its own row', () => {
    const text = zd().replace(
      /^行政复议\t[\s\S]*?\n0(\t0){14}$/m,
      ['\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计', '行政复议\t0\t0\t0\t0\t0', '行政诉讼（未经复议直接起诉）\t0\t0\t0\t0\t0', '行政诉讼（复议后起诉）\t1\t0\t0\t0\t0'].join('\n'),
    );
    const r = check(ZD, text);
    expect(r.at).toEqual([['appeals-total', 72]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:72:21: error: 行政诉讼·复议后起诉：总计为 0，但结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 1；二者应相等 [appeals-total]"`);
  });
});

describe('cell-count', () => {
  it('an extra cell in 予以公开: reported at the row’s first value; no rule runs on it', () => {
    const r = check(ZD, insertValue(zd(), 43, 2, '0'));
    expect(r.at).toEqual([['cell-count', 43]]);
    expect(r.report).toBeUndefined();
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:43:20: error: 表三（收到和处理申请）「三、本年度办理结果 （一）予以公开」行有 8 个数值，应为 7 个（多出 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。"
    `);
  });

  it('a missing cell in 部分公开', () => {
    const r = check(ZD, removeValue(zd(), 44, 2));
    expect(r.at).toEqual([['cell-count', 44]]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:44:34: error: 表三（收到和处理申请）「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行只有 6 个数值，应为 7 个（缺少 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。"
    `);
  });

  it('a missing cell in the appeals row', () => {
    const r = check(ZD, removeValue(zd(), 72, 0));
    expect(r.at).toEqual([['cell-count', 72]]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:72:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行只有 14 个数值，应为 15 个（缺少 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。"
    `);
  });

  it('行政事业性收费, the table’s last row, left blank: reported at its label', () => {
    const r = check(ZD, replaceLine(zd(), 34, '行政事业性收费', '行政事业性收费\t\t\t'));
    expect(r.at).toEqual([['cell-count', 34]]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:34:1: error: 表二（主动公开）「行政事业性收费」行只有 0 个数值，应为 1 个（缺少 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。"
    `);
  });

  it('a row’s label lost: its values run on into the row before', () => {
    const r = check(ZD, replaceLine(zd(), 42, '上年结转', '\t\t0\t0\t0\t0\t0\t0\t0\t'));
    expect(r.at).toEqual([
      ['cell-count', 41],
      ['row-missing', 43],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:41:19: error: 表三（收到和处理申请）「一、本年新收政府信息公开申请数量」行有 14 个数值，应为 7 个（多出 7 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。
      content/reports/zhengdong-social-affairs/2023.txt:43:11: error: 表三（收到和处理申请）缺少「二、上年结转政府信息公开申请数量」行，应位于「三、本年度办理结果 （一）予以公开」行之前 [row-missing]"
    `);
  });
});

describe('cell-value', () => {
  it.each([
    ['—', 'a dash for none'],
    ['-3', 'a negative count'],
    ['2.5', 'a fraction'],
    ['abc', 'a word'],
    ['5件', 'a count with its unit'],
  ])('予以公开 自然人 written %s (%s): reported at the cell', (value) => {
    const r = check(ZD, setValue(zd(), 43, 0, '5', value));
    expect(r.at).toEqual([['cell-value', 43]]);
    expect(r.report).toBeUndefined();
    expect(r.text).toMatchSnapshot();
  });

  it('a fee with seven decimals (six, exact to the 分, are allowed)', () => {
    expect(check(ZD, setValue(zd(), 34, 0, '0', '4166.241619')).at).toEqual([]);
    const r = check(ZD, setValue(zd(), 34, 0, '0', '0.1234567'));
    expect(r.at).toEqual([['cell-value', 34]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:34:9: error: 表二（主动公开）「行政事业性收费」行「本年收费金额（万元）」列的值「0.1234567」的小数超过 6 位，收费金额以万元计，最多保留 6 位小数 [cell-value]"`);
  });

  it('a fee in words', () => {
    const r = check(ZD, setValue(zd(), 34, 0, '0', 'n/a'));
    expect(r.at).toEqual([['cell-value', 34]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:34:9: error: 表二（主动公开）「行政事业性收费」行「本年收费金额（万元）」列的值「n/a」不是数字，应为以万元计的金额（没有则填 0） [cell-value]"`);
  });
});

describe('variant spellings', () => {
  it('3.其它 for 3.其他 is the same row', () => {
    const line = zd().split('\n')[62]!;
    const text = replaceLine(zd(), 63, '3.其他', line.replace('3.其他', '3.其它'));
    expect(check(ZD, text).at).toEqual([]);
    expect(parseVariant(ZD, text).report).toEqual(golden(ZD));
  });
});

describe('table-missing', () => {
  it('section 四 deleted: reported at the next heading', () => {
    const r = check(ZD, deleteLines(zd(), 67, '四、政府信息公开行政复议', 72));
    expect(r.at).toEqual([['table-missing', 68]]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:68:1: error: 未找到第四部分「四、政府信息公开行政复议、行政诉讼情况」及其表格 [table-missing]
          表格部分的标题应单独成行，如“三、收到和处理政府信息公开申请情况”。"
    `);
  });

  it('the file cut in the middle of table 三: the rest of the rows, table 四 and sections 五, 六', () => {
    const r = check(ZD, cutBefore(zd(), 60));
    expect(r.report).toBeUndefined();
    expect(r.at).toEqual([
      ['file-layout', 59],
      ['file-layout', 59],
      ['row-missing', 59],
      ['table-missing', 59],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:59:1: warning: 未找到第五部分「五、存在的主要问题及改进情况」 [file-layout]
      content/reports/zhengdong-social-affairs/2023.txt:59:1: warning: 未找到第六部分「六、其他需要报告的事项」 [file-layout]
      content/reports/zhengdong-social-affairs/2023.txt:59:1: error: 表三（收到和处理申请）在此中断：从「5.要求行政机关确认或重新出具已获取信息」行起的 6 行都没有找到，文件可能不完整 [row-missing]
          请对照原报告，把表格剩余各行补全（复制时常漏掉表格末尾或分页后的部分）。
      content/reports/zhengdong-social-affairs/2023.txt:59:1: error: 未找到第四部分「四、政府信息公开行政复议、行政诉讼情况」及其表格 [table-missing]
          表格部分的标题应单独成行，如“三、收到和处理政府信息公开申请情况”。"
    `);
  });
});

describe('row-missing', () => {
  it('8.属于行政查询事项 deleted: reported at the line of the following row', () => {
    const r = check(ZD, deleteLines(zd(), 52, '8.属于行政查询事项'));
    expect(r.at).toEqual([['row-missing', 52]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:52:11: error: 表三（收到和处理申请）缺少「8.属于行政查询事项」行，应位于「（四）无法提供 1.本机关不掌握相关政府信息」行之前 [row-missing]"`);
  });

  it('the first row deleted', () => {
    const r = check(ZD, deleteLines(zd(), 41, '一、本年新收'));
    expect(r.at).toEqual([['row-missing', 41]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:41:1: error: 表三（收到和处理申请）缺少「一、本年新收政府信息公开申请数量」行，应位于「二、上年结转政府信息公开申请数量」行之前 [row-missing]"`);
  });

  it('the label of the first row lost: its values are not taken for the header’s 其他', () => {
    const r = check(ZD, replaceLine(zd(), 41, '一、本年新收', '\t\t5\t0\t0\t0\t3\t0\t8\t'));
    expect(r.at).toEqual([
      ['row-missing', 42],
      ['file-layout', 63],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:42:1: error: 表三（收到和处理申请）缺少「一、本年新收政府信息公开申请数量」行，应位于「二、上年结转政府信息公开申请数量」行之前 [row-missing]
      content/reports/zhengdong-social-affairs/2023.txt:63:1: error: 表三（收到和处理申请）中「3.其他」行重复出现（第 40 行已有） [file-layout]"
    `);
  });
});

describe('title-year', () => {
  it('no year in the title', () => {
    const r = check(ZD, replaceLine(zd(), 3, '2023 年', '郑州市郑东新区社会事业局政府信息公开工作年度报告'));
    expect(r.at).toEqual([['title-year', 3]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:3:1: error: 标题「郑州市郑东新区社会事业局政府信息公开工作年度报告」中没有年份，应写明报告年度，如“2023年政府信息公开工作年度报告” [title-year]"`);
  });

  it('a year differing from the file name', () => {
    const r = check(ZD, replaceLine(zd(), 3, '2023 年', '郑州市郑东新区社会事业局 2022 年政府信息公开工作年度报告'));
    expect(r.at).toEqual([['title-year', 3]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:3:1: error: 标题中的年份为 2022 年，但文件名 2023.txt 表示 2023 年；二者应一致 [title-year]"`);
  });

  it('the year reported on, not the file name, goes in the report when the file has no place', () => {
    const text = replaceLine(zd(), 3, '2023 年', '郑州市郑东新区社会事业局 2022 年政府信息公开工作年度报告');
    expect(parseVariant(ZD, text, { expect: {} }).report!.year).toBe(2022);
  });
});

describe('title-agency', () => {
  it('a body that does not match body.yml', () => {
    const r = check(ZD, replaceLine(zd(), 3, '郑东新区', '郑州市金水区社会事业局 2023 年政府信息公开工作年度报告'));
    expect(r.at).toEqual([['title-agency', 3]]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:3:1: error: 标题中的机关「郑州市金水区社会事业局」与所在目录的机关不符，应为 「郑州市郑东新区社会事业局」、「郑东新区社会事业局」 之一 [title-agency]
          若这是同一机关的另一写法，请把它加入该机关 body.yml 的 aliases；否则请把文件移到正确机关的目录。"
    `);
  });

  it('an alias from body.yml is accepted, and the official name published', () => {
    const r = check(ZD, replaceLine(zd(), 3, '郑东新区', '郑东新区社会事业局 2023 年政府信息公开工作年度报告'));
    expect(r.at).toEqual([]);
    expect(r.report!.agency).toBe('郑州市郑东新区社会事业局');
  });

  it('no title at all', () => {
    const r = check(ZD, deleteLines(zd(), 3, '2023 年'));
    expect(r.at).toEqual([['title-agency', 1]]);
    expect(r.text).toMatchInlineSnapshot(`"content/reports/zhengdong-social-affairs/2023.txt:1:1: error: 未找到报告标题：文件开头应为“××机关××××年政府信息公开工作年度报告” [title-agency]"`);
  });
});

describe('file-encoding', () => {
  it('GBK bytes in content/reports', () => {
    const r = check(ZD, gbk(zd()));
    expect(r.at).toEqual([['file-encoding', 1]]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:1:1: error: 文件编码为 GBK/GB18030，content/reports 中的报告须为 UTF-8（无 BOM 亦可） [file-encoding]
          请运行 npx gongkai add 文件 导入（自动转换），或执行 iconv -f GB18030 -t UTF-8 原文件 > 新文件。"
    `);
  });

  it('.docx bytes', () => {
    const r = check(ZD, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(r.at).toEqual([['file-encoding', 1]]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengdong-social-affairs/2023.txt:1:1: error: 这是 Word 文档（.docx），不是纯文本报告 [file-encoding]
          请运行 npx gongkai add 文件.docx 导入，或把报告全文复制粘贴到 .txt 文件中。"
    `);
  });
});

describe('correction', () => {
  it('a stale correction: the line it corrects was changed since', () => {
    const text = setValue(seedText(HRSS), 82, 0, '0', '9');
    const r = check(HRSS, text, { corrections: corrections(HRSS) });
    expect(r.at).toEqual([
      ['cell-count', 82],
      ['correction', 82],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengzhou-hrss/2023.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。
      content/reports/zhengzhou-hrss/2023.txt:82:1: error: 更正记录所指第 82 行的原文为「9	0	0	0	0	0	0	0	0	0	0	1	0	0	0	1」，与更正记录中的原文「0	0	0	0	0	0	0	0	0	0	0	1	0	0	0	1」不符 [correction]
          报告原文或更正记录被改动过：请让更正记录的 published 与该行原文逐字一致。"
    `);
  });

  it('a correction pointing past the end of the file', () => {
    const r = check(HRSS, seedText(HRSS), { corrections: [{ ...corrections(HRSS)[0]!, line: 200 }] });
    expect(r.at).toEqual([
      ['cell-count', 82],
      ['correction', 90],
    ]);
    expect(r.text).toMatchInlineSnapshot(`
      "content/reports/zhengzhou-hrss/2023.txt:82:1: error: 表四（行政复议、行政诉讼）「行政复议、行政诉讼数据」行有 16 个数值，应为 15 个（多出 1 个） [cell-count]
          请对照原报告逐格核对该行：每个数值单元格只能有一个数，空格子请填 0。
      content/reports/zhengzhou-hrss/2023.txt:90:1: error: 更正记录指向第 200 行，但文件只有 90 行 [correction]"
    `);
  });

  it('a correction that matches replaces the line', () => {
    const r = check(HRSS, seedText(HRSS), { corrections: corrections(HRSS) });
    expect(r.at).toEqual([]);
    expect(r.report).toEqual(golden(HRSS));
  });
});

describe('rules on values read whole', () => {
  it('checkApplications passes every seed and checkAppeals every seed', () => {
    for (const seed of ['huiji-hrss-2023', 'zhangshu-hrss-2023', ZD, GOV, HRSS] as const) {
      const g = golden(seed);
      const cells = Object.fromEntries(Object.keys(g.applications).map((id) => [id, []]));
      expect(checkApplications({ rows: g.applications as ApplicationsRead['rows'], cells, complete: true }), seed).toEqual([]);
      expect(checkAppeals({ value: g.review_litigation, cells: Object.fromEntries(APPEAL_GROUPS.map((x) => [x.id, []])) }), seed).toEqual([]);
    }
  });
});
