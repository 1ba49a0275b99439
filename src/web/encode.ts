/**
 * The corrected text in the encoding the report came in, as the CLI's --fix
 * writes it back: UTF-8 (with its byte-order mark when the file had one),
 * UTF-16 with its mark, or GBK/GB18030. Browsers decode GB18030 but cannot
 * encode it, so the two-byte table is built once by decoding every two-byte
 * sequence; a character outside it (rare: four-byte GB18030) makes the text
 * fall back to UTF-8 with a mark, which the caller says. No Node API.
 */
import type { Encoding } from '../text/decode.js';

let gbTable: Map<number, number> | undefined;

/** Code unit → the two bytes (high << 8 | low) that GB18030 writes it as. */
function gb(): Map<number, number> {
  if (gbTable) return gbTable;
  gbTable = new Map();
  const decoder = new TextDecoder('gb18030');
  const pair = new Uint8Array(2);
  for (let high = 0x81; high <= 0xfe; high++) {
    for (let low = 0x40; low <= 0xfe; low++) {
      if (low === 0x7f) continue;
      pair[0] = high;
      pair[1] = low;
      const text = decoder.decode(pair);
      if (text.length === 1 && text !== '\ufffd' && !gbTable.has(text.charCodeAt(0))) gbTable.set(text.charCodeAt(0), (high << 8) | low);
    }
  }
  return gbTable;
}

function gbEncode(text: string): Uint8Array | undefined {
  const table = gb();
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(c);
      if (bytes === undefined) return undefined;
      out.push(bytes >> 8, bytes & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** The bytes of the text in the encoding (UTF-16 always with its mark), and the encoding used. */
export function encodeLike(text: string, encoding: Encoding | undefined, bom: boolean): { bytes: Uint8Array; encoding: Encoding; fellBack: boolean } {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return { bytes: utf16(text, encoding === 'utf-16be'), encoding, fellBack: false };
  if (encoding === 'gb18030') {
    const bytes = gbEncode(text);
    if (bytes) return { bytes, encoding, fellBack: false };
  }
  const body = new TextEncoder().encode(text);
  const withMark = bom || encoding === 'gb18030';
  const bytes = withMark ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  return { bytes, encoding: 'utf-8', fellBack: encoding === 'gb18030' };
}
