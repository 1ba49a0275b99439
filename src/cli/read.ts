/**
 * Reading report files and decoding their bytes to text. Government
 * reports come as UTF-8, UTF-16 (Word "Unicode text") and GBK/GB18030
 * (Windows Notepad), so the encoding is sniffed rather than assumed.
 */
import { readFile } from 'node:fs/promises';
import { decodeBytes as decode, type Encoding } from '../text/decode.js';

// The decoding itself has no Node API and lives in text/decode.ts (the offline page uses it too).
export { detectBom, type Encoding } from '../text/decode.js';

/** Why a file could not be turned into text. */
export type ReadProblem =
  | { kind: 'undecodable' }
  | { kind: 'not-docx'; detail: string }
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
    return { ok: false, problem: { kind: 'not-docx', detail } };
  }
}

/** Wraps an fs error (EACCES, EISDIR, …) as a read problem. */
export function ioProblem(error: unknown): ReadProblem {
  const e = error as NodeJS.ErrnoException;
  return { kind: 'io', ...(e.code ? { code: e.code } : {}), message: e.message ?? String(error) };
}

/**
 * Decodes bytes to text without the byte-order mark (UTF-8/UTF-16 by BOM,
 * else strict UTF-8, then strict GB18030); see text/decode.ts.
 */
export function decodeBytes(bytes: Uint8Array): ReadOutcome {
  return decode(bytes);
}
