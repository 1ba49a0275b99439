/**
 * Label vocabulary of the standard tables (2021 format and 2019 trial format)
 * for reading tables whose cells are run together on one line. Every pattern
 * applies to `matchText` output with all whitespace removed (half-width
 * brackets, Simplified script), so stray spaces inside labels, full-width
 * brackets and Traditional script are already taken care of. All patterns are
 * sticky and have bounded repetitions only.
 */
import { SUB_ROWS } from '../../model/vocabulary.js';

/** Table 二 sub-table caption; group 1 is the item numeral. */
export const CAPTION = /第二十条第\(([一二三四五六七八九十]{1,3})\)项/y;
export const CAPTION_ANCHOR = /第二十条第\([一二三四五六七八九十]{1,3}\)项/g;

/** Table 二 header: "信息内容" and the column headers (2021 and trial), with an optional "(单位:万元)". */
export const ACTIVE_INFO = /信息内容/y;
export const ACTIVE_COLUMN =
  /(?:本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额|本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|处理决定数量|采购项目数量|采购总金额)(?:\([^)]{0,16}\))?/y;

/** Table 二 row labels and their row keys (as in model/active.ts). */
export const ACTIVE_ROW = /行政规范性文件|规范性文件|规章|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购/y;
export const ACTIVE_ROW_KEYS: Record<string, string> = {
  规章: 'rules',
  行政规范性文件: 'normative',
  规范性文件: 'normative',
  行政许可: 'license',
  其他对外管理服务事项: 'other_services',
  行政处罚: 'penalty',
  行政强制: 'enforcement',
  行政事业性收费: 'fees',
  政府集中采购: 'procurement',
};

/** Labels only the trial format has. */
export const TRIAL_HINT = /本年新制作数量|上一年项目数量|第二十条第\(九\)项|采购项目数量/;

/** Cells of a table-二 row when the sub-table has no header to count them from. */
export function activeCells(item: number, trial: boolean): number {
  if (item === 1) return 3;
  if (item === 5 || item === 6) return trial ? 3 : 1;
  if (item === 8) return trial ? 2 : 1;
  return 2;
}

/** Table 三: where it can start, and its header cells. */
export const APPLICATIONS_ANCHOR = /\(?本列数据的[勾钩]稽关系|申请人情况|(?:[一二三四五六七八九十]、)?本年新收/g;
export const APPLICATIONS_HEAD =
  /\(?本列数据的[勾钩]稽关系[^)]{0,60}\)?|申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计/y;

/** Table 四: header cells; the table is found by "结果维持". */
export const REVIEW_ANCHOR = /结果维持/g;
export const REVIEW_HEAD = /行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉/y;

/** Numbering that starts a table-三 label: "一、", "(一)", "1." / "1、". */
export const LABEL_MARK = /[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、](?=\D)/y;

type Group = 'results' | 'deny' | 'unable' | 'reject' | 'other' | null;

const TOP: [RegExp, string][] = [
  [/本年新收/, 'new'],
  [/上年结转/, 'carried_over'],
  [/结转下年度|下年度继续办理/, 'carried_forward'],
  [/^(?:本年度)?办理结果$/, '#results'],
  [/^予以公开/, 'granted'],
  [/^部分公开/, 'partial'],
  [/^不予公开$/, '#deny'],
  [/^无法提供$/, '#unable'],
  [/^不予处理$/, '#reject'],
  [/^其他处理$/, '#other'],
  [/^总计$/, 'total'],
];


/**
 * Meaning of a table-三 label body (numbering removed) given the group it
 * follows: a row key, a group ("#deny" …), or null when it is no row of the table.
 */
export function applicationLabel(body: string, group: Group): { key: string; group: Group } | null {
  for (const [re, key] of TOP) {
    if (!re.test(body)) continue;
    if (key.startsWith('#')) return { key, group: key.slice(1) as Group };
    return { key, group: key === 'granted' || key === 'partial' || key === 'total' ? 'results' : null };
  }
  if (group && group !== 'results') {
    for (const [re, key] of SUB_ROWS[group]) if (re.test(body)) return { key, group };
  }
  return null;
}

export type { Group };
