/**
 * The decompressed size of a PDF, measured before PDF.js parses it: every
 * stream whose dictionary names /FlateDecode (content streams, fonts, images,
 * object streams alike) is inflated and counted (inflated-size.ts), and the
 * count stops as soon as the total passes the limit, so a small PDF whose
 * streams inflate to gigabytes costs at most the limit in time and a few
 * kilobytes of memory. The file is read once, from start to end: each stream
 * is found by its `stream` keyword, its dictionary in the bytes just before it
 * and its data up to the next `endstream`.
 */
import { inflatedSize } from './inflated-size.js';

/** Decompressed bytes the streams of a PDF may hold (as for a .docx: a long report's pages and fonts take a few megabytes; pictures count too). */
export const MAX_PDF_INFLATED = 200 * 1024 * 1024;

/** Bytes before a `stream` keyword searched for its dictionary (dictionaries are a few hundred bytes). */
const DICTIONARY_WINDOW = 4096;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** The [start, end) of the data of every FlateDecode stream, in file order. */
export function flateStreams(bytes: Uint8Array): [number, number][] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: [number, number][] = [];
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
    if (/\/FlateDecode\b|\/Fl\b/.test(open < 0 ? dictionary : dictionary.slice(open))) out.push([start, end]);
    previousEnd = end;
    at = Math.max(at, end);
  }
  return out;
}

/** True when the FlateDecode streams of the PDF inflate to more than `limit` bytes. */
export async function pdfTooLarge(bytes: Uint8Array, limit = MAX_PDF_INFLATED): Promise<boolean> {
  let total = 0;
  for (const [start, end] of flateStreams(bytes)) {
    total += await inflatedSize(bytes.subarray(start, end), limit - total, 'zlib');
    if (total > limit) return true;
  }
  return false;
}
