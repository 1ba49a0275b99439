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
 * One step of a run, in the order the reports were found: a problem to say
 * (a missing file, a broken config), a result made without linting (an
 * explicitly named file that a config ignores), or a report to read.
 */
export type Step =
  | { kind: 'problem'; message: string }
  | { kind: 'ignored'; result: LintResult }
  | { kind: 'file'; filePath: string; absPath: string; resolved: ResolvedConfig }
  | { kind: 'stdin'; filePath: string; absPath: string; resolved: ResolvedConfig };

/** What reading a report gave: the report, a result without linting (an empty file), or a problem. */
export type ReadStep = { input: Prepared } | { result: LintResult } | { problem: string };

/**
 * Finds and configures the reports without reading them. A broken config
 * file nearest to a report is a problem for the files under it only; a broken
 * --config throws CliConfigError (it governs the whole run).
 */
export async function discoverInputs(options: CliOptions, cwd: string, resolver: ConfigResolver, t: CliMessages): Promise<Step[]> {
  const steps: Step[] = [];
  const said = new Set<string>();
  const isIgnored = (resolved: ResolvedConfig, absPath: string) => !options.noIgnore && resolved.ignores(absPath);
  const ignored = (filePath: string, resolved: ResolvedConfig) =>
    steps.push({ kind: 'ignored', result: ignoredWarning(filePath, t.fileIgnored(resolved.path ?? '')) });

  const { files, missing } = await discoverFiles(options.paths, cwd);
  for (const path of missing) steps.push({ kind: 'problem', message: t.fileNotFound(path) });
  for (const file of files) {
    let resolved: ResolvedConfig;
    try {
      resolved = await resolver.forFile(file.absPath);
    } catch (error) {
      // The files under a broken config are not checked; the config's problem is said once.
      if (!(error instanceof CliConfigError)) throw error;
      if (!said.has(error.message)) steps.push({ kind: 'problem', message: error.message });
      said.add(error.message);
      continue;
    }
    if (isIgnored(resolved, file.absPath)) {
      // Files found in directories or by globs are skipped silently, named ones with a warning (unless --no-warn-ignored).
      if (file.explicit && !options.noWarnIgnored) ignored(file.displayPath, resolved);
      continue;
    }
    steps.push({ kind: 'file', filePath: file.displayPath, absPath: file.absPath, resolved });
  }

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const absPath = resolve(cwd, name);
    const resolved = await resolver.forFile(absPath);
    if (!isIgnored(resolved, absPath)) steps.push({ kind: 'stdin', filePath: name, absPath, resolved });
    else if (!options.noWarnIgnored) ignored(name, resolved);
  }
  return steps;
}

/** Reads one report of the run: too large, unreadable or empty files give a problem or a result instead. */
export async function readStep(
  step: Extract<Step, { kind: 'file' | 'stdin' }>,
  options: CliOptions,
  stdin: (() => Promise<Buffer>) | undefined,
  t: CliMessages,
): Promise<ReadStep> {
  const { filePath, absPath, resolved } = step;
  if (step.kind === 'stdin') {
    const bytes = stdin ? await stdin().catch(() => undefined) : undefined;
    // Standard input named *.docx or *.pdf (--stdin-filename) is a Word document or a PDF, anything else text.
    const outcome = !bytes ? undefined : /\.docx$/i.test(filePath) ? await convertDocx(bytes) : /\.pdf$/i.test(filePath) ? await convertPdf(bytes) : decodeBytes(bytes);
    if (!bytes || !outcome) return { problem: t.stdinUnavailable };
    if (!outcome.ok) return { problem: readProblemMessage(outcome.problem, filePath, t) };
    // Empty standard input is an empty report, as an empty file is.
    if (outcome.text.trim() === '') return { result: emptyFileError(filePath, t.emptyFile) };
    return { input: { filePath, absPath, text: outcome.text, bytes, encoding: outcome.encoding, stdin: true, resolved, ...convertedFormat(outcome) } };
  }
  // Files over the size limit are not read (a Word document's limit applies to the text taken out of it).
  const size = isDocx(absPath) ? 0 : ((await stat(absPath).catch(() => undefined))?.size ?? 0);
  if (tooLarge(size, options)) return { problem: t.fileTooLarge(filePath, size, options.maxFileSize) };
  const outcome = await readReport(absPath);
  if (!outcome.ok) return { problem: readProblemMessage(outcome.problem, filePath, t) };
  if ((outcome.docx || outcome.pdf) && tooLarge(Buffer.byteLength(outcome.text), options)) {
    return { problem: t.fileTooLarge(filePath, Buffer.byteLength(outcome.text), options.maxFileSize) };
  }
  if (outcome.text.trim() === '') return { result: emptyFileError(filePath, t.emptyFile) };
  return {
    input: { filePath, absPath, text: outcome.text, bytes: outcome.bytes ?? new Uint8Array(), encoding: outcome.encoding, stdin: false, resolved, ...convertedFormat(outcome) },
  };
}

/** Finds, configures and reads every report of the run (for the runs that need them all at once: fixes, the cache). */
export async function collectInputs(
  options: CliOptions,
  cwd: string,
  stdin: (() => Promise<Buffer>) | undefined,
  resolver: ConfigResolver,
  t: CliMessages,
): Promise<Collected> {
  const collected: Collected = { inputs: [], ignored: [], problems: [], order: [] };
  for (const step of await discoverInputs(options, cwd, resolver, t)) {
    const read = step.kind === 'file' || step.kind === 'stdin' ? await readStep(step, options, stdin, t) : step;
    if ('message' in read) collected.problems.push(read.message);
    else if ('problem' in read) collected.problems.push(read.problem);
    else if ('result' in read) {
      collected.ignored.push(read.result);
      collected.order.push(read.result.filePath);
    } else if ('input' in read) {
      collected.inputs.push(read.input);
      collected.order.push(read.input.filePath);
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

/** True when a file of `size` bytes is over --max-file-size. */
function tooLarge(size: number, options: CliOptions): boolean {
  return options.maxFileSize > 0 && size > options.maxFileSize;
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
    case 'pdf-too-large':
      return t.pdfTooLarge(path, problem.limit);
    case 'pdf':
      return t.pdfProblem(path, problem.problem, problem.detail);
    case 'io':
      return t.unreadable(path, t.osReason(problem.code, problem.message));
  }
}
