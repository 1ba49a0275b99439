/**
 * Doubled characters and words in running text ("统一的的", "工作工作",
 * "根据…以及根据"), with the legitimate reduplications of Chinese kept out:
 * 常常, 天天, 人人, 个个, 一一, AABB forms (清清楚楚), ABAB verbs (研究研究),
 * 一X一X (一步一步), numerals, and word boundaries (为了|了解, 小组|组长,
 * 我县|县政府, 是|是否).
 *
 * Input is `matchText` of a node; indexes are indexes into the node value.
 * Every scan is a single pass with a bounded window (linear in the text),
 * comparing UTF-16 units and cutting strings only for a hit.
 */

export interface Doubling {
  /** Index and length of the second copy (the one to delete). */
  index: number;
  length: number;
  /** The repeated unit. */
  unit: string;
  /** Whether deleting the second copy is safe enough to be an automatic fix. */
  fixable: boolean;
}

/**
 * Single characters whose doubling is a slip: function words only. `words`:
 * characters that form a word with it after (了|解 in 为了了解 is fine);
 * `after`: characters that form a word with it before (目的|的, 可以|以).
 */
const SLIPS: Record<string, { words?: string; after?: string; fix: boolean }> = {
  的: { words: '确', after: '目标', fix: true },
  了: { words: '解结却如之断然', after: '为除不罢算得', fix: true },
  在: { words: '线建职岗编校内于册场', after: '存现实正所自', fix: true },
  是: { words: '否非', fix: true },
  和: { words: '谐平睦美气', after: '总温平缓柔饱融调祥谦随附暖亲共', fix: true },
  与: { words: '会', after: '参给赋授', fix: true },
  及: { words: '时早格', after: '以涉普波危顾企触', fix: false },
  对: { words: '象方接外内比照话应策口于', after: '针面核相应绝反比校', fix: false },
  把: { words: '握关', after: '严', fix: false },
  被: { words: '告', fix: false },
  并: { words: '且行重列', after: '合兼吞', fix: true },
  也: { fix: true },
  都: { words: '市', after: '首', fix: true },
  就: { words: '业医近地是', after: '成造迁', fix: true },
  而: { words: '且言', after: '从进然因反继', fix: true },
  之: { words: '间后前一外内下中际', fix: false },
  于: { words: '是', fix: true },
  其: { words: '他中余次实', after: '及与尤', fix: false },
  以: { words: '上下来后前及便外内免往', after: '所可足难加予得借', fix: false },
  为: { words: '民主止此准期了', after: '作认成因行称视更较极', fix: false },
  将: { after: '即', fix: false },
  从: { words: '事而业严', after: '自服跟听', fix: false },
  向: { words: '上', after: '方面导走意倾转偏动指志', fix: false },
  们: { fix: true },
  还: { fix: true },
  又: { fix: true },
};

/** ABAB reduplications of verbs ("研究研究"): a legitimate form, never a slip. */
const ABAB_ALLOWED = new Set([
  '研究', '讨论', '学习', '考虑', '商量', '休息', '打扫', '了解', '检查', '活动', '锻炼', '交流', '比较', '整理',
  '收拾', '介绍', '体验', '清理', '尝试', '分析', '总结', '琢磨', '准备', '打听', '思考', '沟通', '探讨', '梳理',
  '练习', '调整', '放松', '盘点', '核实', '雪白', '通红', '冰凉', '笔直', '哗啦', '轰隆',
]);

const NUMERALS = /^[一二三四五六七八九十百千万零〇两]+$/;
/** Whether the UTF-16 unit at `i` is a CJK unified ideograph (false past the end). */
const isCjkAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
};

/** Whether text[a, a + length) and text[b, b + length) are the same units (b + length within the text). */
function sameUnits(text: string, a: number, b: number, length: number): boolean {
  for (let m = 0; m < length; m++) if (text.charCodeAt(a + m) !== text.charCodeAt(b + m)) return false;
  return true;
}

/** A doubled function character ("的的") at i, i+1, unless a legitimate reading exists. */
function charSlip(text: string, i: number): Doubling | null {
  if (text.charCodeAt(i + 1) !== text.charCodeAt(i)) return null;
  const a = text[i]!;
  const slip = SLIPS[a];
  if (!slip) return null;
  const prev = text[i - 1];
  const next = text[i + 2];
  if (next !== undefined && slip.words?.includes(next)) return null;
  if (prev !== undefined && slip.after?.includes(prev)) return null;
  // AABB (是是非非, 的的确确) and BBAA are reduplications.
  if (next !== undefined && next !== a && text[i + 3] === next) return null;
  if (prev !== undefined && prev !== a && text[i - 2] === prev) return null;
  return { index: i + 1, length: 1, unit: a, fixable: slip.fix };
}

/** A unit of 2–8 CJK characters written twice in a row ("工作工作", "进一步进一步"). */
function wordRepeat(text: string, i: number, maxLength: number): Doubling | null {
  const first = text.charCodeAt(i);
  for (let k = 2; k <= maxLength; k++) {
    if (!isCjkAt(text, i + k - 1)) return null;
    if (text.charCodeAt(i + k) !== first || i + 2 * k > text.length || !sameUnits(text, i, i + k, k)) continue;
    const unit = text.slice(i, i + k);
    if (NUMERALS.test(unit) || ABAB_ALLOWED.has(unit)) return null;
    if (k === 2 && (unit[0] === unit[1] || unit[0] === '一')) return null;
    // A longer periodic run (哈哈哈哈) or a unit that itself ends a longer repeat is left alone.
    if (i >= k && sameUnits(text, i - k, i, k)) return null;
    return { index: i + k, length: k, unit, fixable: k >= 3 };
  }
  return null;
}

/** Doubled characters and words in a text, left to right, not overlapping. */
export function doubledText(text: string, maxLength = 8): Doubling[] {
  const out: Doubling[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (!isCjkAt(text, i)) continue;
    const found = wordRepeat(text, i, maxLength) ?? charSlip(text, i);
    if (!found) continue;
    out.push(found);
    i = found.index + found.length - 1;
  }
  return out;
}

export interface RepeatedPreposition {
  /** The second preposition (to delete). */
  index: number;
  length: number;
  word: string;
  /** Index of the first one. */
  first: number;
  /** The conjunction before the second one ("以及"). */
  conjunction: string;
}

const PREPOSITION = /(根据|按照|依据|依照)[^。;!?]{2,80}?(以及|及|和|与|并)\1/g;

/** "根据《条例》以及根据《通知》": the preposition repeated inside one coordination. */
export function repeatedPrepositions(text: string): RepeatedPreposition[] {
  const out: RepeatedPreposition[] = [];
  for (const m of text.matchAll(PREPOSITION)) {
    const word = m[1]!;
    out.push({ index: m.index + m[0].length - word.length, length: word.length, word, first: m.index, conjunction: m[2]! });
  }
  return out;
}

/** Key of a sentence or paragraph for comparing repeats: CJK characters, letters and digits only. */
export function repeatKey(text: string): string {
  return text.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
}

/** Number of CJK characters in a text. */
export function cjkLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjkAt(text, i)) n++;
  return n;
}
