/**
 * Collecting the reports of a run: discovery, the config of each file and
 * its `ignores`, reading and decoding, and standard input. Problems (missing
 * or unreadable files) are returned as messages; the other files go on.
 */
import { resolve } from 'node:path';
import type { LintInput } from '../lint.js';
import type { LintResult } from '../results.js';
import type { CliOptions } from './args.js';
import type { ConfigResolver, ResolvedConfig } from './configs.js';
import { discoverFiles } from './files.js';
import type { CliMessages } from './messages.js';
import { convertDocx, decodeBytes, readReport, type Encoding, type ReadProblem } from './read.js';

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
  /** Explicitly named files that a config ignores: one warning each (in input order). */
  ignored: LintResult[];
  /** Messages about files that could not be found or read (each makes the run exit 2). */
  problems: string[];
  /** Display paths of the inputs and the ignored files, in the order they were found. */
  order: string[];
}

/** Finds, configures and reads the reports. Throws CliConfigError for a bad config file. */
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
    const resolved = await resolver.forFile(file.absPath);
    if (isIgnored(resolved, file.absPath)) {
      // Files found in directories or by globs are skipped silently, named ones with a warning (unless --no-warn-ignored).
      if (file.explicit && !options.noWarnIgnored) ignoredResult(file.displayPath, resolved);
      continue;
    }
    const outcome = await readReport(file.absPath);
    if (!outcome.ok) collected.problems.push(readProblemMessage(outcome.problem, file.displayPath, t));
    else {
      add({
        filePath: file.displayPath,
        absPath: file.absPath,
        text: outcome.text,
        bytes: outcome.bytes ?? new Uint8Array(),
        encoding: outcome.encoding,
        stdin: false,
        resolved,
        ...(outcome.docx ? { format: 'docx' as const } : {}),
      });
    }
  }

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const absPath = resolve(cwd, name);
    const resolved = await resolver.forFile(absPath);
    const bytes = stdin ? await stdin().catch(() => undefined) : undefined;
    // Standard input named *.docx (--stdin-filename) is a Word document, anything else text.
    const outcome = !bytes ? undefined : /\.docx$/i.test(name) ? await convertDocx(bytes) : decodeBytes(bytes);
    if (isIgnored(resolved, absPath)) {
      if (!options.noWarnIgnored) ignoredResult(name, resolved);
    }
    else if (!bytes || !outcome) collected.problems.push(t.stdinUnavailable);
    else if (!outcome.ok) collected.problems.push(readProblemMessage(outcome.problem, name, t));
    else {
      const format = outcome.docx ? { format: 'docx' as const } : {};
      add({ filePath: name, absPath, text: outcome.text, bytes, encoding: outcome.encoding, stdin: true, resolved, ...format });
    }
  }
  return collected;
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
    case 'docx-unsupported':
      return t.docxUnsupported(path);
    case 'io':
      return t.unreadable(path, t.osReason(problem.code, problem.message));
  }
}
