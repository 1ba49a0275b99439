/**
 * The decompressed-size count of a PDF's streams (src/cli/pdf-size.ts):
 * FlateDecode, LZWDecode and RunLengthDecode data is counted, alone and
 * behind the ASCII encodings a PDF may wrap it in, so neither another
 * compression nor wrapping a compression bomb in text slips it past the
 * limit; the filters decode as the PDF standard says (LZW checked against
 * PDF.js reading the same stream).
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ascii85Decode, asciiHexDecode, lzwDecodedSize, runLengthDecodedSize } from '../src/cli/pdf-filters.js';
import { compressedStreams, pdfTooLarge } from '../src/cli/pdf-size.js';
import { pdfToText } from '../src/frontends/pdf/extract.js';
import { pdfOf, stream } from './helpers/pdf-bytes.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** ASCII85 as a PDF writer makes it ("z" for four zeros, "~>" at the end). */
function ascii85(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = [0, 1, 2, 3].map((k) => data[i + k] ?? 0);
    const value = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0;
    const count = Math.min(4, data.length - i);
    if (value === 0 && count === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    let v = value;
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(0x21 + (v % 85)));
      v = Math.floor(v / 85);
    }
    out += digits.slice(0, count + 1).join('');
  }
  return `${out}~>`;
}

/** LZW as PDF writers make it (§7.4.4): a clear code first, codes of 9 to 12 bits, one bit early (EarlyChange 1), end of data. */
function lzw(data: Uint8Array): Buffer {
  const out: number[] = [];
  let bits = 0;
  let count = 0;
  let width = 9;
  const put = (code: number) => {
    bits = (bits << width) | code;
    count += width;
    while (count >= 8) {
      out.push((bits >>> (count - 8)) & 0xff);
      count -= 8;
    }
    bits &= (1 << count) - 1;
  };
  let table = new Map<string, number>();
  let next = 258;
  put(256);
  let current = '';
  for (const byte of data) {
    const extended = current + String.fromCharCode(byte);
    if (extended.length === 1 || table.has(extended)) {
      current = extended;
      continue;
    }
    put(current.length === 1 ? current.charCodeAt(0) : table.get(current)!);
    table.set(extended, next++);
    if (next >= 1 << width && width < 12) width++;
    if (next === 4094) {
      put(256);
      table = new Map();
      next = 258;
      width = 9;
    }
    current = String.fromCharCode(byte);
  }
  if (current) put(current.length === 1 ? current.charCodeAt(0) : table.get(current)!);
  put(257);
  if (count) out.push((bits << (8 - count)) & 0xff);
  return Buffer.from(out);
}

