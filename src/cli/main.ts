/**
 * The `gongkai` command: parse one report, check many, add a new one.
 * Exit codes: 0 success, 1 the reports have errors, 2 the command was used wrongly.
 */
import { add } from './add.ts';
import { check } from './check.ts';
import { parse } from './parse.ts';
import { UsageError, type Io } from './io.ts';

const HELP = `用法：
  gongkai parse FILE              读取一份报告，输出规范 JSON（出错时输出诊断信息）
  gongkai check [PATH…]           检查报告（默认检查 content/reports 下全部报告）
        --format github           以 GitHub Actions 注释格式输出
  gongkai add FILE                导入一份报告（.txt/.md/.docx/.html，UTF-8 或 GBK），放到
                                  content/reports/<机关编号>/<年份>.txt 并检查
        --body ID                 指定机关编号（默认按标题中的机关名称查找或新建）
        --year YYYY               指定报告年度（默认读自标题）
        --source URL              报告来源网址
        --retrieved YYYY-MM-DD    获取报告的日期
        --force                   替换已收录的同一年报告
        --root DIR                报告目录（默认 content/reports）
  gongkai help                    显示本帮助

退出码：0 成功；1 报告有错误（add：或文件无法读取、未添加）；2 用法错误或文件不存在。`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  parse,
  check,
  add,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    (name ? io.stdout : io.stderr).write(`${HELP}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`gongkai: 未知命令「${name}」\n\n${HELP}\n`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`gongkai ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
