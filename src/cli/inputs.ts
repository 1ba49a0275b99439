/**
 * Collecting the reports of a run: discovery, the config of each file and
 * its `ignores`, reading and decoding, and standard input. Problems (missing
 * or unreadable files) are returned as messages; the other files go on.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { LintInput } from '../lint.js';
import type { LintResult } from '../results.js';
import type { CliOptions } from './args.js';
import { CliConfigError } from './config-file.js';
import type { ConfigResolver, ResolvedConfig } from './configs.js';
import { discoverFiles } from './files.js';
import type { CliMessages } from './messages.js';
import { convertDocx, convertPdf, decodeBytes, readReport, type Encoding, type ReadOutcome, type ReadProblem } from './read.js';

/** A report ready to lint, with what is needed to write fixes back. */
export interface Prepared extends LintInput {
  absPath: string;
  /** The undecoded bytes. */
  bytes: Uint8Array;
  encoding: Encoding;
  /** True for the report read from standard input. */
  stdin: boolean;
  resolved: ResolvedConfig;
}

export interface Collected {
  inputs: Prepared[];
  /**
   * Results made without linting (in input order): explicitly named files that a
   * config ignores (one warning each) and empty files (one error each).
   */
  ignored: LintResult[];
  /** Messages about files that could not be found or read (each makes the run exit 2). */
  problems: string[];
  /** Display paths of the inputs and the ignored files, in the order they were found. */
  order: string[];
}

/**
 * Finds, configures and reads the reports. A broken config file nearest to a
 * report, a file over --max-file-size or an unreadable file is a problem for
 * that file only; a broken --config throws CliConfigError (it governs the whole run).
 */
export async function collectInputs(
  options: CliOptions,
  cwd: string,
  stdin: (() => Promise<Buffer>) | undefined,
  resolver: ConfigResolver,
  t: CliMessages,
): Promise<Collected> {
  const collected: Collected = { inputs: [], ignored: [], problems: [], order: [] };
  const isIgnored = (resolved: ResolvedConfig, absPath: string) => !options.noIgnore && resolved.ignores(absPath);
  const ignoredResult = (filePath: string, resolved: ResolvedConfig) => {
    collected.ignored.push(ignoredWarning(filePath, t.fileIgnored(resolved.path ?? '')));
    collected.order.push(filePath);
  };
  const add = (input: Prepared) => {
    collected.inputs.push(input);
    collected.order.push(input.filePath);
  };

  const { files, missing } = await discoverFiles(options.paths, cwd);
  for (const path of missing) collected.problems.push(t.fileNotFound(path));
  for (const file of files) {
    let resolved: ResolvedConfig;
    try {
      resolved = await resolver.forFile(file.absPath);
    } catch (error) {
      // The files under a broken config are not checked; the config's problem is said once.
      if (!(error instanceof CliConfigError)) throw error;
      if (!collected.problems.includes(error.message)) collected.problems.push(error.message);
      continue;
    }
    if (isIgnored(resolved, file.absPath)) {
      // Files found in directories or by globs are skipped silently, named ones with a warning (unless --no-warn-ignored).
      if (file.explicit && !options.noWarnIgnored) ignoredResult(file.displayPath, resolved);
      continue;
    }
    // Files over the size limit are not read (a Word document's limit applies to the text taken out of it).
    const size = isDocx(file.absPath) ? 0 : ((await stat(file.absPath).catch(() => undefined))?.size ?? 0);
    if (tooLarge(size, options, collected, file.displayPath, t)) continue;
    const outcome = await readReport(file.absPath);
    if (!outcome.ok) collected.problems.push(readProblemMessage(outcome.problem, file.displayPath, t));
    else if ((outcome.docx || outcome.pdf) && tooLarge(Buffer.byteLength(outcome.text), options, collected, file.displayPath, t)) continue;
    else if (outcome.text.trim() === '') {
      collected.ignored.push(emptyFileError(file.displayPath, t.emptyFile));
      collected.order.push(file.displayPath);
    } else {
      add({
        filePath: file.displayPath,
        absPath: file.absPath,
        text: outcome.text,
        bytes: outcome.bytes ?? new Uint8Array(),
        encoding: outcome.encoding,
        stdin: false,
        resolved,
        ...convertedFormat(outcome),
      });
    }
  }

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const absPath = resolve(cwd, name);
    const resolved = await resolver.forFile(absPath);
    const bytes = stdin ? await stdin().catch(() => undefined) : undefined;
    // Standard input named *.docx or *.pdf (--stdin-filename) is a Word document or a PDF, anything else text.
    const outcome = !bytes ? undefined : /\.docx$/i.test(name) ? await convertDocx(bytes) : /\.pdf$/i.test(name) ? await convertPdf(bytes) : decodeBytes(bytes);
    if (isIgnored(resolved, absPath)) {
      if (!options.noWarnIgnored) ignoredResult(name, resolved);
    }
    else if (!bytes || !outcome) collected.problems.push(t.stdinUnavailable);
    else if (!outcome.ok) collected.problems.push(readProblemMessage(outcome.problem, name, t));
    else if (outcome.text.trim() === '') {
      // Empty standard input is an empty report, as an empty file is.
      collected.ignored.push(emptyFileError(name, t.emptyFile));
      collected.order.push(name);
    } else {
      add({ filePath: name, absPath, text: outcome.text, bytes, encoding: outcome.encoding, stdin: true, resolved, ...convertedFormat(outcome) });
    }
  }
  return collected;
}

const isDocx = (path: string) => path.toLowerCase().endsWith('.docx');

/** The format and reading notes of a converted file: a Word document's HTML, a PDF's text. */
function convertedFormat(outcome: ReadOutcome & { ok: true }): Pick<LintInput, 'format' | 'uncertain'> {
  if (outcome.docx) return { format: 'docx' };
  if (outcome.pdf) return { format: 'pdf', ...(outcome.pdf.uncertain.length ? { uncertain: outcome.pdf.uncertain } : {}) };
  return {};
}

/** True (and a problem recorded) when a file of `size` bytes is over --max-file-size. */
function tooLarge(size: number, options: CliOptions, collected: Collected, path: string, t: CliMessages): boolean {
  if (options.maxFileSize <= 0 || size <= options.maxFileSize) return false;
  collected.problems.push(t.fileTooLarge(path, size, options.maxFileSize));
  return true;
}

/** The result for an empty (or blank) file: one fatal error of the tool, no rule runs. */
function emptyFileError(filePath: string, message: string): LintResult {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fatalErrorCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/** The result for an explicitly named file that a config ignores: one warning of the tool. */
function ignoredWarning(filePath: string, message: string): LintResult {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    errorCount: 0,
    warningCount: 1,
    infoCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/** The message for a file that could not be read or decoded. */
export function readProblemMessage(problem: ReadProblem, path: string, t: CliMessages): string {
  switch (problem.kind) {
    case 'undecodable':
      return t.undecodable(path);
    case 'not-docx':
      return t.notDocx(path);
    case 'docx-too-large':
      return t.docxTooLarge(path, problem.limit);
    case 'pdf':
      return t.pdfProblem(path, problem.problem, problem.detail);
    case 'io':
      return t.unreadable(path, t.osReason(problem.code, problem.message));
  }
}
