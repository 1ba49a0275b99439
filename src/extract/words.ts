/**
 * The template's own words for the rows and columns of the standard tables
 * (国办公开办函〔2021〕30号, and the 2019 trial template where it differs),
 * for the Chinese headers of the CSV and XLSX data and the checker page's
 * table view. Pure — no Node APIs.
 */
import type { ExtractRecord } from './record.js';

/** A table-三 row in the template's words: its group ("（三）不予公开") when it has one, and its own label. */
export interface RowWords {
  group?: string;
  /** The label as the template prints it ("1.属于国家秘密", "（一）予以公开", "一、本年新收政府信息公开申请数量"). */
  label: string;
  /** The label without numbering, for a header path ("属于国家秘密", "予以公开", "本年新收"). */
  short: string;
}

const DENY = ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'];
const UNABLE = ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'];
const REJECT = ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'];
const OTHER = ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'];

const numbered = (prefix: string, group: string, labels: string[]): [string, RowWords][] =>
  labels.map((label, i) => [`${prefix}_${i + 1}`, { group, label: `${i + 1}.${label}`, short: label }]);

/** Every table-三 row key of both templates in the template's words. */
export const APPLICATION_ROW_WORDS: Record<string, RowWords> = Object.fromEntries([
  ['new', { label: '一、本年新收政府信息公开申请数量', short: '本年新收' }],
  ['carried_over', { label: '二、上年结转政府信息公开申请数量', short: '上年结转' }],
  ['granted', { group: '三、本年度办理结果', label: '（一）予以公开', short: '予以公开' }],
  ['partial', { group: '三、本年度办理结果', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', short: '部分公开' }],
  ...numbered('deny', '（三）不予公开', DENY),
  ...numbered('unable', '（四）无法提供', UNABLE),
  ...numbered('reject', '（五）不予处理', REJECT),
  ['other', { group: '三、本年度办理结果', label: '（六）其他处理', short: '其他处理' }],
  ...numbered('other', '（六）其他处理', OTHER),
  ['total', { group: '三、本年度办理结果', label: '（七）总计', short: '总计' }],
  ['carried_forward', { label: '四、结转下年度继续办理', short: '结转下年度继续办理' }],
]);

/** The header path of a table-三 row: "本年新收", "不予公开/属于国家秘密", "其他处理/申请人逾期未按收费通知要求缴纳费用…". */
export function applicationRowPath(key: string): string {
  const words = APPLICATION_ROW_WORDS[key];
  if (!words) return key;
  const group = words.group && /^（[三四五六]）/.test(words.group) ? words.group.replace(/^（.）/, '') : undefined;
  // The two long 其他处理 labels are cut at their first clause.
  const short = words.short.split('、')[0]!;
  return group ? `${group}/${short}` : short;
}

export const APPLICATION_COLUMN_WORDS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

export const REVIEW_GROUP_WORDS: Record<string, string> = {
  review: '行政复议',
  litigation_direct: '行政诉讼（未经复议直接起诉）',
  litigation_after_review: '行政诉讼（复议后起诉）',
};
export const REVIEW_COLUMN_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** Table-二 row keys in the template's words. */
export const ACTIVE_ROW_WORDS: Record<string, string> = {
  rules: '规章',
  normative: '行政规范性文件',
  license: '行政许可',
  other_services: '其他对外管理服务事项',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
};

/**
 * What the n-th value of a table-二 row means: in the 2021 template, and in
 * the 2019 trial template (where it differs); undefined where a template has
 * no such value.
 */
export function activeColumnWords(key: string, n: number): { t2021?: string; t2019?: string } {
  const documents = [
    ['本年制发件数', '本年新制作数量'],
    ['本年废止件数', '本年新公开数量'],
    ['现行有效件数', '对外公开总数量'],
  ];
  const items = [
    ['本年处理决定数量', '上一年项目数量'],
    [undefined, '本年增减'],
    [undefined, '处理决定数量'],
  ];
  const table: Record<string, (string | undefined)[][]> = {
    rules: documents,
    normative: documents,
    license: items,
    other_services: [[undefined, '上一年项目数量'], [undefined, '本年增减'], [undefined, '处理决定数量']],
    penalty: items,
    enforcement: items,
    fees: [['本年收费金额（万元）', '上一年项目数量'], [undefined, '本年增减']],
    procurement: [[undefined, '采购项目数量'], [undefined, '采购总金额']],
  };
  const [t2021, t2019] = table[key]?.[n] ?? [];
  return { ...(t2021 ? { t2021 } : {}), ...(t2019 && t2019 !== t2021 ? { t2019 } : {}) };
}

/** A table-二 value column in words: "本年制发件数（试行版：本年新制作数量）", "第2个数（试行版：本年增减）". */
export function activeColumnPath(key: string, n: number): string {
  const { t2021, t2019 } = activeColumnWords(key, n);
  const name = t2021 ?? `第${n + 1}个数`;
  return t2019 ? `${name}（试行版：${t2019}）` : name;
}

/** The template in words, as the data writes it. */
export const TEMPLATE_WORDS: Record<NonNullable<ExtractRecord['template']>, string> = {
  '2021': '2021年版',
  '2019': '2019年试行版',
  pre2019: '2019年以前',
};
