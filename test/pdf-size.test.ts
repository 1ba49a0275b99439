/**
 * The decompressed-size count of a PDF's streams (src/cli/pdf-size.ts):
 * FlateDecode data is counted alone and behind the ASCII encodings a PDF may
 * wrap it in, so wrapping a compression bomb in text does not slip it past
 * the limit; the two encodings decode as the PDF standard says.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ascii85Decode, asciiHexDecode } from '../src/cli/pdf-ascii.js';
import { flateStreams, pdfTooLarge } from '../src/cli/pdf-size.js';

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

describe('counting what the streams of a PDF inflate to', () => {
  const packed = deflateSync(Buffer.alloc(5000, 0x20));

  it('finds FlateDecode streams alone and behind ASCIIHex or ASCII85, not behind another compression', () => {
    expect(flateStreams(pdfWith('/FlateDecode', packed)).map((s) => s.ascii)).toEqual([[]]);
    expect(flateStreams(pdfWith('[/ASCII85Decode /FlateDecode]', ascii85(packed))).map((s) => s.ascii)).toEqual([['85']]);
    expect(flateStreams(pdfWith('[/AHx/Fl]', packed.toString('hex'))).map((s) => s.ascii)).toEqual([['hex']]);
    expect(flateStreams(pdfWith('[/LZWDecode /FlateDecode]', packed))).toEqual([]);
    expect(flateStreams(pdfWith('/DCTDecode', packed))).toEqual([]);
  });

  it.each([
    ['/FlateDecode', packed],
    ['[/ASCII85Decode /FlateDecode]', ascii85(packed)],
    ['[/A85 /Fl]', ascii85(packed)],
    ['[/ASCIIHexDecode /FlateDecode]', `${packed.toString('hex')}>`],
  ] as const)('counts 5,000 inflated bytes under %s: over a limit of 4,999, within one of 5,000', async (filter, data) => {
    const pdf = pdfWith(filter, data);
    expect(await pdfTooLarge(pdf, 4999)).toBe(true);
    expect(await pdfTooLarge(pdf, 5000)).toBe(false);
  });
});
