/**
 * Output helpers of the CLI: writing the formatted results to stdout or
 * --output-file, atomic text files (caches, suppressions), --print-ast, and
 * small result filters.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { makeParentDirs, writeFailure } from './dirs.js';
import { analyse } from '../analyse.js';
import { summarise } from '../lint.js';
import type { LintResult } from '../results.js';
import type { CliOptions } from './args.js';
import { readProblemMessage } from './inputs.js';
import type { CliIO } from './io.js';
import type { CliMessages } from './messages.js';
import { readReport } from './read.js';

/** Writes the output to --output-file or stdout, with exactly one final newline when non-empty. */
export async function writeOutput(text: string, options: CliOptions, io: CliIO, t: CliMessages): Promise<boolean> {
  const out = text !== '' && !text.endsWith('\n') ? `${text}\n` : text;
  if (options.outputFile === undefined) {
    if (out !== '') io.stdout(out);
    return true;
  }
  const target = resolve(io.cwd, options.outputFile);
  try {
    await makeParentDirs(target);
    await writeFile(target, out, 'utf8');
    return true;
  } catch (error) {
    io.stderr(`${t.prefix}${t.outputFailed(options.outputFile, writeFailure(error, t))}\n`);
    return false;
  }
}

/** Writes a UTF-8 text file through a temporary file in the same directory and a rename. */
export async function writeAtomicText(absPath: string, text: string): Promise<void> {
  const temp = join(dirname(absPath), `.${basename(absPath)}.${process.pid}-${(await import('node:crypto')).randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, absPath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** `--print-ast <file>`: the report AST as JSON (2-space indent). */
export async function printAst(path: string, options: CliOptions, io: CliIO, t: CliMessages): Promise<number> {
  const outcome = await readReport(resolve(io.cwd, path));
  if (!outcome.ok) {
    const message = 'code' in outcome.problem && outcome.problem.code === 'ENOENT' ? t.fileNotFound(path) : readProblemMessage(outcome.problem, path, t);
    io.stderr(`${t.prefix}${message}\n`);
    return 2;
  }
  let json: string;
  try {
    json = JSON.stringify(analyse({ filePath: path, text: outcome.text, ...(outcome.pdf ? { uncertain: outcome.pdf.uncertain } : {}) }).root, null, 2);
  } catch (error) {
    io.stderr(`${t.prefix}${t.lintCrashed(path, error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
  return (await writeOutput(json, options, io, t)) ? 0 : 2;
}

/** A result with only its errors (for --quiet), counts recomputed; `output` is kept. */
export function errorsOnly(result: LintResult): LintResult {
  const errors = result.messages.filter((m) => m.severity === 2);
  if (errors.length === result.messages.length) return result;
  return { ...result, ...summarise({ filePath: result.filePath, messages: errors, ...(result.source !== undefined ? { source: result.source } : {}) }) };
}

/** True for an environment flag that is set to anything but "", "0" or "false". */
export function isOn(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
