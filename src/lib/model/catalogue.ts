/**
 * The three statistical tables of the 2021 format (国办公开办函〔2021〕30号):
 * every row and column id of the public schema, its official Chinese label,
 * and the key phrase that identifies the row in a report's own text.
 * Row keys are matched against labels with all spaces and punctuation removed.
 */

export const APPLICANT_COLUMNS = [
  { id: 'natural_person', label: '自然人', short: '自然人' },
  { id: 'commercial_enterprise', label: '法人或其他组织 / 商业企业', short: '商业企业' },
  { id: 'research_institution', label: '法人或其他组织 / 科研机构', short: '科研机构' },
  { id: 'social_welfare_organization', label: '法人或其他组织 / 社会公益组织', short: '社会公益组织' },
  { id: 'legal_service_organization', label: '法人或其他组织 / 法律服务机构', short: '法律服务机构' },
  { id: 'other_organization', label: '法人或其他组织 / 其他', short: '其他组织' },
  { id: 'total', label: '总计', short: '总计' },
] as const;

export type ApplicantColumnId = (typeof APPLICANT_COLUMNS)[number]['id'];

export interface RowDef<Id extends string = string> {
  id: Id;
  /** Official label, as printed in the model table. */
  label: string;
  /** Short label for charts and messages. */
  short: string;
  /** Matches the row's label with spaces and punctuation removed. */
  key: RegExp;
  /** Outcome group for applications outcome rows. */
  group?: OutcomeGroup;
}

export type OutcomeGroup = 'granted' | 'partially_granted' | 'withheld' | 'unavailable' | 'not_processed' | 'other';

export const OUTCOME_GROUPS: ReadonlyArray<{ id: OutcomeGroup; label: string }> = [
  { id: 'granted', label: '予以公开' },
  { id: 'partially_granted', label: '部分公开' },
  { id: 'withheld', label: '不予公开' },
  { id: 'unavailable', label: '无法提供' },
  { id: 'not_processed', label: '不予处理' },
  { id: 'other', label: '其他处理' },
];

const row = <Id extends string>(id: Id, label: string, short: string, key: RegExp, group?: OutcomeGroup): RowDef<Id> =>
  group ? { id, label, short, key, group } : { id, label, short, key };

