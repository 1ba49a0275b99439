/**
 * Half-converted words in a Traditional report: a converter that works one
 * character at a time leaves a character whose Simplified form is also a
 * Traditional character of another meaning (于 for 於, 范 for 範, 采 for 採,
 * 系 for 係/繫, 干 for 幹), so 關于, 規范, 采購, 關系, 幹部 read 關于… where
 * 關於, 規範, 採購, 關係 are meant. Every such character in a word of OpenCC's
 * phrase dictionary is checked against the word's Traditional form; a
 * character standing alone (a surname 于, 風采) is left to the script count.
 */
import { phrasesOf, toSimplified, toTraditional } from '../../src/rule-kit.js';

/**
 * Simplified forms that are Traditional characters too, but of another word:
 * written inside a word whose Traditional form has the other character, they
 * are a half conversion. Left out: characters whose Simplified form is an
 * accepted Traditional variant in the same words (台/臺, 布/佈, 托/託, 了/瞭,
 * 占/佔, 注/註, 游/遊, 才/纔, 向/嚮, 凶/兇, 伙/夥, 借/藉, 克/剋, 困/睏, 扎/紮, 出/齣).
 */
export const HALF_CONVERTED = new Set([...'于范采系干后里只云松谷斗几征准余冲舍朴划胡致咸郁叶价卷表面党并杰卜夸尽历涂制志丑']);

export interface HalfWord {
  index: number;
  length: number;
  /** The word as written and as it should read. */
  found: string;
  right: string;
}

/**
 * Words of `written` (a node's text in Traditional script) whose Traditional
 * form has another character where a HALF_CONVERTED one is written;
 * `simplified` is its matchText (same length).
 */
export function halfConvertedWords(written: string, simplified: string): HalfWord[] {
  const out: HalfWord[] = [];
  for (const p of phrasesOf(simplified, (ch) => HALF_CONVERTED.has(ch))) {
    const found = written.slice(p.index, p.index + p.length);
    // The Taiwan form of the word gives the variant a reader expects (這裡 rather than 這裏) when it agrees.
    const taiwan = toTraditional(simplified.slice(p.index, p.index + p.length));
    let right = '';
    let wrong = false;
    for (let k = 0; k < found.length; k++) {
      const ch = found[k]!;
      const want = p.traditional[k]!;
      if (ch !== want && HALF_CONVERTED.has(ch) && toSimplified(want) === ch) {
        wrong = true;
        const tw = taiwan[k]!;
        right += toSimplified(tw) === ch && tw !== ch ? tw : want;
      } else right += ch;
    }
    if (!wrong) continue;
    // The word shown: the changed characters with one neighbour each inside the phrase (進一步規范 → 規范).
    let from = 0;
    while (found[from] === right[from]) from++;
    let to = found.length;
    while (found[to - 1] === right[to - 1]) to--;
    from = Math.max(0, from - 1);
    to = Math.min(found.length, Math.max(to + 1, from + 2));
    out.push({ index: p.index + from, length: to - from, found: found.slice(from, to), right: right.slice(from, to) });
  }
  return out;
}
