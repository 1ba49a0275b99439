/**
 * Whole standard tables for the arithmetic tests: table 三 in the 2021
 * template (three （六）其他处理 rows) or the 2019 trial (one), and table 四,
 * written as "label | v | v | … |" rows, with every value by row key.
 */

/** Table-三 rows of each template: [key or null for a group row, label]. */
const ROWS_2021: [string | null, string][] = [
  ['new', '一、本年新收政府信息公开申请数量'],
  ['carried_over', '二、上年结转政府信息公开申请数量'],
  [null, '三、本年度办理结果'],
  ['granted', '（一）予以公开'],
  ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  [null, '（三）不予公开'],
  ['deny_1', '1.属于国家秘密'],
  ['deny_2', '2.其他法律行政法规禁止公开'],
  ['deny_3', '3.危及“三安全一稳定”'],
  ['deny_4', '4.保护第三方合法权益'],
  ['deny_5', '5.属于三类内部事务信息'],
  ['deny_6', '6.属于四类过程性信息'],
  ['deny_7', '7.属于行政执法案卷'],
  ['deny_8', '8.属于行政查询事项'],
  [null, '（四）无法提供'],
  ['unable_1', '1.本机关不掌握相关政府信息'],
  ['unable_2', '2.没有现成信息需要另行制作'],
  ['unable_3', '3.补正后申请内容仍不明确'],
  [null, '（五）不予处理'],
  ['reject_1', '1.信访举报投诉类申请'],
  ['reject_2', '2.重复申请'],
  ['reject_3', '3.要求提供公开出版物'],
  ['reject_4', '4.无正当理由大量反复申请'],
  ['reject_5', '5.要求行政机关确认或重新出具已获取信息'],
  [null, '（六）其他处理'],
  ['other_1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['other_2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other_3', '3.其他'],
  ['total', '（七）总计'],
  ['carried_forward', '四、结转下年度继续办理'],
];

const ROWS_2019: [string | null, string][] = [
  ...ROWS_2021.filter(([key, label]) => !key?.startsWith('other_') && label !== '（六）其他处理'),
].flatMap((row) => (row[0] === 'total' ? [['other', '（六）其他处理'] as [string, string], row] : [row]));

export type Variant = '2021' | '2019';

/** The value rows of a template, in order. */
export const rowKeys = (variant: Variant): string[] => (variant === '2021' ? ROWS_2021 : ROWS_2019).flatMap(([key]) => (key ? [key] : []));

export const COLUMNS = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'] as const;

/** Values by row key: six applicant columns, the 总计 last (a number, or a cell as written); a row not given is all zeros. */
export type Values = Record<string, (number | string)[]>;

/**
 * A consistent table 三 (every identity holds): 8 requests this year and 2
 * carried over, 9 handled, 1 carried forward, spread over several columns and
 * outcome rows, so that every cell has a value or a zero.
 */
export function consistent(variant: Variant): Values {
  const other = variant === '2021' ? 'other_3' : 'other';
  return {
    new: [4, 1, 0, 1, 2, 0, 8],
    carried_over: [1, 0, 0, 0, 1, 0, 2],
    granted: [2, 1, 0, 0, 1, 0, 4],
    partial: [1, 0, 0, 1, 0, 0, 2],
    deny_4: [1, 0, 0, 0, 0, 0, 1],
    unable_1: [0, 0, 0, 0, 1, 0, 1],
    [other]: [1, 0, 0, 0, 0, 0, 1],
    total: [5, 1, 0, 1, 2, 0, 9],
    carried_forward: [0, 0, 0, 0, 1, 0, 1],
  };
}

/** Table 三 as pipe rows under its heading and 勾稽 note. */
export function tableThree(values: Values, variant: Variant = '2021'): string {
  const lines = ['三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'];
  for (const [key, label] of variant === '2021' ? ROWS_2021 : ROWS_2019) {
    lines.push(key ? `${label} | ${(values[key] ?? [0, 0, 0, 0, 0, 0, 0]).join(' | ')} |` : `${label} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The line (1-based) and column of a value cell of tableThree's text. */
export function cellAt(text: string, key: string, column: number, variant: Variant = '2021'): { line: number; column: number } {
  const label = (variant === '2021' ? ROWS_2021 : ROWS_2019).find(([k]) => k === key)![1];
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith(`${label} |`));
  const parts = lines[line]!.split(' | ');
  const before = parts.slice(0, column + 1).join(' | ').length + 3;
  return { line: line + 1, column: before + 1 };
}

/** Table 四: three groups of 维持, 纠正, 其他, 尚未审结, 总计, on one row under its two header rows. */
export function tableFour(groups: [number[], number[], number[]]): string {
  return `四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |
${groups.flat().join(' | ')} |
`;
}

/** A copy of values with one cell changed. */
export function withCell(values: Values, key: string, column: number, value: number | string): Values {
  const row = [...(values[key] ?? [0, 0, 0, 0, 0, 0, 0])];
  row[column] = value;
  return { ...values, [key]: row };
}
