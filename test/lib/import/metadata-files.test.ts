import { describe, expect, test } from 'vitest';
import { Body, ReportMeta } from '../../../src/lib/model/metadata.ts';
import { bodyKind, bodyYaml, sidecarYaml } from '../../../src/lib/import/metadata-files.ts';
import { guessRegion } from '../../../src/lib/import/places.ts';
import { readYaml } from '../../../src/lib/read/yaml-file.ts';

describe('bodyYaml(name, guess)', () => {
  test('a body whose place is known passes the body.yml schema as written', () => {
    const read = readYaml(bodyYaml('樟树市人社局', guessRegion('樟树市人社局')), Body, 'body-metadata');
    expect(read.ok && read.value).toEqual({ name: '樟树市人社局', aliases: [], region: { province: '江西省', city: '宜春市', county: '樟树市' }, kind: 'department' });
  });

  test('a body whose place is not known fails it, saying what to fill in, on the line to change', () => {
    const read = readYaml(bodyYaml('国家税务总局郑州市税务局', guessRegion('国家税务总局郑州市税务局')), Body, 'body-metadata');
    expect(read.ok ? [] : read.diagnostics).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "line": 7,
          "message": "region.province：省份尚未填写：请把 TODO 换成机关所在的省、自治区或直辖市，如“河南省”",
          "rule": "body-metadata",
          "severity": "error",
        },
      ]
    `);
  });

  test('names with YAML-special characters stay strings', () => {
    const read = readYaml(bodyYaml('#郑州市: 人民政府', guessRegion('郑州市人民政府')), Body, 'body-metadata');
    expect(read.ok && read.value.name).toBe('#郑州市: 人民政府');
  });
});

describe('bodyKind(name)', () => {
  test.each([
    ['郑州市人民政府', 'government'],
    ['郑州市人民政府办公厅', 'department'],
    ['樟树市人社局', 'department'],
  ])('%s is a %s', (name, kind) => expect(bodyKind(name)).toBe(kind));
});

describe('sidecarYaml(existing, provenance)', () => {
  test('a new <year>.yml records the provenance given', () => {
    expect(sidecarYaml(undefined, { source: 'https://example.gov.cn/a.html', retrieved: '2024-03-01', added: '2024-03-05' })).toBe(
      'source: https://example.gov.cn/a.html\nretrieved: 2024-03-01\nadded: 2024-03-05\n',
    );
    expect(sidecarYaml(undefined, { added: '2024-03-05' })).toBe('added: 2024-03-05\n');
  });

  test('an existing one keeps its corrections, waivers, comments and date added', () => {
    const existing = [
      'added: 2023-02-01',
      '# why the correction',
      'corrections:',
      '  - line: 82',
      '    published: "0\\t1"',
      '    corrected: "1"',
      '    reason: 多出一个数值',
      'waivers:',
      '  - rule: appeals-total',
      '    line: 80',
      '    reason: 原表如此',
      '',
    ].join('\n');
    const updated = sidecarYaml(existing, { source: 'https://example.gov.cn/b.html', added: '2024-03-05' });
    expect(updated).toContain('# why the correction');
    const read = readYaml(updated, ReportMeta, 'report-metadata');
    expect(read.ok && read.value).toEqual({
      source: 'https://example.gov.cn/b.html',
      added: '2023-02-01',
      corrections: [{ line: 82, published: '0\t1', corrected: '1', reason: '多出一个数值' }],
      waivers: [{ rule: 'appeals-total', line: 80, reason: '原表如此' }],
    });
  });

  test('a text converted from a Word document, a web page or a PDF records what it came from, as a comment', () => {
    const note = '由 npx gongkai add 从 PDF 文件 r.pdf（sha256 ab12）转换为文本。';
    expect(sidecarYaml(undefined, { added: '2024-03-05', converted: note })).toBe(`# ${note}\nadded: 2024-03-05\n`);
    // Imported again: the old note goes, the contributor's comments and the corrections stay.
    const existing = `# 原文：某局的 PDF\n# 由 npx gongkai add 从 Word 文档 r.docx（sha256 cd34）转换为文本。\nadded: 2023-02-01\n# why\ncorrections: []\n`;
    const updated = sidecarYaml(existing, { added: '2024-03-05', converted: note });
    expect(updated).toBe(`# 原文：某局的 PDF\n# ${note}\nadded: 2023-02-01\n# why\ncorrections: []\n`);
    expect(readYaml(updated, ReportMeta, 'report-metadata').ok).toBe(true);
  });

  test('a broken one is left as it is, for check to point at', () => {
    expect(sidecarYaml('added: [2023\n', { source: 'https://example.gov.cn/', added: '2024-03-05' })).toBe('added: [2023\n');
  });
});
