// The plan's own words for what the API spells in English.

export const ROLE = { LEAD: '牵头', SUPPORT: '配合', DATA_PROVIDER: '提供数据', UNSTATED: '责任(未分牵头)' };

export const KIND = {
  DEPARTMENT: '区级部门', PARTY_ORGAN: '党群机关', TOWN: '区镇', COLLECTIVE: '集合(各区镇)', ENTERPRISE: '国有企业',
  EXTERNAL_AGENCY: '条线单位', TASK_FORCE: '专班', OTHER: '其他',
};

export const LEADER_SOURCE = { OWN: '本行列明', INHERITED: '合并单元格继承', NONE: '未列牵头领导' };

export const DIAGNOSTIC = {
  CHAPTER_TITLE_MISSING: '章标题缺失', CHAPTER_OUT_OF_ORDER: '章顺序异常', SECTION_NUMBER_MISSING: '项目序号为空',
  SECTION_NAME_MISSING: '项目名称缺失', SECTION_NAME_REJOINED: '项目名称被拆分后重新拼合', SECTION_OUT_OF_ORDER: '项目顺序异常',
  LEADER_INHERITED_ACROSS_SECTION: '牵头领导跨项目继承', LEADER_CELL_MISSING: '缺少牵头领导单元格',
  TASK_COUNT_MISMATCH: '任务数与声明不符', TASK_NUMBER_DUPLICATE: '任务编号重复', TASK_NUMBER_MISSING: '任务编号缺失',
  TASK_NUMBER_OUT_OF_ORDER: '任务编号顺序异常', TASK_NUMBER_ASSIGNED: '任务编号按位置补排', TABLE_NOT_READ: '未读取的表格', UNKNOWN_UNIT: '未登记的单位', UNITS_CELL_EMPTY: '责任单位为空',
  NO_LEAD_UNIT: '没有牵头单位', METADATA_MISSING: '缺少方案信息', ROW_NOT_READ: '未能读取的行',
  ROW_INCOMPLETE: '不完整的行', ROW_CELL_COUNT: '单元格数与表头不符', TASK_NOT_READ: '未能读取的任务', LEADER_NOT_A_NAME: '牵头领导栏不是人名',
  UNIT_SPELLINGS_MERGED: '单位的不同写法已合并',
  COLUMN_NOT_READ: '未能读取的表格列', UNIT_MARK_NOT_READ: '未能识别的单位标记',
};

/** Audit findings: the parser's diagnostics and the audit's own checks. */
export const FINDING = {
  ...DIAGNOSTIC,
  TASK_WITHOUT_LEADER: '任务未列牵头领导', TASK_WITHOUT_LEAD_UNIT: '任务没有牵头单位', TASK_ONLY_COLLECTIVE_UNITS: '任务只有集合单位',
  TARGET_WITHOUT_LEAD_UNIT: '目标所属任务没有牵头单位', TARGET_WITHOUT_LEADER: '目标所属任务未列牵头领导',
  UNIT_SEVERAL_SPELLINGS: '同一单位有多种写法', LEADER_MERGED_ACROSS_SECTION: '牵头领导单元格跨项目合并',
  TASK_COUNT_MATCHES: '任务数与声明一致', TASK_COUNT_DIFFERS: '任务数与声明不符', TASK_COUNT_UNDECLARED: '文件未声明任务数',
};

export const SEVERITY = { ERROR: '错误', WARNING: '警告', INFO: '提示' };

export const ORIGIN = { AUDIT: '审计检查', PARSER: '读取方案' };

/** A target's bound: the sign before the figure and the plan's word after it. */
export const BOUND = { AT_LEAST: ['≥', '以上'], AT_MOST: ['≤', '以内'], ABOUT: ['≈', '左右'], EXACT: ['=', '确数'] };

/** A label, or the code itself when the page does not know it yet. */
export function label(table, code) {
  return table[code] || code;
}
