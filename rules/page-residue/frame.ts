/**
 * The web page's frame around a report — breadcrumb, the article's meta line (来源, 发布时间, 浏览次数) and
 * the toolbar (字号, 打印, 分享, 微信 微博) — is the website, not the report. Next to the title (on the
 * title's own line, or on a line of its own before the first section) it is never reported; only frame
 * pieces inside the report's own text are.
 */

/** A field of the article's meta line with its value: "来源：县政府办", "发布时间:2023-01-20 10:00", "浏览次数:35". */
const META_FIELD =
  /(?:信息来源|来源|发布时间|发布日期|发布机构|成文日期|作者|编辑|责任编辑|浏览次数|阅读次数|访问量|点击数|点击量|撰稿|校对|审核|时间|日期|索引号|文号)\s{0,3}:\s{0,3}(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|[^\s:|]{0,20})/g;

/** Words of the page's toolbar and breadcrumb. */
const TOOLBAR =
  /(?:您)?当前(?:所在)?位置\s*:?|首页|字号|字体|[大中小]|默认|超大|打印(?:本页)?|关闭(?:窗口|本页)?|收藏|纠错|分享(?:到|至)?\s*:?|微信|微博|QQ空间|QQ|朋友圈|复制链接|返回顶部|扫一扫|[>|\[\]()\s:·]/g;

/** A report title: year, 信息公开/政务公开, 报告. */
const TITLE = /(?:19|20)\d{2}\s*年度?.{0,40}?(?:信息|政务)公开.{0,12}?报告/;

/**
 * Whether a line before the first section heading is the page's frame, possibly with the title on it:
 * what is left after taking away meta fields and toolbar words is the title or nothing.
 */
export function isFrameNextToTitle(text: string): boolean {
  const rest = text.replace(META_FIELD, ' ').replace(TOOLBAR, '');
  if (rest.length === 0) return true;
  const title = TITLE.exec(rest);
  return title !== null && rest.length - title[0].length <= 16 && rest.length <= 60;
}
