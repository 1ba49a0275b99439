/**
 * The decompressed size of a PDF, measured before PDF.js parses it: every
 * stream whose dictionary names /FlateDecode (content streams, fonts, images,
 * object streams alike), alone or after /ASCIIHexDecode or /ASCII85Decode
 * (pdf-ascii.ts), is inflated and counted (inflated-size.ts), and the
 * count stops as soon as the total passes the limit, so a small PDF whose
 * streams inflate to gigabytes costs at most the limit in time and a few
 * kilobytes of memory. The file is read once, from start to end: each stream
 * is found by its `stream` keyword, its dictionary in the bytes just before it
 * and its data up to the next `endstream`.
 */
import { inflatedSize } from './inflated-size.js';
import { ascii85Decode, asciiHexDecode } from './pdf-ascii.js';

/** Decompressed bytes the streams of a PDF may hold (as for a .docx: a long report's pages and fonts take a few megabytes; pictures count too). */
export const MAX_PDF_INFLATED = 200 * 1024 * 1024;

/** Bytes before a `stream` keyword searched for its dictionary (dictionaries are a few hundred bytes). */
const DICTIONARY_WINDOW = 4096;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** A FlateDecode stream: where its data is, and the text encodings applied before the inflating (in order). */
export interface FlateStream {
  start: number;
  end: number;
  ascii: ('hex' | '85')[];
}

const ASCII: Record<string, 'hex' | '85'> = { ASCIIHexDecode: 'hex', AHx: 'hex', ASCII85Decode: '85', A85: '85' };
const FLATE = new Set(['FlateDecode', 'Fl']);

/**
 * The filters a stream dictionary names (`/Filter /X` or `/Filter [/X /Y]`)
 * when they decode to FlateDecode data: the text encodings before it, or
 * undefined when the stream is not inflated (no filter, another compression
 * first).
 */
function flateAfter(dictionary: string): FlateStream['ascii'] | undefined {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!filter) return undefined;
  const ascii: FlateStream['ascii'] = [];
  for (const [, name] of filter[1]!.matchAll(/\/([A-Za-z0-9]+)/g)) {
    if (FLATE.has(name!)) return ascii;
    const encoding = ASCII[name!];
    if (!encoding) return undefined;
    ascii.push(encoding);
  }
  return undefined;
}

/** Every FlateDecode stream, in file order. */
export function flateStreams(bytes: Uint8Array): FlateStream[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: FlateStream[] = [];
  let previousEnd = 0;
  for (let at = buffer.indexOf(STREAM, 0); at >= 0; at = buffer.indexOf(STREAM, at + STREAM.length)) {
    // "endstream" holds "stream": only a keyword not preceded by "end" opens a stream.
    if (at >= 3 && buffer[at - 1] === 0x64 && buffer[at - 2] === 0x6e && buffer[at - 3] === 0x65) continue;
    let start = at + STREAM.length;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    const endKeyword = buffer.indexOf(END_STREAM, start);
    const end = endKeyword < 0 ? buffer.length : endKeyword;
    const dictionary = buffer.toString('latin1', Math.max(previousEnd, at - DICTIONARY_WINDOW), at);
    const open = dictionary.lastIndexOf('obj');
    const ascii = flateAfter(open < 0 ? dictionary : dictionary.slice(open));
    if (ascii) out.push({ start, end, ascii });
    previousEnd = end;
    at = Math.max(at, end);
  }
  return out;
}

/** True when the FlateDecode streams of the PDF inflate to more than `limit` bytes. */
export async function pdfTooLarge(bytes: Uint8Array, limit = MAX_PDF_INFLATED): Promise<boolean> {
  let total = 0;
  for (const { start, end, ascii } of flateStreams(bytes)) {
    let data = bytes.subarray(start, end);
    for (const encoding of ascii) data = encoding === 'hex' ? asciiHexDecode(data) : ascii85Decode(data);
    total += await inflatedSize(data, limit - total, 'zlib');
    if (total > limit) return true;
  }
  return false;
}
