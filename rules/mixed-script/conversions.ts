/**
 * Bad Simplified → Traditional conversions: a converter that maps every 面 to
 * 麵, 志 to 誌, 制 to 製 … writes 方麵, 同誌, 製度 where 方面, 同志, 制度 are
 * meant (seed 004 is full of them). Each entry carries specs — text as found
 * → text after the fix — that `checkConversions()` verifies (run in the tests).
 *
 * Left out on purpose: 編製 (correct Traditional for "to compile", 編製預算),
 * 複議 (Traditional usage varies), 發布/匯總/依托/了解 (accepted variants).
 */
import type { Text } from '../../src/rule-kit.js';

export interface BadConversion {
  /** The wrong form as machine-converted text has it. */
  wrong: string;
  /** The correct Traditional form, same length as `wrong`. */
  right: string;
  /** Correct words that contain `wrong`; an occurrence inside one of them is left alone. */
  keep?: string[];
  /** Examples: text as found → text after fixing every occurrence (keep cases map to themselves). */
  specs: [string, string][];
}

/** Why a character is wrong, shown in the message. */
export const CHAR_NOTES: Record<string, Text> = {
  麵: { zh: '“麵”只用于面食，如麵條、麵粉', en: '麵 only means noodles/flour' },
  誌: { zh: '“誌”只用于记载、标记，如雜誌、標誌', en: '誌 only means a record or mark' },
  製: { zh: '“製”只用于制造，如製造、製作', en: '製 only means to manufacture' },
  係: { zh: '“係”只用于关系，如關係', en: '係 only means relation' },
  複: { zh: '“複”是重复的“复”，答复用“覆”', en: '複 means repeated; a reply is 覆' },
};

const NOODLES = ['麵條', '麵粉', '麵包', '麵食', '麵館', '麵點', '麵店', '麵團', '麵筋', '麵線', '拉麵', '湯麵', '泡麵', '涼麵', '炒麵', '米麵'];

export const BAD_CONVERSIONS: BadConversion[] = [
  // 面 (face, side, surface) written 麵 (noodles): 方麵, 全麵, 當麵, 版麵, 板麵, 表麵, 層麵 …
  {
    wrong: '麵',
    right: '面',
    keep: NOODLES,
    specs: [
      ['點等方麵取得了', '點等方面取得了'],
      ['(一)全麵部署工作', '(一)全面部署工作'],
      ['可當麵查詢', '可當面查詢'],
      ['公開板麵等', '公開板面等'],
      ['報紙版麵', '報紙版面'],
      ['麵向群眾、層麵', '面向群眾、層面'],
      ['麵包店與拉麵館', '麵包店與拉麵館'],
    ],
  },
  // 志 (will, comrade) written 誌 (record): 同誌, 意誌, 誌願 …; 雜誌, 標誌, 日誌 are right.
  { wrong: '同誌', right: '同志', specs: [['主要負責同誌參加', '主要負責同志參加'], ['雜誌標誌', '雜誌標誌']] },
  { wrong: '意誌', right: '意志', specs: [['意誌堅定', '意志堅定']] },
  { wrong: '誌願', right: '志願', specs: [['誌願服務', '志願服務']] },
  { wrong: '鬥誌', right: '鬥志', specs: [['鬥誌昂揚', '鬥志昂揚']] },
  // 制 (system, to formulate, to control) written 製 (to manufacture); 製造, 製作, 印製, 複製 are right.
  { wrong: '製度', right: '制度', specs: [['發言人製度', '發言人制度'], ['製作製度', '製作制度']] },
  { wrong: '製定', right: '制定', keep: ['印製定', '複製定', '繪製定'], specs: [['製定了政務', '制定了政務'], ['印製定稿', '印製定稿']] },
  { wrong: '製訂', right: '制訂', specs: [['製訂方案', '制訂方案']] },
  { wrong: '製發', right: '制發', keep: ['製發證', '製發卡', '製發牌'], specs: [['誰製發、誰提出', '誰制發、誰提出'], ['製發規範性文件', '制發規範性文件'], ['製發證件', '製發證件']] },
  { wrong: '機製', right: '機制', specs: [['保障機製仍需', '保障機制仍需']] },
  { wrong: '體製', right: '體制', specs: [['體製改革', '體制改革']] },
  { wrong: '控製', right: '控制', specs: [['控製在', '控制在']] },
  { wrong: '限製', right: '限制', specs: [['限製公開', '限制公開']] },
  { wrong: '強製', right: '強制', specs: [['行政強製', '行政強制']] },
  { wrong: '法製', right: '法制', specs: [['法製宣傳', '法制宣傳']] },
  { wrong: '製約', right: '制約', specs: [['監督製約', '監督制約']] },
  { wrong: '製止', right: '制止', specs: [['製止違法', '制止違法']] },
  { wrong: '因地製宜', right: '因地制宜', specs: [['因地製宜', '因地制宜']] },
  // 系 (system, series) written 係 (relation); 關係 is right. 聯系 is 聯繫 in Traditional.
  { wrong: '係統', right: '系統', specs: [['依申請公開係統', '依申請公開系統'], ['相關係統', '相關系統']] },
  { wrong: '體係', right: '體系', specs: [['標準體係', '標準體系']] },
  { wrong: '係列', right: '系列', specs: [['一係列', '一系列']] },
  { wrong: '聯係', right: '聯繫', specs: [['聯係電話', '聯繫電話']] },
  // 复 in the sense of "reply" written 複 (repeated): 回複, 答複, 批複.
  { wrong: '回複', right: '回覆', specs: [['均已及時回複。', '均已及時回覆。']] },
  { wrong: '答複', right: '答覆', specs: [['申請答複數', '申請答覆數']] },
  { wrong: '批複', right: '批覆', specs: [['省政府批複', '省政府批覆']] },
];

