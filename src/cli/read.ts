/**
 * Reading report files and decoding their bytes to text. Government
 * reports come as UTF-8, UTF-16 (Word "Unicode text") and GBK/GB18030
 * (Windows Notepad), so the encoding is sniffed rather than assumed.
 */
import { readFile } from 'node:fs/promises';
import { decodeBytes as decode, type Encoding } from '../text/decode.js';
import type { PdfProblem, UncertainSpan } from '../frontends/pdf/extract.js';

// The decoding itself has no Node API and lives in text/decode.ts (the offline page uses it too).
export { detectBom, type Encoding } from '../text/decode.js';

/** Why a file could not be turned into text. */
export type ReadProblem =
  | { kind: 'undecodable' }
  | { kind: 'not-docx'; detail: string }
  | { kind: 'docx-too-large'; limit: number }
  | { kind: 'pdf-too-large'; limit: number }
  | { kind: 'pdf'; problem: PdfProblem; detail: string }
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
      /** Set when the text was read out of a PDF (see readPdf). */
      pdf?: { pages: number; uncertain: UncertainSpan[] };
    }
  | { ok: false; problem: ReadProblem };

/** Reads and decodes one report file; a decoded outcome keeps the bytes. */
export async function readReport(absPath: string): Promise<ReadOutcome> {
  if (absPath.toLowerCase().endsWith('.docx')) return readDocx(absPath);
  if (absPath.toLowerCase().endsWith('.pdf')) return readPdf(absPath);
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
  // A zip bomb is refused before it is unpacked: the entries are inflated and counted up to the limit.
  const { docxTooLarge, MAX_DOCX_INFLATED } = await import('./docx-size.js');
  if (await docxTooLarge(bytes)) return { ok: false, problem: { kind: 'docx-too-large', limit: MAX_DOCX_INFLATED } };
  const { docxToHtml } = await import('../frontends/docx.js');
  try {
    const { html } = await docxToHtml(bytes);
    return { ok: true, text: html, encoding: 'utf-8', bytes, docx: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'not-docx', detail } };
  }
}

/**
 * PDF files: the text, tables and pages are read with PDF.js
 * (frontends/pdf, loaded only when a .pdf is read). The outcome's text is
 * the plain text made of them (its format is 'pdf' by the file name), its
 * bytes the PDF itself (never written back). A scanned, encrypted, damaged
 * or oversized PDF is a 'pdf' problem.
 */
export async function readPdf(absPath: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absPath);
  } catch (error) {
    return { ok: false, problem: ioProblem(error) };
  }
  return convertPdf(bytes);
}

/** Converts the bytes of a PDF (a file or standard input) to the text the linter reads. */
export async function convertPdf(bytes: Uint8Array): Promise<ReadOutcome> {
  // A compression bomb is refused before PDF.js parses it: the compressed streams are decoded and counted up to the limit.
  const { pdfTooLarge, MAX_PDF_INFLATED } = await import('./pdf-size.js');
  if (await pdfTooLarge(bytes)) return { ok: false, problem: { kind: 'pdf-too-large', limit: MAX_PDF_INFLATED } };
  const { pdfToText, PdfReadError } = await import('../frontends/pdf/extract.js');
  try {
    const { text, pages, uncertain } = await pdfToText(bytes, { cMap: readCMap });
    return { ok: true, text, encoding: 'utf-8', bytes, pdf: { pages, uncertain } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'pdf', problem: error instanceof PdfReadError ? error.problem : 'damaged', detail } };
  }
}

/** Adobe's predefined CMaps shipped with pdfjs-dist (for CJK fonts that are not embedded). */
async function readCMap(name: string): Promise<Uint8Array> {
  const { createRequire } = await import('node:module');
  const { dirname, join, basename } = await import('node:path');
  const dir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
  return new Uint8Array(await readFile(join(dir, basename(name))));
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
