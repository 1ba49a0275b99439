/**
 * Reading a report the person opened or pasted, and checking it with the
 * same engine, rules and front ends as the CLI (lintReports from src/lint.ts,
 * every rule at its default severity, as the CLI without a config file).
 */
import type { InputFormat } from '../ast/types.js';
import type { ProjectReport } from '../engine/types.js';
import { extractRecord, type ExtractRecord } from '../extract/record.js';
import { docxToHtml } from '../frontends/docx.js';
import { pdfToText, PdfReadError } from '../frontends/pdf/extract.js';
import type { UncertainSpan } from '../frontends/pdf/uncertain.js';
import { analyse } from '../analyse.js';
import { lintReports } from '../lint.js';
import { formatOf } from '../parse.js';
import type { LintResult } from '../results.js';
import { decodeBytes, detectBom } from '../text/decode.js';
import { rules } from '../../rules/index.js';
import { localeOf, type Lang } from './i18n.js';

export { rules };

/** A report ready to check: its name (which picks the front end), format and text. */
export interface Input {
  name: string;
  format: InputFormat;
  /** The decoded text; for a Word document, the HTML converted from it. */
  text: string;
  /** Where it came from: pasted, or a file (with the encoding it was read in). */
  from: 'paste' | 'file';
  encoding?: string;
  /** Whether the file began with a byte-order mark (kept when the corrected text is saved). */
  bom?: boolean;
  /** For a PDF: stretches of the extracted text its reader had to guess about (parse-uncertain). */
  uncertain?: UncertainSpan[];
}

/** The outcome of one check. */
export interface Checked {
  input: Input;
  result: LintResult;
  /** Rules that threw (their findings for this report are missing). */
  crashes: { ruleId: string; message: string }[];
  /** Milliseconds the check took (parse, model, rules). */
  ms: number;
}

/** The name given to pasted text (a .txt, so the plain-text front end reads it, as the CLI does for stdin). */
export const PASTED = '粘贴的文本.txt';

/** Pasted text: plain text, unless it is plainly an HTML page's source. */
export function pasted(text: string): Input {
  const html = /^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text);
  return { name: html ? '粘贴的网页.html' : PASTED, format: html ? 'html' : 'txt', text, from: 'paste' };
}

export { PdfReadError };

/** The Simplified Chinese CMaps the build puts into the page (file name → base64), see scripts/build-web.mjs. */
declare const __REPORT_LINT_CMAPS__: Record<string, string> | undefined;

/** A bundled CMap file by name. */
async function cMap(name: string): Promise<Uint8Array> {
  const data = typeof __REPORT_LINT_CMAPS__ === 'object' ? __REPORT_LINT_CMAPS__[name] : undefined;
  if (data === undefined) throw new Error(`CMap ${name} is not in the page`);
  return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
}

/**
 * Reads a file: Word documents are converted to HTML, PDFs to their text
 * (throws PdfReadError for a scanned, encrypted or damaged PDF), any other
 * file is decoded (UTF-8, UTF-16 or GBK).
 */
export async function readFile(file: File): Promise<Input | undefined> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = formatOf(file.name);
  if (format === 'pdf') {
    const { text, uncertain } = await pdfToText(bytes, { cMap });
    return { name: file.name, format, text, from: 'file', ...(uncertain.length ? { uncertain } : {}) };
  }
  if (format === 'docx') {
    try {
      return { name: file.name, format, text: (await docxToHtml(bytes)).html, from: 'file' };
    } catch {
      return undefined;
    }
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { name: file.name, format, text: decoded.text, from: 'file', encoding: decoded.encoding, bom: detectBom(bytes) !== undefined } : undefined;
}

/** Checks one report; a rule that throws costs only its own findings. Throws when the report cannot be parsed. */
export function check(input: Input, lang: Lang): Checked {
  const started = performance.now();
  const [result] = lintReports([{ filePath: input.name, text: input.text, format: input.format, ...(input.uncertain ? { uncertain: input.uncertain } : {}) }], {
    rules,
    locale: localeOf(lang),
  });
  return { input, result: result!, crashes: result!.crashes ?? [], ms: performance.now() - started };
}

/** The parsed report and its extract record, for the 表格 view. */
export function tablesOf(input: Input): { report: ProjectReport; record: ExtractRecord } {
  const report = analyse({ filePath: input.name, text: input.text, format: input.format, ...(input.uncertain ? { uncertain: input.uncertain } : {}) });
  return { report, record: extractRecord(input.name, report) };
}
