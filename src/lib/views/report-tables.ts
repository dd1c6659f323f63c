/**
 * The three tables laid out as the official format prints them (国办公开办函
 * 〔2021〕30号): which label cells each row has and how they span. Labels come
 * from the catalogue, split where the model table puts them in separate cells.
 */
import { ACTIVE_ROWS, APPLICATION_ROWS, DOCUMENT_COLUMNS, isOtherRow, OTHER_PROCESSING, OTHER_ROWS, OUTCOME_GROUPS, type ActiveRowId, type ApplicationRowId, type OutcomeGroup } from '../model/catalogue.ts';
import { formatAmount, formatCount } from '../charts/format.ts';
import type { Report } from '../model/schema.ts';

export interface LabelCell {
  text: string;
  rowspan?: number;
  colspan?: number;
}

export interface ApplicationsRowLayout {
  id: ApplicationRowId | typeof OTHER_PROCESSING.id;
  /** Label cells before the seven numbers; rows inside a spanning label have fewer. */
  labels: LabelCell[];
}

/** Columns of labels on the left of table 三. */
export const APPLICATION_LABEL_COLUMNS = 3;

/** `（三）不予公开 1.属于国家秘密` -> [`（三）不予公开`, `1.属于国家秘密`]; the model table splits labels at the space. */
const parts = (label: string) => label.split(' ').filter(Boolean);

/**
 * Table 三's rows and label cells; `combined` where the report printed
 * （六）其他处理 as one row, which then stands in the place of its three sub-rows.
 */
export function applicationsLayout(combined = false): ApplicationsRowLayout[] {
  type Printed = { id: ApplicationsRowLayout['id']; label: string; group?: OutcomeGroup };
  const all: Printed[] = APPLICATION_ROWS.map((r) => ({ id: r.id, label: r.label, ...('group' in r ? { group: r.group } : {}) }));
  const printed = combined
    ? all.flatMap((r) => (r.id === OTHER_ROWS[0] ? [{ id: OTHER_PROCESSING.id, label: OTHER_PROCESSING.label, group: 'other' as const }] : isOtherRow(r.id) ? [] : [r]))
    : all;
  const outcomes = printed.filter((r) => r.group !== undefined);
  const groupSize = (g: OutcomeGroup) => outcomes.filter((r) => r.group === g).length;
  // 三、本年度办理结果 spans every outcome row and （七）总计.
  const resultSpan = outcomes.length + 1;
  let previousGroup: OutcomeGroup | undefined;
  return printed.map((row): ApplicationsRowLayout => {
    const group = row.group;
    const [first, second] = parts(row.label);
    let labels: LabelCell[];
    if (row.id === 'granted') {
      labels = [{ text: first!, rowspan: resultSpan }, { text: second!, colspan: 2 }];
    } else if (row.id === 'total') {
      labels = [{ text: row.label, colspan: 2 }];
    } else if (!group) {
      labels = [{ text: row.label, colspan: APPLICATION_LABEL_COLUMNS }];
    } else if (groupSize(group) === 1) {
      labels = [{ text: row.label, colspan: 2 }];
    } else if (group !== previousGroup) {
      labels = [{ text: first!, rowspan: groupSize(group) }, { text: second! }];
    } else {
      labels = [{ text: row.label }];
    }
    previousGroup = group;
    return { id: row.id, labels };
  });
}

export interface ActiveSection {
  /** 第二十条第（一）项 … */
  heading: string;
  columns: string[];
  rows: Array<{ id: ActiveRowId; label: string; values: string[] }>;
}

const activeLabel = (id: ActiveRowId) => ACTIVE_ROWS.find((r) => r.id === id)!.label;

/** Table 二 in its four parts, values formatted (fees in 万元 with their decimals). */
export function activeSections(report: Report): ActiveSection[] {
  const a = report.active_disclosure;
  const docs = (id: 'regulations' | 'normative_documents') => ({ id, label: activeLabel(id), values: DOCUMENT_COLUMNS.map((c) => formatCount(a[id][c.id])) });
  const one = (id: 'licensing' | 'penalty' | 'coercion') => ({ id, label: activeLabel(id), values: [formatCount(a[id])] });
  return [
    { heading: '第二十条第（一）项', columns: DOCUMENT_COLUMNS.map((c) => c.label), rows: [docs('regulations'), docs('normative_documents')] },
    { heading: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: [one('licensing')] },
    { heading: '第二十条第（六）项', columns: ['本年处理决定数量'], rows: [one('penalty'), one('coercion')] },
    { heading: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'], rows: [{ id: 'fees', label: activeLabel('fees'), values: [formatAmount(a.fees)] }] },
  ];
}

export const outcomeGroupLabel = (g: OutcomeGroup) => OUTCOME_GROUPS.find((o) => o.id === g)!.label;
