/**
 * A seed report rebuilt as the documents contributors actually have: a Word
 * file (tab-separated lines become a real Word table, every other line a
 * paragraph) and a government web page with its menus, breadcrumbs, scripts
 * and footer around the article.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** Consecutive lines holding tabs are one table; blank lines separate nothing. */
export function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      const last = out.at(-1);
      const cells = line.split('\t');
      if (last?.kind === 'table') last.rows.push(cells);
      else out.push({ kind: 'table', rows: [cells] });
    } else if (line.trim()) out.push({ kind: 'paragraph', text: line.trim() });
  }
  return out;
}

export async function docxOf(text: string): Promise<Uint8Array> {
  const [first, ...rest] = blocks(text);
  const children = [
    // The title as Word users set it: a centred heading, the year in a run of its own.
    ...(first?.kind === 'paragraph' ? [titleParagraph(first.text)] : []),
    ...rest.map((b) =>
      b.kind === 'paragraph'
        ? new Paragraph({ children: [new TextRun(b.text)] })
        : new Table({
            rows: b.rows.map(
              (cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c.trim())] })) }),
            ),
          }),
    ),
  ];
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function titleParagraph(text: string): Paragraph {
  const m = /^(.*?)(\d{4})(.*)$/.exec(text);
  const runs = m ? [new TextRun(m[1]!), new TextRun({ text: m[2]!, bold: true }), new TextRun(m[3]!)] : [new TextRun(text)];
  return new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: runs });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved page: chrome around the article, the title also in <title> and the breadcrumb. */
export function htmlOf(text: string, charset = 'utf-8'): string {
  const [first, ...rest] = blocks(text);
  const title = first?.kind === 'paragraph' ? first.text : '';
  const body = rest
    .map((b) =>
      b.kind === 'paragraph'
        ? `<p style="text-indent:2em">${escape(b.text)}</p>`
        : `<table border="1"><tbody>\n${b.rows
            .map((r) => `<tr>${r.map((c) => `<td><p>${escape(c.trim()) || '&nbsp;'}</p></td>`).join('')}</tr>`)
            .join('\n')}\n</tbody></table>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><title>${escape(title)}_政府信息公开</title>
<style>p { margin: 0 }</style><script>var _hmt = _hmt || []; document.write("<p>统计</p>");</script></head>
<body>
<div class="header"><a href="/">首页</a> <a href="/xxgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="nav">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; ${escape(title)}</div>
<div class="article">
  <h1 class="title">${escape(title)}</h1>
  <div class="info">发布时间：2024-01-31 &nbsp; 来源：本站 <button>打印</button></div>
  <div class="TRS_Editor">
${body}
  </div>
</div>
<div class="footer"><p>主办单位：某某人民政府办公室</p><p>网站标识码：4101000000</p></div>
<script src="/js/share.js"></script>
</body></html>
`;
}
