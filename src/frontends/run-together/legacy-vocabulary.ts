/**
 * Vocabulary of the pre-2019 统计表 / 附表 ("指标名称 | 计量单位 | 2016年度 |
 * 历年累计", rows "label | unit | values") for reading such a table when
 * crawler text ran it together on one line. Except LEGACY_HINT (a cheap test
 * on the raw unit), patterns apply to `matchText` output with whitespace
 * removed (half-width punctuation, Simplified script). Every pattern has
 * bounded repetitions only, so matching is linear.
 */

/** Raw-text test (Simplified or Traditional) for a unit that may hold such a table. */
export const LEGACY_HINT = /指标名称|指標名稱|统计指标|統計指標|统计表|統計表/;

/** Where a table can start: a "…统计表" caption, or the first header cell. */
export const LEGACY_ANCHOR = /统计表|指标名称|统计指标/g;
export const CAPTION_WORD = '统计表';

/** One header cell; the header is a run of these. */
export const HEADER_WORD = /指标名称|统计指标|计量单位|单位|指标|\d{4}年度|本年度|历年累计|本年累计|本期/y;
export const FIRST_COLUMN = /^(?:指标名称|统计指标|指标)$/;
export const UNIT_COLUMN = /^(?:计量单位|单位)$/;
/** Value columns: the period ("2016年度", "本年度", "本期") and the running total ("历年累计", "本年累计"). */
export const PERIOD_COLUMN = /^(?:\d{4}年度|本年度|本期)$/;
export const CUMULATIVE_COLUMN = /^(?:历年累计|本年累计)$/;

/** Units of the unit column, longest first so "人次" wins over "次" and "万元" over "元". */
export const UNITS = ['人次', '万元', '条', '件', '元', '个', '人', '次', '篇', '项', '份'];

/** Numbering at the start of a row label: "其中:", then "1、" / "1." / "一、" / "(一)" / "(1)"; group 1 is an Arabic number. */
export const LABEL_PREFIX = /(?:其中:?)?(?:(\d{1,2})[、.]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?/y;

/** Characters no row label contains: the table has ended and prose goes on. */
export const LABEL_STOP = /[。;!?；！？]/;

/** Caption numbering, where a caption starts when no sentence end comes before it. */
export const CAPTION_MARK = /[一二三四五六七八九十]{1,3}、|附表\d{0,2}|附件\d{0,2}/g;
/** Sentence ends (in matchText output). */
export const SENTENCE_END = /[。;!?]/;

/** Figures the prose states about 本年度 cells, and the rows they speak about. */
export type LegacyTarget = 'active' | 'apps.received' | 'review.review' | 'review.litigation';

/** "主动公开政府信息3460条": the year's proactively published count (the other targets come from prose-figures). */
export const ACTIVE_FIGURE = /主动公开(?:政府)?信息(?:共计|合计|总数|总计|共)?(?:为|达)?\s{0,4}(\d{1,7})\s{0,4}条/g;

/** The row a target speaks about: the first row whose normalised label matches. */
export const TARGET_ROW: Record<LegacyTarget, RegExp> = {
  active: /^主动公开.{0,12}(?:信息|文件)(?:总)?数/,
  'apps.received': /^(?:受理|收到).{0,16}申请.{0,8}(?:总)?数|^申请(?:总)?数/,
  'review.review': /^(?:因政府信息公开)?(?:申请)?行政复议/,
  'review.litigation': /^(?:因政府信息公开)?(?:提起)?行政诉讼/,
};
