import { matchText } from '../../text/normalize.js';
import { sliceUnit, trimUnit, type TextUnit } from '../units.js';

/** A page field: a short name and a colon ("发布时间：2024-02-23", "来源：区政府办公室", "阅读次数:"). */
const FIELD = /^[\u4e00-\u9fff]{1,8}\s*[:：]/;
/** The other pieces of a page's frame: breadcrumb arrows, font-size and print controls, dates, times, counts. */
const FRAME =
  /^(?:[>›»|]+|[[\]【】()（）]+|[大中小]|默认|超大|[[【(（]?(?:打印|关闭|打印本页|关闭窗口|分享|收藏|返回顶部)[\]】)）]?|(?:[[【][^\]】]{1,6}[\]】])+|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|\d+|[[【]?[大中小][\]】]?)$/;
/** Where a report's own text begins: its title, a heading, or a sentence. */
const TITLE = /^[\u4e00-\u9fff（）()]{0,30}(?:19|20)\d{2}\s*年度?[^。，,；]{0,30}?(?:信息|政务)公开[^。，,；]{0,12}?报告/;
const SENTENCE = /[。；]/;

/**
 * A line of page chrome that runs on into the report ("发布时间：2024-02-23 来源：
 * 区政府办公室 字号：[ 大 中 小 ] 本报告根据……。", a breadcrumb with the title after
 * it): the page's frame ends where the title or the first sentence of the
 * report begins, and the text from there on is the report's — the title, and
 * the text after it, apart. Returns the frame and the report's pieces, or null
 * when the whole line is frame (or a word of it is neither frame nor report).
 * One pass over the line's words.
 */
export function splitChromeLine(unit: TextUnit): TextUnit[] | null {
  const text = matchText(unit.value);
  const words = /\S+/g;
  let m: RegExpExecArray | null;
  let valueNext = false;
  while ((m = words.exec(text))) {
    const word = m[0];
    if (m.index > 0 && startsReport(text, m.index)) return cut(unit, text, m.index);
    if (FIELD.test(word)) {
      // A field whose value follows after a space ("来源： 区政府办公室").
      valueNext = /[:：]$/.test(word);
      continue;
    }
    if (FRAME.test(word)) {
      // A breadcrumb step follows an arrow.
      valueNext = /^[>›»]+$/.test(word);
      continue;
    }
    if (valueNext && word.length <= 30 && !SENTENCE.test(word)) {
      valueNext = false;
      continue;
    }
    return null;
  }
  return null;
}

function startsReport(text: string, at: number): boolean {
  const rest = text.slice(at, at + 200);
  if (TITLE.test(rest)) return true;
  const first = /^\S+/.exec(rest)![0];
  return first.length >= 10 && SENTENCE.test(rest) && !FIELD.test(first);
}

/** The frame before `at`, and the report from there: its title and the text after the title apart. */
function cut(unit: TextUnit, text: string, at: number): TextUnit[] | null {
  const frame = trimUnit(sliceUnit(unit, 0, at));
  if (!frame) return null;
  const title = TITLE.exec(text.slice(at));
  const titleEnd = title && /^\s/.test(text.slice(at + title[0].length)) ? at + title[0].length : -1;
  const pieces = titleEnd > 0 ? [sliceUnit(unit, at, titleEnd), sliceUnit(unit, titleEnd, unit.value.length)] : [sliceUnit(unit, at, unit.value.length)];
  const report = pieces.map(trimUnit).filter((p): p is TextUnit => p !== null);
  return report.length ? [frame, ...report] : null;
}