export const APPLICATION_ROWS = [
  row('received', '一、本年新收政府信息公开申请数量', '本年新收申请', /本年新收/),
  row('carried_over', '二、上年结转政府信息公开申请数量', '上年结转申请', /上年结转/),
  row('granted', '三、本年度办理结果 （一）予以公开', '予以公开', /予以公开/, 'granted'),
  row('partially_granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开', /部分公开/, 'partially_granted'),
  row('withheld_state_secret', '（三）不予公开 1.属于国家秘密', '属于国家秘密', /国家秘密/, 'withheld'),
  row('withheld_law_prohibited', '2.其他法律行政法规禁止公开', '其他法律行政法规禁止公开', /法律行政法规禁止/, 'withheld'),
  row('withheld_security_stability', '3.危及“三安全一稳定”', '危及“三安全一稳定”', /三安全一稳定/, 'withheld'),
  row('withheld_third_party_rights', '4.保护第三方合法权益', '保护第三方合法权益', /第三方合法权益/, 'withheld'),
  row('withheld_internal_affairs', '5.属于三类内部事务信息', '属于三类内部事务信息', /内部事务/, 'withheld'),
  row('withheld_process_information', '6.属于四类过程性信息', '属于四类过程性信息', /过程性信息/, 'withheld'),
  row('withheld_enforcement_case', '7.属于行政执法案卷', '属于行政执法案卷', /行政执法案卷/, 'withheld'),
  row('withheld_administrative_query', '8.属于行政查询事项', '属于行政查询事项', /行政查询事项/, 'withheld'),
  row('unavailable_not_held', '（四）无法提供 1.本机关不掌握相关政府信息', '本机关不掌握相关政府信息', /不掌握/, 'unavailable'),
  row('unavailable_needs_creation', '2.没有现成信息需要另行制作', '没有现成信息需要另行制作', /另行制作/, 'unavailable'),
  row('unavailable_unclear', '3.补正后申请内容仍不明确', '补正后申请内容仍不明确', /补正后/, 'unavailable'),
  row('not_processed_complaint', '（五）不予处理 1.信访举报投诉类申请', '信访举报投诉类申请', /信访举报投诉/, 'not_processed'),
  row('not_processed_duplicate', '2.重复申请', '重复申请', /重复申请$/, 'not_processed'),
  row('not_processed_publication', '3.要求提供公开出版物', '要求提供公开出版物', /公开出版物/, 'not_processed'),
  row('not_processed_excessive', '4.无正当理由大量反复申请', '无正当理由大量反复申请', /大量反复/, 'not_processed'),
  row('not_processed_reconfirm', '5.要求行政机关确认或重新出具已获取信息', '要求确认或重新出具已获取信息', /重新出具/, 'not_processed'),
  row('other_overdue_correction', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期不补正', /逾期不补正/, 'other'),
  row('other_unpaid_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '申请人逾期未缴费', /收费通知|缴纳费用/, 'other'),
  row('other_other', '3.其他', '其他', /(?:^|\d)其[他它]$/, 'other'),
  row('total', '（七）总计', '总计', /(?:^|七|\d)总计$/),
  row('carried_forward', '四、结转下年度继续办理', '结转下年度继续办理', /结转下年度/),
] as const;

export type ApplicationRowId = (typeof APPLICATION_ROWS)[number]['id'];

/**
 * （六）其他处理's three sub-rows, which some reports print as the single row
 * the 2019 template had: the sub-rows are then unknown, and only their sum is known.
 */
export const OTHER_ROWS = ['other_overdue_correction', 'other_unpaid_fee', 'other_other'] as const;
export type OtherRowId = (typeof OTHER_ROWS)[number];
export const isOtherRow = (id: string): id is OtherRowId => (OTHER_ROWS as readonly string[]).includes(id);
export const OTHER_PROCESSING = { id: 'other_processing', label: '（六）其他处理', short: '其他处理', key: /其他处理$/ } as const;

/** The 21 outcome rows whose sum is the total (applications-outcome-sum). */
export const OUTCOME_ROWS = APPLICATION_ROWS.filter((r) => 'group' in r && r.group !== undefined);

export const APPEAL_GROUPS = [
  { id: 'administrative_review', label: '行政复议', short: '行政复议', key: /行政复议/ },
  { id: 'litigation_direct', label: '行政诉讼·未经复议直接起诉', short: '直接起诉', key: /未经复议|直接起诉/ },
  { id: 'litigation_after_review', label: '行政诉讼·复议后起诉', short: '复议后起诉', key: /复议后起诉/ },
] as const;

export type AppealGroupId = (typeof APPEAL_GROUPS)[number]['id'];

export const APPEAL_COLUMNS = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
] as const;

export type AppealColumnId = (typeof APPEAL_COLUMNS)[number]['id'];

/** 二、主动公开政府信息情况: rows, their value columns and where each value goes. */
export const ACTIVE_ROWS = [
  { id: 'regulations', label: '规章', key: /^规章$/, columns: ['issued', 'repealed', 'in_force'] },
  { id: 'normative_documents', label: '行政规范性文件', key: /规范性文件$/, columns: ['issued', 'repealed', 'in_force'] },
  { id: 'licensing', label: '行政许可', key: /行政许可$/, columns: [] },
  { id: 'penalty', label: '行政处罚', key: /行政处罚$/, columns: [] },
  { id: 'coercion', label: '行政强制', key: /行政强制$/, columns: [] },
  { id: 'fees', label: '行政事业性收费', key: /事业性收费$/, columns: [] },
] as const;

export type ActiveRowId = (typeof ACTIVE_ROWS)[number]['id'];

export const DOCUMENT_COLUMNS = [
  { id: 'issued', label: '本年制发件数' },
  { id: 'repealed', label: '本年废止件数' },
  { id: 'in_force', label: '现行有效件数' },
] as const;

export type DocumentColumnId = (typeof DOCUMENT_COLUMNS)[number]['id'];

export const ACTIVE_SCALAR_LABELS: Record<Exclude<ActiveRowId, 'regulations' | 'normative_documents'>, string> = {
  licensing: '行政许可 本年处理决定数量',
  penalty: '行政处罚 本年处理决定数量',
  coercion: '行政强制 本年处理决定数量',
  fees: '行政事业性收费 本年收费金额（万元）',
};

/** The six sections of the 2021 format, with the key phrases of their headings. */
export const SECTIONS = [
  { id: 'overview', numeral: '一', title: '总体情况', key: /总体情况/ },
  { id: 'active_disclosure', numeral: '二', title: '主动公开政府信息情况', key: /主动公开/ },
  { id: 'applications', numeral: '三', title: '收到和处理政府信息公开申请情况', key: /收到和处理|申请情况/ },
  { id: 'review_litigation', numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', key: /行政复议|行政诉讼/ },
  { id: 'problems', numeral: '五', title: '存在的主要问题及改进情况', key: /主要问题|改进情况/ },
  { id: 'other_matters', numeral: '六', title: '其他需要报告的事项', key: /其[他它]需要报告/ },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
