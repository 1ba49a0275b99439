/**
 * The labels of the template's tables (both the 2019 trial and the 2021 format), and the one they are a
 * misspelling of: a label of four characters or more with one character replaced ("行政事业型收费" for
 * 行政事业性收费, "本年新收取政府信息公开申请数量"…). A label that is one character away from two template
 * labels is ambiguous and left alone.
 */

const TEMPLATE_LABELS = [
  // Table 二 rows and columns.
  '规章', '规范性文件', '行政规范性文件', '行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购',
  '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '本年新制作数量', '本年新公开数量',
  '对外公开总数量', '上一年项目数量', '处理决定数量', '采购项目数量', '采购总金额',
  // Table 三 columns and rows.
  '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
  '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '本年度办理结果', '予以公开', '部分公开', '不予公开', '属于国家秘密',
  '其他法律行政法规禁止公开', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷',
  '属于行政查询事项', '无法提供', '本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确', '不予处理',
  '信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息',
  '其他处理', '结转下年度继续办理',
  // Table 四.
  '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉',
];

const BY_LENGTH = new Map<number, string[]>();
for (const label of TEMPLATE_LABELS) BY_LENGTH.set(label.length, [...(BY_LENGTH.get(label.length) ?? []), label]);
const KNOWN = new Set(TEMPLATE_LABELS);

/** A label's numbering ("（一）", "1.", "三、") and brackets of units, taken off before comparing. */
export function bareLabel(normalized: string): string {
  return normalized.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}\.)+/, '').replace(/\((?:单位:)?[^()]{0,6}\)$/, '');
}

/** The template label `label` (normalized, bare) misspells by one character, or undefined. */
export function misspeltLabel(label: string): string | undefined {
  if (label.length < 4 || KNOWN.has(label)) return undefined;
  let found: string | undefined;
  for (const candidate of BY_LENGTH.get(label.length) ?? []) {
    let diff = 0;
    for (let i = 0; i < label.length && diff < 2; i++) if (label[i] !== candidate[i]) diff++;
    if (diff !== 1) continue;
    if (found) return undefined; // one character away from two labels: no telling which
    found = candidate;
  }
  const at = found ? [...label].findIndex((c, i) => c !== found![i]) : -1;
  // A digit or a Latin letter changed is a value or a code, not a misspelling.
  return found && !/[0-9A-Za-z]/.test(label[at]! + found[at]!) ? found : undefined;
}
