import { REVIEW_COLUMNS, type ApplicationColumn, type ReviewColumn, type ReviewGroupKey } from './types.js';
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

/** Display names of the five columns of each table-四 group. */
export const REVIEW_COLUMN_LABELS: Record<ReviewColumn, Text> = {
  upheld: { zh: '结果维持', en: 'upheld' },
  corrected: { zh: '结果纠正', en: 'corrected' },
  other: { zh: '其他结果', en: 'other result' },
  pending: { zh: '尚未审结', en: 'pending' },
  total: { zh: '总计', en: 'total' },
};

/** The same names in the order of the columns. */
export const REVIEW_COLUMN_NAMES: Text[] = REVIEW_COLUMNS.map((c) => REVIEW_COLUMN_LABELS[c]);

/** Display name of any table-三 row key ("deny_3" → "（三）不予公开 第3项"). */
export function rowName(key: string): Text {
  const known = ROW_NAMES[key];
  if (known) return known;
  const m = /^(deny|unable|reject|other)_(\d)$/.exec(key);
  if (!m) return { zh: key, en: key };
  const group = { deny: ['（三）不予公开', '(3) withheld'], unable: ['（四）无法提供', '(4) unable to provide'], reject: ['（五）不予处理', '(5) not processed'], other: ['（六）其他处理', '(6) other handling'] }[m[1] as 'deny'];
  return { zh: `${group[0]}第${m[2]}项`, en: `${group[1]} item ${m[2]}` };
}

const GROUP_WORDS: Record<'deny' | 'unable' | 'reject' | 'other', [string, string]> = {
  deny: ['（三）不予公开', '(3) withheld'],
  unable: ['（四）无法提供', '(4) unable to provide'],
  reject: ['（五）不予处理', '(5) not processed'],
  other: ['（六）其他处理', '(6) other handling'],
};

/** Table-三 rows in the template's own words (国办公开办函〔2021〕30号; the 2019 trial template has the same words). */
const ROW_WORDS: Record<string, [string, string]> = {
  new: ['一、本年新收政府信息公开申请数量', '1. new requests this year'],
  carried_over: ['二、上年结转政府信息公开申请数量', '2. requests carried over from last year'],
  granted: ['（一）予以公开', '(1) granted'],
  partial: ['（二）部分公开', '(2) partly granted'],
  deny_1: ['1.属于国家秘密', '1. state secrets'],
  deny_2: ['2.其他法律行政法规禁止公开', '2. barred by other laws and administrative regulations'],
  deny_3: ['3.危及“三安全一稳定”', '3. endangers security and stability'],
  deny_4: ['4.保护第三方合法权益', '4. protects the lawful rights of third parties'],
  deny_5: ['5.属于三类内部事务信息', '5. internal affairs'],
  deny_6: ['6.属于四类过程性信息', '6. process information'],
  deny_7: ['7.属于行政执法案卷', '7. administrative enforcement files'],
  deny_8: ['8.属于行政查询事项', '8. administrative inquiry matters'],
  unable_1: ['1.本机关不掌握相关政府信息', '1. the agency does not hold the information'],
  unable_2: ['2.没有现成信息需要另行制作', '2. the information would have to be made'],
  unable_3: ['3.补正后申请内容仍不明确', '3. the request is still unclear after correction'],
  reject_1: ['1.信访举报投诉类申请', '1. petitions, reports and complaints'],
  reject_2: ['2.重复申请', '2. repeated requests'],
  reject_3: ['3.要求提供公开出版物', '3. requests for publications'],
  reject_4: ['4.无正当理由大量反复申请', '4. large numbers of repeated requests without good reason'],
  reject_5: ['5.要求行政机关确认或重新出具已获取信息', '5. requests to confirm or reissue information already obtained'],
  other: ['（六）其他处理', '(6) other handling'],
  other_1: ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1. the requester did not supplement the request in time'],
  other_2: ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '2. the requester did not pay the fee in time'],
  other_3: ['3.其他', '3. other'],
  total: ['（七）总计', '(7) total'],
  carried_forward: ['四、结转下年度继续办理', '4. carried forward to next year'],
};

/**
 * A table-三 row in the template's own words, with its group
 * ("deny_2" → "（三）不予公开 2.其他法律行政法规禁止公开"); any other key as given.
 */
export function rowWords(key: string): Text {
  const words = ROW_WORDS[key];
  if (!words) return { zh: key, en: key };
  const group = /^(deny|unable|reject|other)_\d$/.exec(key)?.[1] as keyof typeof GROUP_WORDS | undefined;
  if (!group) return { zh: words[0], en: words[1] };
  return { zh: `${GROUP_WORDS[group][0]} ${words[0]}`, en: `${GROUP_WORDS[group][1]}, ${words[1]}` };
}
