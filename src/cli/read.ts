/**
 * Reading report files and decoding their bytes to text. Government
 * reports come as UTF-8, UTF-16 (Word "Unicode text") and GBK/GB18030
 * (Windows Notepad), so the encoding is sniffed rather than assumed.
 */
import { readFile } from 'node:fs/promises';

/** Why a file could not be turned into text. */
export type ReadProblem =
  | { kind: 'undecodable' }
  | { kind: 'docx-unsupported' }
  | { kind: 'io'; code?: string; message: string };

export type ReadOutcome =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      /** The raw bytes (from readReport only), for writing fixes back. */
      bytes?: Uint8Array;
      /** True when the text is the HTML converted from a Word document. */
      docx?: boolean;
    }
  | { ok: false; problem: ReadProblem };

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Reads and decodes one report file; a decoded outcome keeps the bytes. */
export async function readReport(absPath: string): Promise<ReadOutcome> {
  if (absPath.toLowerCase().endsWith('.docx')) return readDocx(absPath);
  let bytes: Buffer;
  try {
    bytes = await readFile(absPath);
  } catch (error) {
    return { ok: false, problem: ioProblem(error) };
  }
  const outcome = decodeBytes(bytes);
  return outcome.ok ? { ...outcome, bytes } : outcome;
}

/**
 * Word documents: the bytes are converted to HTML by mammoth
 * (frontends/docx.ts, loaded only when a .docx is read). The outcome's text
 * is that HTML (its format is 'docx' by the file name), its bytes the .docx
 * itself (never written back: see canFix in fix.ts). A file that is not a
 * Word document (not a zip, no word/document.xml) is an io problem.
 */
export async function readDocx(absPath: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absPath);
  } catch (error) {
    return { ok: false, problem: ioProblem(error) };
  }
  return convertDocx(bytes);
}

/** Converts the bytes of a .docx (a file or standard input) to the HTML the linter reads. */
export async function convertDocx(bytes: Uint8Array): Promise<ReadOutcome> {
  const { docxToHtml } = await import('../frontends/docx.js');
  try {
    const { html } = await docxToHtml(bytes);
    return { ok: true, text: html, encoding: 'utf-8', bytes, docx: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'io', code: 'EDOCX', message: `not a Word document (${detail})` } };
  }
}

/** Wraps an fs error (EACCES, EISDIR, …) as a read problem. */
export function ioProblem(error: unknown): ReadProblem {
  const e = error as NodeJS.ErrnoException;
  return { kind: 'io', ...(e.code ? { code: e.code } : {}), message: e.message ?? String(error) };
}

/**
 * Decodes bytes to text without the byte-order mark:
 * UTF-8/UTF-16 BOM → that encoding; otherwise strict UTF-8, then strict
 * GB18030 (a superset of GBK). NUL bytes outside UTF-16, or text full of
 * control characters, mean a binary file. Returns undecodable when nothing fits.
 */
export function decodeBytes(bytes: Uint8Array): ReadOutcome {
  const undecodable: ReadOutcome = { ok: false, problem: { kind: 'undecodable' } };
  const bom = detectBom(bytes);
  if (bom) {
    const text = strictDecode(bom.encoding, bytes.subarray(bom.length));
    return text === undefined || looksBinary(text) ? undecodable : { ok: true, text, encoding: bom.encoding };
  }
  if (bytes.includes(0)) return undecodable;
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = strictDecode(encoding, bytes);
    if (text !== undefined) return looksBinary(text) ? undecodable : { ok: true, text, encoding };
  }
  return undecodable;
}

/** The encoding announced by a byte-order mark, and the mark's length. */
export function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Decodes with a fatal TextDecoder; undefined on any invalid sequence (or an encoding this Node lacks). */
function strictDecode(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * True when the text is probably not text: a NUL, or more than 1% C0 control
 * characters other than tab, line feed, vertical tab, form feed, carriage
 * return, SUB (old DOS end-of-file) and ESC.
 */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1a && c !== 0x1b) controls++;
  }
  return controls > 0 && controls > text.length / 100;
}
