/**
 * Decoding the bytes of a report to text, with no Node API (TextDecoder
 * only), so the CLI (cli/read.ts) and the offline page (src/web) share it.
 * Government reports come as UTF-8, UTF-16 (Word "Unicode text") and
 * GBK/GB18030 (Windows Notepad), so the encoding is sniffed rather than assumed.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text and its encoding, or undecodable (binary, or no encoding fits). */
export type DecodeOutcome = { ok: true; text: string; encoding: Encoding } | { ok: false; problem: { kind: 'undecodable' } };

/**
 * Decodes bytes to text without the byte-order mark:
 * UTF-8/UTF-16 BOM → that encoding; UTF-16 by its pattern of zero bytes;
 * otherwise strict UTF-8, then strict GB18030 (a superset of GBK). NUL bytes outside UTF-16, or text full of
 * control characters, mean a binary file. Returns undecodable when nothing fits.
 */
export function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  const undecodable: DecodeOutcome = { ok: false, problem: { kind: 'undecodable' } };
  const bom = detectBom(bytes);
  if (bom) {
    const text = strictDecode(bom.encoding, bytes.subarray(bom.length));
    return text === undefined || looksBinary(text) ? undecodable : { ok: true, text, encoding: bom.encoding };
  }
  // UTF-16 without a byte-order mark: the zero bytes of its ASCII characters (line ends, digits) all fall on one side.
  const utf16 = utf16ByPattern(bytes);
  if (utf16) {
    const text = strictDecode(utf16, bytes);
    if (text !== undefined && !looksBinary(text)) return { ok: true, text, encoding: utf16 };
  }
  if (bytes.includes(0)) return undecodable;
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = strictDecode(encoding, bytes);
    if (text !== undefined) return looksBinary(text) ? undecodable : { ok: true, text, encoding };
  }
  return undecodable;
}

/**
 * UTF-16 told from its byte pattern: an even number of bytes, at least 8 zero
 * bytes (ASCII characters: line ends, digits, spaces), and 95% of them at odd
 * positions (little-endian: the high byte follows) or at even positions (big-
 * endian). A UTF-8 or GB18030 text has no zero bytes at all.
 */
function utf16ByPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 16 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const zeros = even + odd;
  if (zeros < 8) return undefined;
  if (odd >= zeros * 0.95) return 'utf-16le';
  if (even >= zeros * 0.95) return 'utf-16be';
  return undefined;
}

/** The encoding announced by a byte-order mark, and the mark's length. */
export function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Decodes with a fatal TextDecoder; undefined on any invalid sequence (or an encoding this runtime lacks). */
function strictDecode(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * True when the text is probably not text: a NUL, or more than 1% C0 control
 * characters other than tab, line feed, vertical tab, form feed, carriage
 * return, SUB (old DOS end-of-file) and ESC.
 */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1a && c !== 0x1b) controls++;
  }
  return controls > 0 && controls > text.length / 100;
}
