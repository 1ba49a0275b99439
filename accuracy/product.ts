/**
 * The lab's one door to the product. Everything the lab knows of report-lint
 * goes through here: the public entry (src/index.ts) for linting and for
 * reading Word files, the CLI's reader for PDF files (src/cli/read.ts:
 * convertPdf, the PDF front end with the CMaps pdfjs-dist ships, as
 * `report-lint report.pdf` reads them), and the extract record builder
 * (src/extract/record.ts) for the values read from the tables. No other lab
 * module imports product code, so internal changes of the product never
 * touch the lab.
 */
import { analyse, docxToHtml, lintReports, lintText, loadFrontEnd, rules } from '../src/index.js';
import { convertPdf } from '../src/cli/read.js';
import { extractRecord, type ExtractRecord } from '../src/extract/record.js';

export type { ExtractRecord };

export interface Finding {
  ruleId: string | null;
  /** 2 error, 1 warning, 3 info. */
  severity: number;
  message: string;
  line: number;
  column: number;
  /** [start, end) offsets in the text the product read. */
  range: [number, number] | null;
}

/** What the product made of one file. */
export interface Reading {
  record: ExtractRecord | null;
  findings: Finding[];
  /** The product threw: the message (counted as a failure class, the run goes on). */
  crash?: string;
  ms: number;
}

/** The rule ids the product has. */
export const ruleIds: readonly string[] = Object.keys(rules);

/** Loads the lazily imported front ends once (Markdown, HTML). */
export async function prepare(): Promise<void> {
  await Promise.all((['md', 'html'] as const).map((f) => loadFrontEnd(f)));
}

/** The text the product reads from a Word file: the HTML its converter makes. */
export async function wordText(bytes: Uint8Array): Promise<string> {
  return (await docxToHtml(bytes)).html;
}

/** The text the product reads from a PDF, with the stretches its reader had to guess about; or why it could not read it. */
export async function pdfText(bytes: Uint8Array): Promise<{ ok: true; text: string; uncertain: Uncertain } | { ok: false; message: string }> {
  const outcome = await convertPdf(bytes);
  if (outcome.ok) return { ok: true, text: outcome.text, uncertain: outcome.pdf?.uncertain ?? [] };
  return { ok: false, message: `${outcome.problem.kind === 'pdf' ? outcome.problem.problem : outcome.problem.kind}: ${'detail' in outcome.problem ? outcome.problem.detail : ''}` };
}

/** A PDF reader's guesses, handed back to the product with the text (opaque to the lab). */
export type Uncertain = NonNullable<Parameters<typeof analyse>[0]['uncertain']>;

export type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

/** Lints one file and (unless `lintOnly`) reads its extract record; a throw is caught and reported. */
export function readFile(filePath: string, text: string, format: Format, lintOnly = false, uncertain?: Uncertain): Reading {
  const started = performance.now();
  const input = { filePath, text, format, ...(uncertain?.length ? { uncertain } : {}) };
  try {
    const result = lintText(input, { rules });
    const record = lintOnly ? null : extractRecord(filePath, analyse(input));
    const findings = result.messages.map((m) => ({
      ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, range: m.range ?? null,
    }));
    return { record, findings, ms: performance.now() - started };
  } catch (error) {
    const crash = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { record: null, findings: [], crash, ms: performance.now() - started };
  }
}

/**
 * Lints several files in one run, as the CLI does for a folder (the
 * cross-report rules compare reports of one agency); findings per file.
 */
export function lintTogether(files: { filePath: string; text: string; format: Format; uncertain?: Uncertain }[]): Reading[] {
  const started = performance.now();
  try {
    const results = lintReports(files, { rules });
    const ms = (performance.now() - started) / files.length;
    return results.map((result) => ({
      record: null,
      findings: result.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, range: m.range ?? null })),
      ms,
    }));
  } catch (error) {
    const crash = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return files.map(() => ({ record: null, findings: [], crash, ms: performance.now() - started }));
  }
}
