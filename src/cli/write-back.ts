/**
 * Writing a fixed report back in its original encoding. Only the changed
 * stretches are re-encoded; every other byte (the byte-order mark, the line
 * endings, the untouched text) is copied from the original file, and the
 * result must decode to exactly the fixed text before it is written.
 * The file is replaced atomically: a temporary file in the same directory,
 * synced, then a rename over the original (see writeAtomic).
 */
import { constants } from 'node:fs';
import { access, open, readdir, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
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

/** Marks the temporary files of --fix: `.<name>.report-lint-fix-<pid>-<random>.tmp`. */
const TEMP = /^\..+\.report-lint-fix-(\d+)-[0-9a-f]{8}\.tmp$/;

/** Thrown when the user may not write the file (read-only mode or no access): the fix is not written. */
export class ReadOnlyError extends Error {
  readonly code = 'EREADONLY';
}

/**
 * Replaces the file at `absPath` (or the file a symbolic link there points
 * to) with `bytes`. Refused (ReadOnlyError) when the file is read-only (no
 * write bit at all, even for root) or this user may not write it. The bytes
 * go to a temporary file beside it, named so that a later run recognises it,
 * which takes the mode of the original always and its owner and group where
 * the process may; the temporary file is synced, renamed over the original,
 * and the directory synced, so that a crash leaves either file whole.
 */
export async function writeAtomic(absPath: string, bytes: Uint8Array): Promise<void> {
  const target = await realpath(absPath);
  const st = await stat(target);
  const mode = st.mode & 0o7777;
  if ((mode & 0o222) === 0 || !(await access(target, constants.W_OK).then(() => true, () => false))) throw new ReadOnlyError(target);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.report-lint-fix-${process.pid}-${(await import('node:crypto')).randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await keepOwner(handle, st.uid, st.gid);
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Gives the file the original owner and group, or the group alone, as far as the process may (only root may give files away). */
async function keepOwner(handle: FileHandle, uid: number, gid: number): Promise<void> {
  if (typeof process.getuid !== 'function') return;
  if (process.getuid() === uid && process.getgid?.() === gid) return;
  await handle.chown(uid, gid).catch(() => handle.chown(-1, gid)).catch(() => undefined);
}

/** Syncs a directory so that a rename in it survives a crash (not possible everywhere: then skipped). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some systems cannot open or sync a directory.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Removes the temporary files a killed --fix left in `dir`: those named as
 * writeAtomic names them whose process no longer runs. Returns their names.
 */
export async function removeLeftovers(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || running(Number(m[1]))) continue;
    await rm(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Whether a process with this id runs (and is not this one's own leftover from an earlier run). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
