/**
 * The report-lint command: parses the arguments, finds and reads the
 * reports, loads configuration, lints, formats and picks the exit code
 * (0 clean, 1 errors or too many warnings, 2 the tool could not do its job).
 * All I/O goes through `io`, so tests run it in-process.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { rules as allRules } from '../../rules/index.js';
import { analyse, summarise, type LintInput } from '../lint.js';
import type { Config, RuleSetting } from '../engine/types.js';
import type { FormatterContext, LintResult } from '../results.js';
import { getFormatter } from '../formatters/index.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { formatNames, readVersion, ruleInfos, useColor } from './context.js';
import { CliConfigError, findConfigFile, loadConfigFile, parseRuleOverrides, withOverrides } from './config-file.js';
import { discoverFiles } from './files.js';
import { runExtract } from './extract.js';
import { cliMessages, type CliMessages } from './messages.js';
import { decodeBytes, readReport, type ReadProblem } from './read.js';
import { runLint, timingTable } from './run.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  stdin?: () => Promise<Buffer>;
}

/** Runs the CLI and returns the exit code; an unexpected internal error is reported and gives 2. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'extract') return runExtract(argv.slice(1), io);
  try {
    return await run(argv, io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const parsed = parseCliArgs(argv);
    const t = cliMessages(parsed.ok ? parsed.options.locale : parsed.locale);
    io.stderr(`${t.prefix}${t.internalError(detail)}\n`);
    return 2;
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${cliMessages(parsed.locale).prefix}${parsed.message}\n`);
    return 2;
  }
  const options = parsed.options;
  const t = cliMessages(options.locale);
  const fail = (message: string) => io.stderr(`${t.prefix}${message}\n`);

  if (options.help) {
    io.stdout(t.usage(formatNames(), readVersion()));
    return 0;
  }
  if (options.version) {
    io.stdout(`${readVersion()}\n`);
    return 0;
  }
  if (options.printAst !== undefined) return printAst(options.printAst, options, io, t);

  const formatter = getFormatter(options.format);
  if (!formatter) {
    fail(t.unknownFormat(options.format, formatNames()));
    return 2;
  }
  if (options.paths.length === 0 && !options.stdin) {
    io.stderr(t.usage(formatNames(), readVersion()));
    fail(t.noPaths);
    return 2;
  }

  // Configuration given on the command line (bad values stop the run).
  let overrides: Record<string, RuleSetting>;
  let fixedConfig: Config | undefined;
  try {
    overrides = parseRuleOverrides(options.rules, allRules, t);
    if (options.config !== undefined) {
      fixedConfig = await loadConfigFile(resolve(io.cwd, options.config), options.config, allRules, t);
    }
  } catch (error) {
    if (!(error instanceof CliConfigError)) throw error;
    fail(error.message);
    return 2;
  }

  // Find and read the reports; problems are reported and the others still checked.
  let toolFailed = false;
  const problem = (message: string) => {
    fail(message);
    toolFailed = true;
  };
  const inputs: LintInput[] = [];
  const absPaths = new Map<string, string>();
  const { files, missing } = await discoverFiles(options.paths, io.cwd);
  for (const path of missing) problem(t.fileNotFound(path));
  for (const file of files) {
    const outcome = await readReport(file.absPath);
    if (outcome.ok) {
      inputs.push({ filePath: file.displayPath, text: outcome.text });
      absPaths.set(file.displayPath, file.absPath);
    } else {
      problem(readProblemMessage(outcome.problem, file.displayPath, t));
    }
  }
  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const bytes = io.stdin ? await io.stdin().catch(() => undefined) : undefined;
    const outcome = bytes ? decodeBytes(bytes) : undefined;
    if (!outcome) problem(t.stdinUnavailable);
    else if (!outcome.ok) problem(readProblemMessage(outcome.problem, name, t));
    else {
      inputs.push({ filePath: name, text: outcome.text });
      absPaths.set(name, resolve(io.cwd, name));
    }
  }

  // The configuration of each report: --config, else the nearest config file.
  const configs = new Map<string, Config>();
  try {
    const searched = new Map<string, string | null>();
    const loaded = new Map<string, Config>();
    for (const input of inputs) {
      let config = fixedConfig;
      if (!config) {
        const found = findConfigFile(dirname(absPaths.get(input.filePath)!), searched);
        if (found && !loaded.has(found)) loaded.set(found, await loadConfigFile(found, found, allRules, t));
        config = found ? loaded.get(found)! : {};
      }
      configs.set(input.filePath, withOverrides(config, overrides));
    }
  } catch (error) {
    if (!(error instanceof CliConfigError)) throw error;
    fail(error.message);
    return 2;
  }

  // Lint; a crash costs the findings of that rule or file, not the run.
  const timing = isOn(io.env.TIMING);
  const outcome = runLint(inputs, {
    rules: allRules,
    locale: options.locale,
    configFor: (filePath) => configs.get(filePath) ?? withOverrides(fixedConfig ?? {}, overrides),
    timing,
  });
  for (const crash of outcome.crashes) problem(t.lintCrashed(crash.filePath, crash.message, crash.ruleId));

  const all = outcome.results;
  const shown = options.quiet ? all.map(errorsOnly) : all;
  const context: FormatterContext = {
    cwd: io.cwd,
    locale: options.locale,
    color: useColor(options, io),
    rules: ruleInfos(options, withOverrides(fixedConfig ?? {}, overrides)),
    version: readVersion(),
  };
  let text: string;
  try {
    text = formatter(shown, context);
  } catch (error) {
    fail(t.formatterCrashed(options.format, error instanceof Error ? error.message : String(error)));
    return 2;
  }
  if (!(await writeOutput(text, options, io, t))) return 2;

  if (timing && outcome.timings.size > 0) io.stderr(timingTable(outcome.timings, t.timingHeader));

  const errors = all.reduce((n, r) => n + r.errorCount, 0);
  const warnings = all.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) fail(t.tooManyWarnings(warnings, options.maxWarnings!));
  if (toolFailed) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** `--print-ast <file>`: the report AST as JSON (2-space indent). */
