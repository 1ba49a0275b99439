/**
 * Counting what compressed data inflates to without keeping it: the data is
 * inflated as a stream whose output is counted and dropped, stopping as soon
 * as the count passes a budget, so a few kilobytes that inflate to gigabytes
 * (a compression bomb) cost at most the budget in time and a few kilobytes of
 * memory. Used for the entries of a .docx (docx-size.ts) and the streams of a
 * PDF (pdf-size.ts).
 */
import { createInflate, createInflateRaw, inflateRawSync, inflateSync } from 'node:zlib';

/** Output inflated at once, in memory, before falling back to the counting stream (most streams of a PDF are a few kilobytes). */
const AT_ONCE = 1024 * 1024;

/**
 * Bytes that `data` inflates to, counting no further than `budget + 1`:
 * 'raw' deflate (zip entries) or 'zlib' (a PDF's FlateDecode). A damaged
 * stream counts what came out of it; the reader of the file says what is wrong.
 */
export async function inflatedSize(data: Uint8Array, budget: number, format: 'raw' | 'zlib'): Promise<number> {
  try {
    // Small output inflated in one call; more than AT_ONCE (or a damaged stream) is counted by the stream below.
    const options = { maxOutputLength: Math.max(1, Math.min(AT_ONCE, budget + 1)) };
    const out = format === 'raw' ? inflateRawSync(data, options) : inflateSync(data, options);
    return out.length;
  } catch {
    // Over AT_ONCE, or damaged: counted as a stream.
  }
  return new Promise((resolve) => {
    const inflate = format === 'raw' ? createInflateRaw() : createInflate();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('error', () => resolve(total));
    inflate.on('end', () => resolve(total));
    inflate.end(data);
  });
}
