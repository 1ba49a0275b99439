/**
 * Items of a counted list that lost their number: "施工许可证76条、核准企业资质条、
 * 安全生产许可证12条" — the measure word of the list stands right after the
 * item's name with no number, while the item before and the one after (or the
 * two before, at the end of the list) carry a number of the same measure.
 */
import { amounts, sentenceSpans, type Amount } from '../../src/rule-kit.js';

export interface BareItem {
  /** The item as written, from after the separator before it to its measure word. */
  index: number;
  length: number;
}

const MEASURE = '人次|份|件|条|个|次|篇|项|家|期|场|名|批';
/** A measure word right after a word (not a digit or numeral) and right before a separator. */
const CANDIDATE = new RegExp(`(?<=[\\u4e00-\\u9fff])(?<![零一二三四五六七八九十百千万两几第每各本该此这那某])(${MEASURE})(?=[、,;。])`, 'g');
/** Words that end in a measure word ("文件", "事项", "市场"): an item named so is no lost number. */
const COMPOUND = new RegExp(
  '(?:文|条|案|事|邮|信|附|证|软|要|稿|函|部|物|快|配|硬|构|元)件$|(?:事|款|选|专|立|单|强|弱|奖|要)项$|' +
  '(?:层|批|名|档|班|车|其|依|首|多|再|屡|逐|场|频|位|架|航|户|人)次$|(?:年|月|身|股|省)份$|' +
  '(?:日|时|到|周|定|学|逾|近|同|初|长|短|中|预|延|如|按|过|工|限|分|星|假|任|刑|汛|当|首)期$|' +
  '(?:链|线|萧|便|专|头|金|面|发|教|信)条$|(?:整|单)个$|(?:全|通|开|长|短|诗|续)篇$|' +
  '(?:国|专|大|农|商|厂|卖|买|作|住|全)家$|(?:现|市|广|会|考|官|农|战|机|赛|剧|主|立|在|商)场$|' +
  '(?:姓|签|命|署|报|排|提|著|知|点|实|地|书|学|品|域)名$|(?:审|报|分|成|大)批$',
);
/** Separators between the items of a list (width folded). */
const SEPARATOR = /^[、,;]/;
/** Longest item looked at (a phrase item may hold 、: "复议、诉讼和申诉情况"). */
const MAX_ITEM = 30;

/** Bare items of the counted lists in a `matchText` text; linear: one pass per sentence with a pointer into its amounts. */
export function bareItems(text: string): BareItem[] {
  const out: BareItem[] = [];
  for (const s of sentenceSpans(text)) {
    const body = text.slice(s.start, s.end);
    if (!/[、,;]/.test(body)) continue;
    const counts = amounts(text, s.start, s.end).filter((a) => a.unit !== '%');
    if (counts.length < 2) continue;
    let k = 0;
    for (const m of body.matchAll(CANDIDATE)) {
      const at = s.start + m.index;
      const unit = m[1]!;
      for (; k < counts.length && counts[k]!.index < at; k++);
      const prev = counts[k - 1];
      const next = counts[k];
      const sibling = (a: Amount | undefined, from: number) => !!a && a.unit === unit && endsItemOrSentence(text, a, s.end) && Math.abs(a.index - from) <= MAX_ITEM + 12;
      const followed = SEPARATOR.test(text.slice(at + unit.length)) && sibling(next, at);
      let itemStart: number;
      if (prev && prev.unit === unit && endsItem(text, prev) && at - prev.index <= MAX_ITEM + 12) {
        // Inside or at the end of the list: a sibling after it, or two before it.
        if (!followed && !sibling(counts[k - 2], prev.index)) continue;
        itemStart = prev.index + prev.length + 1;
      } else {
        // First item: two siblings after it; the item starts after the last separator or list word before it.
        if (!followed || !sibling(counts[k + 1], next!.index)) continue;
        itemStart = itemStartBefore(text, at, Math.max(s.start, at - MAX_ITEM));
      }
      const item = text.slice(itemStart, at + unit.length);
      if (item.length > MAX_ITEM || /\d/.test(item) || COMPOUND.test(item)) continue;
      out.push({ index: itemStart, length: at + unit.length - itemStart });
    }
  }
  return out;
}

/** The amount closes a list item or the sentence. */
function endsItemOrSentence(text: string, a: Amount, end: number): boolean {
  return endsItem(text, a) || /^\s*[。!?]?\s*$/.test(text.slice(a.index + a.length, end));
}

/** Start of the first item of a list: after the last separator, colon or 其中 before it. */
function itemStartBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    if (/[、,;:]/.test(text[i]!)) return i + 1;
    if (text.startsWith('其中', i - 1)) return i + 1;
  }
  return floor;
}

/** The amount closes a list item: a separator follows it. */
function endsItem(text: string, a: Amount): boolean {
  return SEPARATOR.test(text.slice(a.index + a.length, a.index + a.length + 1));
}
