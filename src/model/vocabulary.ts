/**
 * Words of the national templates that layout recognition relies on.
 * All patterns apply to `normalizeLabel`/`matchText` output (half width,
 * Simplified script, no spaces inside labels).
 */

/** Row labels of table 三 that look like headings ("一、本年新收…"), so never start a section. */
export const APPLICATION_ROW_HEADINGS = /^(?:[一二三四]、)?(?:本年新收|上年结转|本年度办理结果|结转下年度|本年度办理|办理结果)/;

/** Section titles of the 2019/2021 templates and their pre-2019 counterparts (keywords). */
export const SECTION_KEYWORDS =
  /总体情况|概述|主动公开|收到和处理|依申请|申请情况|行政复议|行政诉讼|复议、诉讼|问题|改进|其他需要报告|需要说明|附表|附件|收费|减免|解读|回应|咨询|机构建设|经费|会议和培训|培训|工作考核|社会评议|基本情况|引言/;

/** Units that open a table region. */
export const TABLE_OPENERS: RegExp[] = [
  /^第二十条第\([一二三四五六七八九十]+\)项/,
  /勾稽关系/,
  /^申请人情况$/,
  /^(?:指标名称|统计指标)|^指标$/,
];

/** Standard row labels that also qualify a unit as a table cell. */
export const TABLE_LABEL_HINT =
  /^(?:信息内容|规章|行政规范性文件|规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购|自然人|法人或其他组织|总计|商业企业|科研机构|社会公益组织|法律服务机构|其他|行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|未经复议直接起诉|复议后起诉|本年.{0,6}数量|对外公开总数量|上一年项目数量|本年增\/减|处理决定数量|采购项目数量|采购总金额.*|本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额.*|单位|数量|\d{4}年度?|历年累计|本年累计|本期实际)$/;

/** A page number line of a printed page ("— 3 —", "- 3 -", "第3页 共8页"): not part of the report's text, and no break in a table. */
export const PAGE_NUMBER = /^(?:[-—–]+\d{1,4}[-—–]+|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|共\d{1,4}页[,，]?第\d{1,4}页)$/;

