/**
 * Label and text normalisation, in one place, so that every layout and
 * script meets the same vocabulary: full/half width, spaces inside labels,
 * punctuation variants and Traditional script.
 */
import { requirePackage } from '../require.js';
import { CONVERTIBLE } from './dictionaries/script-tables.js';

type T2cn = typeof import('opencc-js/t2cn');
let t2cnPackage: Pick<T2cn, 'Converter'> | undefined;
let converter: ((s: string) => string) | undefined;

/** Loads OpenCC's Traditional → Simplified dictionary with import(), for builds without Node's require (a browser bundle). */
export async function loadSimplifiedDictionary(): Promise<void> {
  t2cnPackage ??= await import('opencc-js/t2cn');
}

/**
 * Per UTF-16 unit: 1 when the character may change in Traditional → Simplified
 * conversion (for characters outside the BMP: their surrogates).
 */
const MAY_CONVERT = new Uint8Array(0x10000);
for (let i = 0; i < CONVERTIBLE.length; i++) MAY_CONVERT[CONVERTIBLE.charCodeAt(i)] = 1;

/** Whether OpenCC could change anything in `text`; without such a character it is not consulted (nor loaded). */
export function mayConvert(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (MAY_CONVERT[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Traditional → Simplified, length-preserving (falls back to per-character conversion). */
export function toSimplified(text: string): string {
  if (!mayConvert(text)) return text;
  const t2cn = (converter ??= (t2cnPackage ??= requirePackage<T2cn>('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' }));
  const out = t2cn(text);
  if (out.length === text.length) return out;
  let result = '';
  for (const ch of text) {
    const c = t2cn(ch);
    result += c.length === ch.length ? c : ch;
  }
  return result;
}

/**
 * Full-width ASCII → ASCII and ideographic/odd spaces → ASCII space.
 * Length-preserving, so indexes into the folded text are indexes into the original.
 */
export function foldWidth(text: string): string {
  // Unchanged stretches are copied as slices; a text with nothing to fold is returned as is.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    let folded: string | undefined;
    if (c >= 0xff01 && c <= 0xff5e) folded = String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) folded = ' ';
    else if (c === 0x200b || c === 0xfeff || c === 0x200c || c === 0x200d) folded = ' ';
    if (folded === undefined) continue;
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const PUNCT: Record<string, string> = {
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '〔': '[',
  '〕': ']',
  '【': '[',
  '】': ']',
  '．': '.',
  '﹐': ',',
  '–': '-',
  '—': '-',
  '－': '-',
};
const PUNCT_RE = new RegExp(`[${Object.keys(PUNCT).join('')}]`, 'g');

/**
 * Text for matching: folded width (（，：；→ (,:;), Simplified script, straight quotes
 * and hyphens; 。 and 、 are kept.
 * Length-preserving, so a match index is an index into the original text.
 */
export function matchText(text: string): string {
  return memo(matchCache, text, computeMatchText);
}

function computeMatchText(text: string): string {
  let folded = foldWidth(text);
  if (hasCjk(folded)) folded = toSimplified(folded);
  return folded.replace(PUNCT_RE, (ch) => PUNCT[ch]!);
}

/**
 * A table label in canonical form: `matchText` with all whitespace removed and
 * the numbering separators unified ("1．" "1、" → "1."). Not length-preserving.
 */
export function normalizeLabel(text: string): string {
  return memo(labelCache, text, computeLabel);
}

function computeLabel(text: string): string {
  return matchText(text)
    .replace(/\s+/g, '')
    .replace(/^(\d+)[,、]/, '$1.')
    .replace(/^([一二三四五六七八九十]+)[.,]/, '$1、');
}

/**
 * Results for short strings (labels, cells, headings, lines), which every
 * rule and every report asks for again: computed once per process. Long
 * strings are not kept; a full cache is emptied rather than grown.
 */
const MEMO_MAX_LENGTH = 200;
const MEMO_MAX_ENTRIES = 50_000;
const matchCache = new Map<string, string>();
const labelCache = new Map<string, string>();

function memo(cache: Map<string, string>, text: string, compute: (text: string) => string): string {
  if (text.length > MEMO_MAX_LENGTH) return compute(text);
  let out = cache.get(text);
  if (out === undefined) {
    if (cache.size >= MEMO_MAX_ENTRIES) cache.clear();
    out = compute(text);
    cache.set(text, out);
  }
  return out;
}

function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x4e00) return true;
  return false;
}
