import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../../src/lib/import/html.ts';

describe('htmlToText(html)', () => {
  test('makes each table row one line of tab-separated cells, keeping empty cells', () => {
    const html = `<table><thead><tr><th colspan="2" rowspan="2">本列数据的勾稽关系</th><th>自然人</th></tr></thead>
      <tbody><tr><td>一、本年新收政府信息公开申请数量</td><td></td><td> 23 </td></tr>
      <tr><td><p>（三）不予</p><p>公开</p></td><td>1.属于国家秘密</td><td>0</td></tr></tbody></table>`;
    expect(htmlToText(html)).toBe('本列数据的勾稽关系\t自然人\n一、本年新收政府信息公开申请数量\t\t23\n（三）不予 公开\t1.属于国家秘密\t0\n');
  });

  test('puts block elements and <br> on lines of their own, collapsing spaces and &nbsp;', () => {
    expect(htmlToText('<div><p>一、总体情况</p>2023年，<b>本局</b>&nbsp;&nbsp;坚持\n  公开。<br>第二行</div><h2>二、主动公开</h2>')).toBe(
      '一、总体情况\n2023年，本局 坚持 公开。\n第二行\n二、主动公开\n',
    );
  });

  test('drops scripts, styles, forms and images', () => {
    expect(htmlToText('<head><title>标题</title><style>p{}</style></head><body><script>var a="<p>x</p>";</script><p>正文<img src="a.png"></p><noscript>请启用脚本</noscript><button>打印</button></body>')).toBe('正文\n');
  });

  test('starts at the report title, skipping menus and breadcrumbs that repeat it', () => {
    const html = `<body><div class="nav"><a>首页</a><a>政务公开</a></div>
      <div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 郑州市人民政府2022年政府信息公开工作年度报告</div>
      <div class="main"><h1>郑州市人民政府2022年政府信息公开工作年度报告</h1>
      <div class="info">发布时间：2023-01-31　来源：市政府办公厅　【字号：大 中 小】</div>
      <p>本报告依据《条例》编制。</p><p>一、总体情况</p><p>发布时间：不是网页信息，是正文</p>
      <table><tr><td>规章</td><td>0</td></tr></table></div>
      <div class="footer">主办单位：郑州市人民政府办公厅</div></body>`;
    expect(htmlToText(html)).toBe(
      '郑州市人民政府2022年政府信息公开工作年度报告\n本报告依据《条例》编制。\n一、总体情况\n发布时间：不是网页信息，是正文\n规章\t0\n',
    );
  });

  test('keeps a title split over two elements whole (郑州市人民政府 / 2022年…报告)', () => {
    const html = '<p>网站导航</p><p>郑州市人民政府</p><p>2022年政府信息公开工作年度报告</p><p>1、 总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>';
    expect(htmlToText(html)).toBe('郑州市人民政府\n2022年政府信息公开工作年度报告\n1、 总体情况\n规章\t0\n');
  });

  test('reads a page laid out with a table as blocks, and the tables inside it as tables', () => {
    const html = '<table><tr><td><p>某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>';
    expect(htmlToText(html)).toBe('某局2023年政府信息公开工作年度报告\n一、总体情况\n规章\t0\n');
  });

  test('a page without a recognisable title is read whole', () => {
    expect(htmlToText('<p>首页</p><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>')).toBe('首页\n一、总体情况\n规章\t0\n');
  });

  test('an empty page gives empty text', () => {
    expect(htmlToText('<html><body><script>x</script></body></html>')).toBe('');
  });
});