/** Page chrome of government web sites, CMS pages and word-processor exports. */
export const CHROME_PATTERNS: RegExp[] = [
  /^(?:您)?当前(?:所在)?位置/,
  /^首页\s*>/,
  /打印(?:本页)?\s*关闭/,
  /^(?:打印|关闭|打印本页|关闭本页|关闭窗口|返回顶部)(?:\s|$)/,
  /^(?:\[\s*(?:打印本页|打印|关闭本页|关闭窗口|关闭|返回顶部|收藏|分享)\s*\]\s*)+$/,
  /扫一扫/,
  /^字号\s*[:：]/,
  /^(?:字体|选择阅读字号)\s*[:：]?\s*[【\[]/,
  /^(?:来源|撰稿|校对|一审|二审|三审|作者|编辑|责任编辑|点击|浏览次数|访问量|阅读次数|关联稿件|分享(?:至)?)\s*[:：]/,
  /^(?:日期|发布日期|发布时间|时间|信息来源)\s*[:：]\s*\d{4}/,
  /^附件(?:下载)?\s*[:：]?$/,
  /^(?:关怀版|无障碍|智能问答机器人|相关解读|文字解读|图片解读|视频解读|访谈解读|媒体报道|来源[:：]?)(?:\s|$)/,
  /^(?:标题|发布时间|文号|发布机构|栏目|原文链接|本地目录|页面链接与图片详见)\s*[:：]/,
  /^=+\s*正文\s*=+$/,
  /^www\.[a-z0-9.-]+\s+发布时间/i,
];

/** Titles of the six sections of the 2019 trial and 2021 templates, by number. */
export const STANDARD_SECTIONS: { number: number; key: SectionKey; pattern: RegExp; title: string }[] = [
  { number: 1, key: 'overview', pattern: /总体情况|概述|基本情况/, title: '总体情况' },
  { number: 2, key: 'active', pattern: /主动公开/, title: '主动公开政府信息情况' },
  { number: 3, key: 'applications', pattern: /收到和处理|依申请|申请情况|申请的情况/, title: '收到和处理政府信息公开申请情况' },
  { number: 4, key: 'review', pattern: /行政复议|行政诉讼|复议、诉讼/, title: '政府信息公开行政复议、行政诉讼情况' },
  { number: 5, key: 'problems', pattern: /问题|改进/, title: '存在的主要问题及改进情况' },
  { number: 6, key: 'other', pattern: /其他需要报告|其他事项|需要说明/, title: '其他需要报告的事项' },
];

export type SectionKey = 'overview' | 'active' | 'applications' | 'review' | 'problems' | 'other';

/** Column headers of the standard tables: never the label of a data row. */
export const COLUMN_HEADER =
  /^(?:自然人|法人或其他组织|总计|商业企业|科研机构|社会公益组织|法律服务机构|其他|结果维持|结果纠正|其他结果|尚未审结|未经复议直接起诉|复议后起诉|本年.{0,6}数量|对外公开总数量|上一年项目数量|本年增\/减|处理决定数量|采购项目数量|采购总金额.*|本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额.*|单位|数量|\d{4}年度?|历年累计|本年累计|本期实际)$/;

/** The unit column of a pre-2019 附表 (条, 件, 万元 …). */
export const UNIT_WORD = /^(?:条|件|个|人|次|篇|人次|万元|元|项|份)$/;

/** Sub-rows of the table-三 groups （三）不予公开 … （六）其他处理, by label keyword. */
export const SUB_ROWS: Record<'deny' | 'unable' | 'reject' | 'other', [RegExp, string][]> = {
  deny: [
    [/国家秘密/, 'deny_1'],
    [/其他法律行政法规禁止公开/, 'deny_2'],
    [/三安全一稳定/, 'deny_3'],
    [/第三方合法权益/, 'deny_4'],
    [/三类内部事务/, 'deny_5'],
    [/四类过程性/, 'deny_6'],
    [/行政执法案卷/, 'deny_7'],
    [/行政查询事项/, 'deny_8'],
  ],
  unable: [
    [/不掌握/, 'unable_1'],
    [/另行制作/, 'unable_2'],
    [/补正后.{0,12}不明确/, 'unable_3'],
  ],
  reject: [
    [/信访|举报|投诉/, 'reject_1'],
    [/重复申请/, 'reject_2'],
    [/公开出版物/, 'reject_3'],
    [/大量反复/, 'reject_4'],
    [/确认或重新出具/, 'reject_5'],
  ],
  other: [
    [/逾期不补正/, 'other_1'],
    [/收费通知|缴纳费用/, 'other_2'],
    [/^其他$/, 'other_3'],
  ],
};

/** Column names of the table-二 sub-tables (both templates), as normalised labels. */
export const ACTIVE_COLUMN_NAMES = [
  '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额',
  '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '处理决定数量', '采购项目数量', '采购总金额',
];

/**
 * A header row collapsed into one cell ("信息内容本年制发件数本年废止件数现行有效件数",
 * a PDF conversion): the column names it is made of, each with the unit in
 * brackets that follows it ("本年收费金额(单位:万元)"); null unless the whole
 * text is such names.
 */
export function splitColumnNames(norm: string): string[] | null {
  const names: string[] = [];
  let at = 0;
  while (at < norm.length) {
    let best = '';
    for (const name of ACTIVE_COLUMN_NAMES) if (name.length > best.length && norm.startsWith(name, at)) best = name;
    if (!best) return null;
    let end = at + best.length;
    if (norm[end] === '(') {
      const close = norm.indexOf(')', end);
      if (close < 0) return null;
      end = close + 1;
    }
    names.push(norm.slice(at, end));
    at = end;
  }
  return names.length ? names : null;
}