/** A one-page PDF whose content stream holds `data` under the filter entry `filter`. */
function pdfWith(filter: string, data: string | Uint8Array): Uint8Array {
  const payload = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n4 0 obj\n<< /Length ${payload.length} /Filter ${filter} >>\nstream\n`, 'latin1'),
      payload,
      Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
    ]),
  );
}

describe('the ASCII encodings of PDF streams', () => {
  it('ASCIIHexDecode: pairs of digits, white space skipped, ">" ends, a last odd digit followed by 0', () => {
    expect(text(asciiHexDecode(bytes('48 65 6c\n6C 6f>ff')))).toBe('Hello');
    expect([...asciiHexDecode(bytes('7>'))]).toEqual([0x70]);
  });

  it('ASCII85Decode: five characters for four bytes, "z" for four zeros, a short last group, "~>" ends', () => {
    expect(text(ascii85Decode(bytes('9jqo^')))).toBe('Man ');
    expect(text(ascii85Decode(bytes('9jqo^BlbD-BleB1DJ+*+F(f,q~>ignored')))).toBe('Man is distinguished');
    expect([...ascii85Decode(bytes('z9jqo~>'))]).toEqual([0, 0, 0, 0, 0x4d, 0x61, 0x6e]);
    const data = new Uint8Array(Array.from({ length: 1001 }, (_, i) => (i * 37) % 256));
    expect([...ascii85Decode(bytes(ascii85(data)))]).toEqual([...data]);
  });
});

describe('the older compressions, counted without decoding', () => {
  it('LZWDecode: the count is the length of the data, for runs, text and noise, with the table cleared when full', async () => {
    const samples = [Buffer.alloc(100_000, 0x20), Buffer.from('本年度主动公开政府信息12条。'.repeat(3000)), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 251))];
    for (const data of samples) expect(lzwDecodedSize(lzw(data), Infinity)).toBe(data.length);
    expect(lzwDecodedSize(lzw(Buffer.alloc(100_000, 0x20)), 999)).toBeLessThan(3000);
    // The encoder writes what PDF.js reads: a page whose content stream is LZW-compressed (long enough for codes of
    // every width and a cleared table).
    const path = Array.from({ length: 6000 }, (_, i) => `${i % 500} ${(i * 7919) % 800} m `).join('');
    const content = Buffer.from(`BT /F1 12 Tf 72 720 Td (first line) Tj ET ${path}n BT /F1 12 Tf 72 700 Td (last line) Tj ET`);
    const pdf = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      stream(lzw(content), '/Filter /LZWDecode'),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]);
    expect(lzwDecodedSize(lzw(content), Infinity)).toBe(content.length);
    const { text } = await pdfToText(new Uint8Array(pdf));
    expect(text).toContain('first line');
    expect(text).toContain('last line');
    expect(compressedStreams(new Uint8Array(pdf)).map((s) => s.compression)).toEqual(['lzw']);
  });

  it('RunLengthDecode: literal runs and repeats, 128 ends', () => {
    expect(runLengthDecodedSize(new Uint8Array([2, 0x41, 0x42, 0x43, 0xfe, 0x44, 129, 0x45, 128, 5, 1, 2, 3, 4, 5, 6]), Infinity)).toBe(3 + 3 + 128);
  });
});

describe('counting what the streams of a PDF decode to', () => {
  const packed = deflateSync(Buffer.alloc(5000, 0x20));

  it('finds the compressed streams, alone and behind ASCIIHex or ASCII85, not behind another filter', () => {
    const found = (filter: string, data: string | Uint8Array) => compressedStreams(pdfWith(filter, data)).map((s) => [s.ascii, s.compression]);
    expect(found('/FlateDecode', packed)).toEqual([[[], 'flate']]);
    expect(found('[/ASCII85Decode /FlateDecode]', ascii85(packed))).toEqual([[['85'], 'flate']]);
    expect(found('[/AHx/Fl]', packed.toString('hex'))).toEqual([[['hex'], 'flate']]);
    expect(found('/LZWDecode /DecodeParms << /EarlyChange 0 >>', packed)).toEqual([[[], 'lzw-late']]);
    expect(found('[/A85 /RL]', packed)).toEqual([[['85'], 'run-length']]);
    expect(found('/DCTDecode', packed)).toEqual([]);
    expect(found('[/Crypt /FlateDecode]', packed)).toEqual([]);
  });

  it.each([
    ['/FlateDecode', packed],
    ['[/ASCII85Decode /FlateDecode]', ascii85(packed)],
    ['[/A85 /Fl]', ascii85(packed)],
    ['[/ASCIIHexDecode /FlateDecode]', `${packed.toString('hex')}>`],
    ['/LZWDecode', lzw(Buffer.alloc(5000, 0x20))],
    ['[/ASCII85Decode /LZWDecode]', ascii85(lzw(Buffer.alloc(5000, 0x20)))],
    ['/RunLengthDecode', Buffer.from([...Array.from({ length: 39 }, () => [129, 0x20]).flat(), 7, ...Buffer.alloc(8, 0x20), 128])],
  ] as const)('counts 5,000 decoded bytes under %s: over a limit of 4,999, within one of 5,000', async (filter, data) => {
    const pdf = pdfWith(filter, data);
    expect(await pdfTooLarge(pdf, 4999)).toBe(true);
    expect(await pdfTooLarge(pdf, 5000)).toBe(false);
  });
});
