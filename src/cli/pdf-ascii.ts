/**
 * The two text encodings a PDF may put around compressed stream data
 * (/ASCIIHexDecode, /ASCII85Decode: PDF 32000-1 §7.4.2–7.4.3), decoded so that
 * the compressed data inside can be counted (pdf-size.ts). Linear in the
 * data; the output is smaller than the input.
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
