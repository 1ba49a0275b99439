/**
 * The decompressed size of a PDF, measured before PDF.js parses it: every
 * compressed stream (content streams, fonts, images, object streams alike:
 * /FlateDecode, /LZWDecode or /RunLengthDecode, alone or after
 * /ASCIIHexDecode or /ASCII85Decode) is decoded and counted (inflated-size.ts,
 * pdf-filters.ts), and the
 * count stops as soon as the total passes the limit, so a small PDF whose
 * streams inflate to gigabytes costs at most the limit in time and a few
 * kilobytes of memory. The file is read once, from start to end: each stream
 * is found by its `stream` keyword, its dictionary in the bytes just before it
 * and its data up to the next `endstream`.
 */
import { inflatedSize } from './inflated-size.js';
import { ascii85Decode, asciiHexDecode, lzwDecodedSize, runLengthDecodedSize } from './pdf-filters.js';

/** Decompressed bytes the streams of a PDF may hold (as for a .docx: a long report's pages and fonts take a few megabytes; pictures count too). */
export const MAX_PDF_INFLATED = 200 * 1024 * 1024;

/** Bytes before a `stream` keyword searched for its dictionary (dictionaries are a few hundred bytes). */
const DICTIONARY_WINDOW = 4096;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');

/** A compressed stream: where its data is, the text encodings applied before the decompression (in order), and the compression. */
export interface CompressedStream {
  start: number;
  end: number;
  ascii: ('hex' | '85')[];
  compression: 'flate' | 'lzw' | 'lzw-late' | 'run-length';
}

const ASCII: Record<string, 'hex' | '85'> = { ASCIIHexDecode: 'hex', AHx: 'hex', ASCII85Decode: '85', A85: '85' };
const COMPRESSION: Record<string, 'flate' | 'lzw' | 'run-length'> = { FlateDecode: 'flate', Fl: 'flate', LZWDecode: 'lzw', LZW: 'lzw', RunLengthDecode: 'run-length', RL: 'run-length' };

/**
 * The filters a stream dictionary names (`/Filter /X` or `/Filter [/X /Y]`)
 * up to the first compression: the text encodings before it and the
 * compression, or undefined when the stream is not compressed (or first
 * filtered some other way).
 */
function compressionOf(dictionary: string): Pick<CompressedStream, 'ascii' | 'compression'> | undefined {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!filter) return undefined;
  const ascii: CompressedStream['ascii'] = [];
  for (const [, name] of filter[1]!.matchAll(/\/([A-Za-z0-9]+)/g)) {
    const compression = COMPRESSION[name!];
    if (compression === 'lzw' && /\/EarlyChange\s+0\b/.test(dictionary)) return { ascii, compression: 'lzw-late' };
    if (compression) return { ascii, compression };
    const encoding = ASCII[name!];
    if (!encoding) return undefined;
    ascii.push(encoding);
  }
  return undefined;
}

/** Every compressed stream, in file order. */
export function compressedStreams(bytes: Uint8Array): CompressedStream[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: CompressedStream[] = [];
  let previousEnd = 0;
  for (let at = buffer.indexOf(STREAM, 0); at >= 0; at = buffer.indexOf(STREAM, at + STREAM.length)) {
    // "endstream" holds "stream": only a keyword not preceded by "end" opens a stream.
    if (at >= 3 && buffer[at - 1] === 0x64 && buffer[at - 2] === 0x6e && buffer[at - 3] === 0x65) continue;
    let start = at + STREAM.length;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    const endKeyword = buffer.indexOf(END_STREAM, start);
    const end = endKeyword < 0 ? buffer.length : endKeyword;
    // The dictionary: from the object's "obj" (within the window, after the previous stream) to the keyword.
    const from = Math.max(previousEnd, at - DICTIONARY_WINDOW);
    const open = buffer.subarray(from, at).lastIndexOf(OBJ);
    const filters = compressionOf(buffer.toString('latin1', open >= 0 ? from + open : from, at));
    if (filters) out.push({ start, end, ...filters });
    previousEnd = end;
    at = Math.max(at, end);
  }
  return out;
}

/** Bytes a stream's data decodes to, counting no further than `budget + 1`. */
async function decodedSize(data: Uint8Array, stream: CompressedStream, budget: number): Promise<number> {
  for (const encoding of stream.ascii) data = encoding === 'hex' ? asciiHexDecode(data) : ascii85Decode(data);
  if (stream.compression === 'flate') return inflatedSize(data, budget, 'zlib');
  if (stream.compression === 'run-length') return runLengthDecodedSize(data, budget);
  return lzwDecodedSize(data, budget, stream.compression === 'lzw' ? 1 : 0);
}

/**
 * The most a byte of each compression can decode to: deflate 1,032 bytes; an
 * LZW code of 9 or more bits at most 4,096 (the longest table entry); a
 * run-length pair 128 from 2.
 */
const MAX_RATIO: Record<CompressedStream['compression'], number> = { flate: 1032, lzw: 3641, 'lzw-late': 3641, 'run-length': 64 };

/**
 * True when the compressed streams of the PDF decode to more than `limit`
 * bytes. Streams are decoded only while what the rest could hold at most
 * (their size times MAX_RATIO) might still pass the limit, so an ordinary
 * PDF of a few hundred kilobytes is not decoded at all.
 */
export async function pdfTooLarge(bytes: Uint8Array, limit = MAX_PDF_INFLATED): Promise<boolean> {
  const streams = compressedStreams(bytes);
  let rest = streams.reduce((n, s) => n + (s.end - s.start) * MAX_RATIO[s.compression], 0);
  let total = 0;
  for (const stream of streams) {
    if (total + rest <= limit) return false;
    rest -= (stream.end - stream.start) * MAX_RATIO[stream.compression];
    total += await decodedSize(bytes.subarray(stream.start, stream.end), stream, limit - total);
    if (total > limit) return true;
  }
  return false;
}
