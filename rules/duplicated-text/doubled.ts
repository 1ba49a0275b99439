/**
 * Doublings the word scan (repeats.ts) does not see: a phrase longer than a
 * word written twice in a row ("进一步加强政务公开工作进一步加强政务公开工作"),
 * a bracket or quotation mark written twice ("《《条例》"), and the level
 * character of an agency name written twice ("某某县县人民政府").
 *
 * Input is `matchText` of a node (width folded, Simplified script), the same
 * length as the node value. Every scan is linear: the phrase scan makes one
 * pass per phrase length, and the lengths are bounded.
 */

export interface Doubled {
  /** The second copy (what a fix deletes). */
  index: number;
  length: number;
}

const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text[i])) n++;
  return n;
}

/**
 * Words of the template's table headers: a text holding two of them is a header flattened into a line
 * ("结果维持结果纠正其他结果尚未审结总计结果维持…"), where the same words rightly come again and again.
 */
const HEADER_WORDS = [
  '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉',
  '复议后起诉', '本年新制作', '本年新公开', '对外公开总数', '本年制发件数', '本年废止件数', '现行有效件数', '处理决定数量', '申请人情况',
];

/** Whether a text reads as table headers run together. */
export function isCollapsedHeader(text: string): boolean {
  let n = 0;
  for (const word of HEADER_WORDS) if (text.includes(word) && ++n >= 2) return true;
  return false;
}

/**
 * A phrase of `minLength`–`maxLength` characters (at least `minCjk` of them Chinese: "加强组织领导，加强组织领导，",
 * "进一步加强政务公开工作进一步加强政务公开工作") written twice in a row; the
 * shortest unit wins, and a unit that is itself a word the word scan looks at (`wordLength` CJK characters or
 * fewer, nothing else) is left to it. One pass per length: a run of k positions where text[j] = text[j + k] is a
 * unit of length k written twice.
 */
export function doubledPhrases(text: string, { minLength = 7, maxLength = 60, minCjk = 6, wordLength = 8 } = {}): Doubled[] {
  const found: Doubled[] = [];
  const taken = (from: number, to: number) => found.some((d) => from < d.index + d.length && d.index - d.length < to);
  for (let k = minLength; k <= maxLength && 2 * k <= text.length; k++) {
    let run = 0;
    for (let j = 0; j + k < text.length; j++) {
      run = text[j] === text[j + k] ? run + 1 : 0;
      if (run < k) continue;
      const start = j - k + 1;
      run = -Infinity; // one finding per run at this length
      const unit = text.slice(start, start + k);
      if (!isCjk(unit[0]) || cjkCount(unit) < minCjk || (cjkCount(unit) === k && k <= wordLength)) continue;
      if (/年度?(?:工作)?报告/.test(unit) || taken(start, start + 2 * k)) continue;
      found.push({ index: start + k, length: k });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Brackets and quotation marks written twice: "《《", "》》", "【【", "““" (folded: "[[" for 【【 and 〔〔). */
const MARKS = /《《|》》|\[\[|\]\]|""|〈〈|〉〉/g;

/** A bracket or quotation mark written twice ("《《条例》"): the second one. */
export function doubledMarks(text: string): Doubled[] {
  const out: Doubled[] = [];
  for (const m of text.matchAll(MARKS)) {
    // "“”" folds to '""' too: only the same mark twice (the original text decides, see the rule).
    out.push({ index: m.index + 1, length: 1 });
  }
  return out;
}

/**
 * The level of an agency written twice before its formal name: "某某县县人民政府", "某某镇镇人民政府". After
 * 我/本/该/全/各 the first level is a word of its own ("我县县人民政府" is "our county's government").
 */
const AGENCY = /(?<=[\u4e00-\u9fff])(?<![我本该全各])([省市县区镇乡])\1(人民政府|人民代表大会|人民法院|人民检察院)/g;

export interface DoubledInName extends Doubled {
  /** The name as shown: two characters of the place, the doubled level and the formal name. */
  name: { index: number; length: number };
}

/** A level character written twice in an agency's formal name: the second one, and the name around it. */
export function doubledInNames(text: string): DoubledInName[] {
  return [...text.matchAll(AGENCY)].map((m) => {
    let from = m.index;
    while (from > m.index - 2 && isCjk(text[from - 1])) from--;
    return { index: m.index + 1, length: 1, name: { index: from, length: m.index + m[0].length - from } };
  });
}
