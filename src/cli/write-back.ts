/**
 * Writing a fixed report back in its original encoding. Only the changed
 * stretches are re-encoded; every other byte (the byte-order mark, the line
 * endings, the untouched text) is copied from the original file, and the
 * result must decode to exactly the fixed text before it is written.
 * The file is replaced atomically: a temporary file in the same directory,
 * then a rename over the original.
 */
import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type iconvType from 'iconv-lite';
import { requirePackage } from '../require.js';
import { detectBom, type Encoding } from './read.js';

/** The bytes of `text` in `encoding`, without a byte-order mark. */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'gb18030':
      // iconv-lite is loaded only when a GB18030 file is written back.
      return requirePackage<typeof iconvType>('iconv-lite').encode(text, 'gb18030');
  }
}

/**
 * The byte offset of every UTF-16 code unit boundary of the decoded body
 * (index = code unit offset), walking the encoded characters. Undefined when
 * the walk does not end exactly at the end of both.
 */
export function unitByteOffsets(body: Uint8Array, encoding: Encoding, units: number): Uint32Array | undefined {
  const offsets = new Uint32Array(units + 1);
  let unit = 0;
  let at = 0;
  while (at < body.length && unit < units) {
    const b = body[at]!;
    let size: number;
    let count = 1;
    if (encoding === 'utf-16le' || encoding === 'utf-16be') size = 2;
    else if (encoding === 'utf-8') {
      size = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
      if (size === 4) count = 2;
    } else {
      // GB18030: ASCII and 0x80 (€) are one byte; a lead byte then a digit starts four bytes
      // (leads 0x90 and up are outside the BMP); otherwise two bytes.
      const next = body[at + 1] ?? 0;
      size = b <= 0x80 ? 1 : next >= 0x30 && next <= 0x39 ? 4 : 2;
      if (size === 4 && b >= 0x90) count = 2;
    }
    offsets[unit] = at;
    if (count === 2 && unit + 1 <= units) offsets[unit + 1] = at; // never a cut point: inside a pair
    unit += count;
    at += size;
  }
  if (unit !== units || at !== body.length) return undefined;
  offsets[units] = at;
  return offsets;
}

/** One replacement in old-text code units. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Start and end (without the line break) of each line. */
function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The edit turning old[oStart, oEnd) into new[nStart, nEnd), trimmed of common prefix and suffix (never inside a surrogate pair). */
function trimmedEdit(oldText: string, newText: string, [oStart, oEnd]: [number, number], [nStart, nEnd]: [number, number]): Edit {
  let p = 0;
  while (oStart + p < oEnd && nStart + p < nEnd && oldText.charCodeAt(oStart + p) === newText.charCodeAt(nStart + p)) p++;
  if (p > 0 && isHigh(oldText.charCodeAt(oStart + p - 1))) p--;
  let s = 0;
  while (oEnd - s > oStart + p && nEnd - s > nStart + p && oldText.charCodeAt(oEnd - s - 1) === newText.charCodeAt(nEnd - s - 1)) s++;
  if (s > 0 && isLow(oldText.charCodeAt(oEnd - s))) s--;
  return { start: oStart + p, end: oEnd - s, text: newText.slice(nStart + p, nEnd - s) };
}

/** The changed stretches between two texts with the same lines (one per changed line), or one edit for the whole text. */
export function textEdits(oldText: string, newText: string): Edit[] {
  const olds = lineSpans(oldText);
  const news = lineSpans(newText);
  if (olds.length !== news.length) return [trimmedEdit(oldText, newText, [0, oldText.length], [0, newText.length])];
  const edits: Edit[] = [];
  olds.forEach((o, i) => {
    const n = news[i]!;
    if (oldText.slice(o[0], o[1]) !== newText.slice(n[0], n[1])) edits.push(trimmedEdit(oldText, newText, o, n));
  });
  return edits;
}

/**
 * The bytes of the fixed text: the original bytes with only the changed
 * stretches re-encoded. Throws when the result would not decode to `newText`
 * in the same encoding (the file is then left alone).
 */
export function encodeFixed(original: Uint8Array, encoding: Encoding, oldText: string, newText: string): Uint8Array {
  const bom = detectBom(original);
  const bomLength = bom && bom.encoding === encoding ? bom.length : 0;
  const body = original.subarray(bomLength);
  const offsets = unitByteOffsets(body, encoding, oldText.length);
  const chunks: Uint8Array[] = [original.subarray(0, bomLength)];
  if (offsets) {
    let at = 0;
    for (const edit of textEdits(oldText, newText)) {
      chunks.push(body.subarray(at, offsets[edit.start]!), encodeText(edit.text, encoding));
      at = offsets[edit.end]!;
    }
    chunks.push(body.subarray(at));
  } else {
    chunks.push(encodeText(newText, encoding));
  }
  const out = Buffer.concat(chunks);
  let check: string | undefined;
  try {
    check = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(out.subarray(bomLength));
  } catch {
    check = undefined;
  }
  if (check !== newText) throw new Error(`cannot encode the fixed text as ${encoding}`);
  return out;
}

/**
 * Replaces the file at `absPath` (or the file a symbolic link there points
 * to) with `bytes`: written to a temporary file beside it with the same mode,
 * then renamed over it.
 */
export async function writeAtomic(absPath: string, bytes: Uint8Array): Promise<void> {
  const target = await realpath(absPath);
  const mode = (await stat(target)).mode & 0o7777;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${(await import('node:crypto')).randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