async function printAst(path: string, options: CliOptions, io: CliIO, t: CliMessages): Promise<number> {
  const outcome = await readReport(resolve(io.cwd, path));
  if (!outcome.ok) {
    const message = 'code' in outcome.problem && outcome.problem.code === 'ENOENT' ? t.fileNotFound(path) : readProblemMessage(outcome.problem, path, t);
    io.stderr(`${t.prefix}${message}\n`);
    return 2;
  }
  let json: string;
  try {
    json = JSON.stringify(analyse({ filePath: path, text: outcome.text }).root, null, 2);
  } catch (error) {
    io.stderr(`${t.prefix}${t.lintCrashed(path, error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
  return (await writeOutput(json, options, io, t)) ? 0 : 2;
}

/** Writes the output to --output-file or stdout, with exactly one final newline when non-empty. */
async function writeOutput(text: string, options: CliOptions, io: CliIO, t: CliMessages): Promise<boolean> {
  const out = text !== '' && !text.endsWith('\n') ? `${text}\n` : text;
  if (options.outputFile === undefined) {
    if (out !== '') io.stdout(out);
    return true;
  }
  const target = resolve(io.cwd, options.outputFile);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, out, 'utf8');
    return true;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    io.stderr(`${t.prefix}${t.outputFailed(options.outputFile, t.osReason(e.code, e.message))}\n`);
    return false;
  }
}

/** The message for a file that could not be read or decoded. */
function readProblemMessage(problem: ReadProblem, path: string, t: CliMessages): string {
  switch (problem.kind) {
    case 'undecodable':
      return t.undecodable(path);
    case 'docx-unsupported':
      return t.docxUnsupported(path);
    case 'io':
      return t.unreadable(path, t.osReason(problem.code, problem.message));
  }
}

/** A result with only its errors (for --quiet), counts recomputed. */
function errorsOnly(result: LintResult): LintResult {
  return summarise({
    filePath: result.filePath,
    messages: result.messages.filter((m) => m.severity === 2),
    ...(result.source !== undefined ? { source: result.source } : {}),
  });
}

/** True for an environment flag that is set to anything but "", "0" or "false". */
function isOn(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
