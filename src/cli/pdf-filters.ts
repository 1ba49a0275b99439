/**
 * The PDF stream filters other than FlateDecode, for counting what a stream
 * decodes to (pdf-size.ts; PDF 32000-1 §7.4): the two text encodings a PDF may
 * put around compressed data (/ASCIIHexDecode, /ASCII85Decode), decoded, and
 * the two older compressions (/LZWDecode, /RunLengthDecode), counted without
 * making their output. Each is linear in its input.
 */

/** /ASCIIHexDecode: hex digit pairs, white space ignored, ">" ends; a last odd digit is followed by 0. */
export function asciiHexDecode(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      out[n++] = (high << 4) | digit;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  return out.subarray(0, n);
}

/** /ASCII85Decode: groups of five characters "!"–"u" for four bytes, "z" for four zeros, white space ignored, "~>" ends. */
export function ascii85Decode(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 * data.length + 4);
  let n = 0;
  const group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84); // padded with "u"
    let value = 0;
    for (const d of group) value = value * 85 + d;
    for (let k = 0; k < count; k++) out[n++] = (value >>> (24 - 8 * k)) & 0xff;
    group.length = 0;
  };
  for (const c of data) {
    if (c === 0x7e) break; // "~>"
    if (c === 0x7a && group.length === 0) {
      n += 4; // "z": four zero bytes (the array is zero-filled)
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group.push(c - 0x21);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return out.subarray(0, n);
}

/**
 * Bytes /LZWDecode data decodes to (§7.4.4), counted without making them: the
 * length of each table entry is its parent's plus one, so the count needs
 * only the codes. Stops past `budget`; a damaged code ends the count.
 * `earlyChange` is the stream's /EarlyChange (1 unless it says 0).
 */
export function lzwDecodedSize(data: Uint8Array, budget: number, earlyChange = 1): number {
  const lengths = new Uint32Array(4096);
  let total = 0;
  let codeLength = 9;
  let nextCode = 258;
  let previous = 0; // the length of the previous code's string; 0 after a clear
  let bits = 0;
  let bitCount = 0;
  for (const byte of data) {
    bits = ((bits << 8) | byte) & 0xffffff;
    bitCount += 8;
    while (bitCount >= codeLength) {
      const code = (bits >>> (bitCount - codeLength)) & ((1 << codeLength) - 1);
      bitCount -= codeLength;
      if (code === 256) {
        codeLength = 9;
        nextCode = 258;
        previous = 0;
        continue;
      }
      if (code === 257) return total;
      const length = code < 256 ? 1 : code < nextCode ? lengths[code]! : code === nextCode && previous ? previous + 1 : 0;
      if (!length) return total;
      if (previous && nextCode < 4096) lengths[nextCode++] = previous + 1;
      total += length;
      if (total > budget) return total;
      previous = length;
      if (nextCode + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
    }
  }
  return total;
}

/** Bytes /RunLengthDecode data decodes to (§7.4.5), counted; stops past `budget` or at the end-of-data byte 128. */
export function runLengthDecodedSize(data: Uint8Array, budget: number): number {
  let total = 0;
  for (let i = 0; i < data.length && total <= budget; ) {
    const length = data[i]!;
    if (length === 128) break;
    if (length < 128) {
      total += length + 1;
      i += length + 2;
    } else {
      total += 257 - length;
      i += 2;
    }
  }
  return total;
}
