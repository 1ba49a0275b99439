import type { ApplicationColumn, ReviewGroupKey } from './types.js';
import type { Text } from '../i18n.js';

/** Display names of table-三 columns. */
export const COLUMN_NAMES: Record<ApplicationColumn, Text> = {
  natural: { zh: '自然人', en: 'natural persons' },
  commercial: { zh: '商业企业', en: 'commercial enterprises' },
  research: { zh: '科研机构', en: 'research institutions' },
  public_interest: { zh: '社会公益组织', en: 'public-interest organisations' },
  legal: { zh: '法律服务机构', en: 'legal service agencies' },
  other: { zh: '其他', en: 'other' },
  total: { zh: '总计', en: 'total' },
};

/** Short display names of table-三 rows. */
export const ROW_NAMES: Record<string, Text> = {
  new: { zh: '本年新收', en: 'new this year' },
  carried_over: { zh: '上年结转', en: 'carried over from last year' },
  granted: { zh: '（一）予以公开', en: '(1) granted' },
  partial: { zh: '（二）部分公开', en: '(2) partly granted' },
  total: { zh: '（七）总计', en: '(7) total' },
  carried_forward: { zh: '结转下年度继续办理', en: 'carried forward to next year' },
  other: { zh: '（六）其他处理', en: '(6) other handling' },
};

export const REVIEW_GROUP_NAMES: Record<ReviewGroupKey, Text> = {
  review: { zh: '行政复议', en: 'administrative review' },
  litigation_direct: { zh: '未经复议直接起诉', en: 'litigation without review' },
  litigation_after_review: { zh: '复议后起诉', en: 'litigation after review' },
};

export const REVIEW_COLUMN_NAMES: Text[] = [
  { zh: '结果维持', en: 'upheld' },
  { zh: '结果纠正', en: 'corrected' },
  { zh: '其他结果', en: 'other result' },
  { zh: '尚未审结', en: 'pending' },
  { zh: '总计', en: 'total' },
];

/** Display name of any table-三 row key ("deny_3" → "（三）不予公开 第3项"). */
export function rowName(key: string): Text {
  const known = ROW_NAMES[key];
  if (known) return known;
  const m = /^(deny|unable|reject|other)_(\d)$/.exec(key);
  if (!m) return { zh: key, en: key };
  const group = { deny: ['（三）不予公开', '(3) withheld'], unable: ['（四）无法提供', '(4) unable to provide'], reject: ['（五）不予处理', '(5) not processed'], other: ['（六）其他处理', '(6) other handling'] }[m[1] as 'deny'];
  return { zh: `${group[0]}第${m[2]}项`, en: `${group[1]} item ${m[2]}` };
}
