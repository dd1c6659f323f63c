/** What the PDF import says when a PDF cannot be read, and what to do instead. */
const ELSEWHERE = '或到发布机关网站查找这份报告的网页版、Word 版或可以复制文字的 PDF 再导入。';

export const pdfMessages = {
  noText: [
    'PDF 中没有文字层：这很可能是扫描件或由图片生成的 PDF，其中的文字和数字无法直接读取',
    `请先用 OCR 文字识别（如 WPS 或 Adobe Acrobat 的“图片转文字”）把它转成 Word 文档，逐一核对数字后用 npx gongkai add 文件.docx 导入；${ELSEWHERE}`,
  ],
  garbled: [
    'PDF 的文字层无法解码：字体缺少文字编码，取出的是乱码',
    `请用 OCR 文字识别把它转成 Word 文档，逐一核对数字后再导入；${ELSEWHERE}`,
  ],
  encrypted: [
    'PDF 已加密，需要密码才能打开',
    `请在 PDF 阅读器中输入密码打开，另存为不加密的 PDF 后再导入；${ELSEWHERE}`,
  ],
  notPdf: (html: boolean) =>
    [
      `文件名是 .pdf，内容却不是 PDF${html ? '，而是一个网页（HTML）' : ''}`,
      `请重新下载这份报告：有的网站下载失败时会返回一个网页而不是文件${html ? '；若这正是报告的网页，请把扩展名改为 .html 后导入' : ''}。`,
    ] as const,
  broken: (detail: string) =>
    [`PDF 文件已损坏或不完整，无法读取（${detail}）`, `请重新下载这份 PDF，确认下载完整后再导入；${ELSEWHERE}`] as const,
} as const;
