/**
 * Display width of text in a terminal (CJK characters take two columns),
 * as string-width computes it, without loading string-width for the
 * characters reports are made of: ASCII, Latin-1, general punctuation,
 * CJK ideographs, kana, CJK and full-width punctuation are read from a
 * table; any other character (emoji, combining marks, surrogates, controls)
 * hands the whole string to string-width, loaded on first need.
 */
import type stringWidthType from 'string-width';
import { requirePackage } from '../require.js';

/**
 * Width of a UTF-16 code unit that always stands alone as one grapheme, or
 * -1 when the code unit needs string-width. The ranges agree with
 * string-width 8 (test/width.test.ts checks every code point of them).
 */
function tableWidth(c: number): number {
  if (c < 0x20) return -1;
  if (c <= 0x7e) return 1;
  if (c < 0xa0) return -1;
  if (c <= 0xff) return c === 0xad ? -1 : 1;
  if (c < 0x2010) return -1;
  if (c <= 0x2027 || (c >= 0x2030 && c <= 0x205e)) return 1;
  if ((c >= 0x2160 && c <= 0x217f) || (c >= 0x2190 && c <= 0x22ff) || (c >= 0x2460 && c <= 0x24ff)) return 1;
  if (c < 0x3000) return -1;
  if (c <= 0x3029 || (c >= 0x3030 && c <= 0x303e)) return 2;
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x309b && c <= 0x30ff)) return 2;
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return 2;
  if ((c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff01 && c <= 0xff60)) return 2;
  return -1;
}

let stringWidth: typeof stringWidthType | undefined;
/** Widths string-width gave for short strings (single characters of frames), so each is asked once. */
const slowCache = new Map<string, number>();

/** string-width's answer (one column per code point if it cannot be loaded, on Node before 20.19). */
function slowWidth(text: string): number {
  const cached = slowCache.get(text);
  if (cached !== undefined) return cached;
  let width: number;
  try {
    stringWidth ??= requirePackage<{ default: typeof stringWidthType }>('string-width').default;
    width = stringWidth(text);
  } catch {
    width = [...text].length;
  }
  if (text.length <= 4 && slowCache.size < 10_000) slowCache.set(text, width);
  return width;
}

/** Display columns of `text`, equal to string-width's result. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = tableWidth(text.charCodeAt(i));
    if (w < 0) return slowWidth(text);
    width += w;
  }
  return width;
}
