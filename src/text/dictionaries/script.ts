/**
 * Which script a character belongs to, for finding Simplified text inside a
 * Traditional report and the reverse.
 *
 * - Traditional-only: OpenCC's Traditional → Simplified conversion of the whole
 *   text (with phrase context, as in `matchText`) changes the character.
 * - Simplified-only: the character is unchanged by Traditional → Simplified and
 *   changed by both the Taiwan and the Hong Kong Simplified → Traditional
 *   conversions, one character at a time (so 台, 群, 秘 and phrase-level
 *   preferences like 發佈 for 發布 do not count), and it is not a character
 *   that is also correct Traditional in other words (AMBIGUOUS). Which
 *   characters pass the conversions is computed from OpenCC's dictionaries
 *   when they change (scripts/script-tables.mjs), so classifying never loads them.
 */
import { loadSimplifiedDictionary, toSimplified } from '../normalize.js';
import { requirePackage } from '../../require.js';
import { SIMPLIFIED_ONLY } from './script-tables.js';

type Cn2t = typeof import('opencc-js/cn2t');
let cn2t: Pick<Cn2t, 'Converter'> | undefined;
/** OpenCC's Simplified → Traditional dictionaries (1 MB, ~0.3 s to build): loaded on first use only. */
const converter = (to: 'tw' | 'hk') => (cn2t ??= requirePackage<Cn2t>('opencc-js/cn2t')).Converter({ from: 'cn', to });

/** Loads OpenCC's dictionaries (both directions) with import(), for builds without Node's require (a browser bundle). */
export async function loadScriptDictionaries(): Promise<void> {
  cn2t ??= await import('opencc-js/cn2t');
  await loadSimplifiedDictionary();
}

/**
 * Simplified forms that are also ordinary Traditional characters (若干, 公里,
 * 皇后, 于姓, 風采 …): never evidence of Simplified text on their own.
 */
export const AMBIGUOUS = new Set(
  [...'于干后里台余只冲松谷丑斗几范征向云准舍朴划出采凶胡致伙吊咸郁困扎叶价卷表面系党并杰借症占卜才了蒙夸克尽历涂制志'],
);

let tw: ((s: string) => string) | undefined;
const toTw = (s: string) => (tw ??= converter('tw'))(s);
const simplifiedOnly = new Set(SIMPLIFIED_ONLY);

/** Whether `ch` is a character only Simplified text uses (关, 键, 词, 谘 …). */
export function isSimplifiedOnly(ch: string): boolean {
  return simplifiedOnly.has(ch) && !AMBIGUOUS.has(ch);
}

/** Simplified → Traditional (Taiwan standard, phrase context), or the text itself when the length would change. */
export function toTraditional(text: string): string {
  const out = toTw(text);
  return out.length === text.length ? out : text;
}

export function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whether `classify` would find a Traditional-only character ('T'), without the Simplified → Traditional dictionaries. */
export function hasTraditional(text: string, simplified: string): boolean {
  for (let i = 0; i < text.length; i++) if (simplified[i] !== text[i] && isCjk(text[i]!)) return true;
  return false;
}

/** Per character: 'T' Traditional-only, 'S' Simplified-only, 'N' either (or not Chinese). `simplified` is matchText of the text. */
export function classify(text: string, simplified: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!isCjk(ch)) out += 'N';
    else if (simplified[i] !== ch) out += 'T';
    else out += isSimplifiedOnly(ch) ? 'S' : 'N';
  }
  return out;
}

export interface ScriptRun {
  index: number;
  length: number;
  /** Opposite-script characters in the run. */
  count: number;
}

/**
 * Runs of `kind` characters ('S' or 'T') in a classification: a run goes on
 * across neutral characters (at most `gap` in a row) and stops at a character
 * of the other script or at punctuation. It spans its first to its last `kind` character.
 */
export function runsOf(classes: string, text: string, kind: 'S' | 'T', gap = 8): ScriptRun[] {
  const other = kind === 'S' ? 'T' : 'S';
  const runs: ScriptRun[] = [];
  let start = -1;
  let last = -1;
  let count = 0;
  const close = () => {
    if (start >= 0) runs.push({ index: start, length: last - start + 1, count });
    start = -1;
    count = 0;
  };
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    if (c === kind) {
      if (start < 0) start = i;
      last = i;
      count++;
    } else if (start >= 0 && (c === other || i - last > gap || !/[\p{L}\p{N}]/u.test(text[i]!))) close();
  }
  close();
  return runs;
}
