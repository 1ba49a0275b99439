/**
 * The decompressed size of a .docx, measured before the Word reader unpacks
 * it: each entry of the zip is inflated as a stream whose output is counted
 * and dropped, and the count stops as soon as the total passes the limit, so a
 * small file that inflates to gigabytes (a zip bomb) costs at most the limit
 * in time and a few kilobytes of memory. A file that is not a readable zip is
 * left to the Word reader, which says so.
 */
import { inflatedSize } from './inflated-size.js';

/** Decompressed bytes a .docx may hold (the XML of a long report is a few megabytes; pictures count too). */
export const MAX_DOCX_INFLATED = 200 * 1024 * 1024;

interface Entry {
  method: number;
  compressed: number;
  size: number;
  local: number;
}

/** The entries of a zip's central directory, or undefined when it cannot be read. */
function entries(bytes: Uint8Array): Entry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    out.push({
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
    });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** True when the entries of the .docx inflate to more than `limit` bytes. */
export async function docxTooLarge(bytes: Uint8Array, limit = MAX_DOCX_INFLATED): Promise<boolean> {
  if (bytes.length < 22) return false;
  const list = entries(bytes);
  if (!list) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of list) {
    if (e.local + 30 > bytes.length || view.getUint32(e.local, true) !== 0x04034b50) return false;
    const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    // ZIP64 entries (sizes 0xFFFFFFFF) take the rest of the file as their data: the count still bounds them.
    const end = e.compressed === 0xffffffff ? bytes.length : Math.min(bytes.length, start + e.compressed);
    if (e.method === 0) total += end - start;
    else if (e.method === 8) total += await inflatedSize(bytes.subarray(start, end), limit - total, 'raw');
    if (total > limit) return true;
  }
  return false;
}
