import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS } from '../../../src/lib/model/catalogue.ts';
import { activeSections, APPLICATION_LABEL_COLUMNS, applicationsLayout } from '../../../src/lib/views/report-tables.ts';
import { seedRecord } from '../../fixtures/page-records.ts';

describe('applicationsLayout()', () => {
  const layout = applicationsLayout();

  it('has one row per application row, in table order', () => {
    expect(layout.map((r) => r.id)).toEqual(APPLICATION_ROWS.map((r) => r.id));
  });

  it('fills exactly three label columns on every row, counting spans from above', () => {
    const occupied = new Array<number>(layout.length).fill(0);
    layout.forEach((row, i) => {
      for (const cell of row.labels) {
        for (let k = 0; k < (cell.rowspan ?? 1); k++) occupied[i + k]! += cell.colspan ?? 1;
      }
    });
    expect(occupied).toEqual(new Array(layout.length).fill(APPLICATION_LABEL_COLUMNS));
  });

  it('splits the model labels into their cells', () => {
    const byId = new Map(layout.map((r) => [r.id, r.labels]));
    expect(byId.get('received')).toEqual([{ text: '一、本年新收政府信息公开申请数量', colspan: 3 }]);
    expect(byId.get('granted')).toEqual([{ text: '三、本年度办理结果', rowspan: 22 }, { text: '（一）予以公开', colspan: 2 }]);
    expect(byId.get('withheld_state_secret')).toEqual([{ text: '（三）不予公开', rowspan: 8 }, { text: '1.属于国家秘密' }]);
    expect(byId.get('withheld_law_prohibited')).toEqual([{ text: '2.其他法律行政法规禁止公开' }]);
    expect(byId.get('other_overdue_correction')![0]).toEqual({ text: '（六）其他处理', rowspan: 3 });
    expect(byId.get('total')).toEqual([{ text: '（七）总计', colspan: 2 }]);
    expect(byId.get('carried_forward')).toEqual([{ text: '四、结转下年度继续办理', colspan: 3 }]);
  });
});

describe('activeSections(report)', () => {
  it('lays out table 二 in its four parts with formatted values', () => {
    const s = activeSections(seedRecord('zhengzhou-hrss-2023').report);
    expect(s.map((x) => x.heading)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    expect(s[0]!.rows[1]).toEqual({ id: 'normative_documents', label: '行政规范性文件', values: ['8', '0', '91'] });
    expect(s[2]!.rows.map((r) => r.label)).toEqual(['行政处罚', '行政强制']);
    expect(s[3]!.rows[0]!.values).toEqual(['75.1552']);
  });
});