export interface ConversionHit {
  entry: BadConversion;
  /** Index of the wrong word in the text. */
  index: number;
  /** Offset of the first and count of the wrong characters inside the word. */
  at: number;
  length: number;
}

/** Every bad conversion in `text` (raw node value, not matchText: the wrong characters are Traditional). */
export function findBadConversions(text: string): ConversionHit[] {
  const hits: ConversionHit[] = [];
  for (const entry of BAD_CONVERSIONS) {
    let at = 0;
    while (entry.wrong[at] === entry.right[at]) at++;
    let end = entry.wrong.length;
    while (entry.wrong[end - 1] === entry.right[end - 1]) end--;
    for (let i = text.indexOf(entry.wrong); i !== -1; i = text.indexOf(entry.wrong, i + 1)) {
      if (entry.keep?.some((k) => covers(text, k, entry.wrong, i))) continue;
      hits.push({ entry, index: i, at, length: end - at });
    }
  }
  return hits.sort((a, b) => a.index + a.at - (b.index + b.at));
}

/** Whether an occurrence of `keep` in `text` contains the occurrence of `wrong` at `index`. */
function covers(text: string, keep: string, wrong: string, index: number): boolean {
  for (let k = keep.indexOf(wrong); k !== -1; k = keep.indexOf(wrong, k + 1)) {
    if (text.startsWith(keep, index - k)) return true;
  }
  return false;
}

/** Applies every fix to `text` (used by the specs). */
export function fixConversions(text: string): string {
  let out = text;
  for (const hit of findBadConversions(text)) {
    const s = hit.index + hit.at;
    out = out.slice(0, s) + hit.entry.right.slice(hit.at, hit.at + hit.length) + out.slice(s + hit.length);
  }
  return out;
}

/** Verifies the dictionary: same-length pairs and every spec. Returns the problems found. */
export function checkConversions(): string[] {
  const problems: string[] = [];
  for (const e of BAD_CONVERSIONS) {
    if (e.wrong.length !== e.right.length || e.wrong === e.right) problems.push(`${e.wrong} → ${e.right}: lengths differ or no change`);
    if (e.specs.length === 0) problems.push(`${e.wrong}: no specs`);
    for (const [from, to] of e.specs) {
      const got = fixConversions(from);
      if (got !== to) problems.push(`${e.wrong}: "${from}" → "${got}", expected "${to}"`);
    }
  }
  return problems;
}
