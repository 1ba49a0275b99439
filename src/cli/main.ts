/**
 * The report-lint command: parses the arguments, finds and reads the
 * reports, loads configuration, lints (fixing, caching and suppressing on
 * request), formats and picks the exit code (0 clean, 1 errors or too many
 * warnings, 2 the tool could not do its job). All I/O goes through `io`, so
 * tests run it in-process.
 */
import { resolve } from 'node:path';
import { rules as allRules } from '../../rules/index.js';
import type { LintInput } from '../lint.js';
import { formatOf } from '../parse.js';
import { loadFrontEnd } from '../frontends/registry.js';
import type { FormatterContext, LintResult } from '../results.js';
import { formatterParts, getFormatter, readsSource } from '../formatters/index.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { cacheKey, LintCache, lintWithCache } from './cache.js';
import { parseRuleSetting } from '../engine/config.js';
import { CliConfigError } from './config-file.js';
import { ConfigResolver, describeConfig } from './configs.js';
import { formatNames, outputColumns, readVersion, ruleInfos, useColor } from './context.js';
import { dryRunDiff, lintAndFix, withOutput, writeFixes } from './fix.js';
import { collectInputs, discoverInputs, type Prepared } from './inputs.js';
import { writeRunData } from './run-data.js';
import { runExtract } from './extract.js';
import { cliMessages, type CliMessages } from './messages.js';
import { didYouMean } from '../text/suggest.js';
import { errorsOnly, isOn, printAst, writeOutput } from './output.js';
import { createProgress, finalLine } from './progress.js';
import { runLint, timingTable, type RunOutcome, type RunSettings } from './run.js';
import { streamRun } from './stream.js';
import { suppress, type Suppressed } from './suppressions.js';
import type { Config } from '../engine/types.js';
import type { CliIO } from './io.js';

export type { CliIO };

/** Runs the CLI and returns the exit code; an unexpected internal error is reported and gives 2. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'extract') return runExtract(argv.slice(1), io);
  try {
    return await run(argv, io);
  } catch (error) {
    const parsed = parseCliArgs(argv);
    const t = cliMessages(parsed.ok ? parsed.options.locale : parsed.locale);
    if (error instanceof CliConfigError) {
      io.stderr(`${t.prefix}${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`${t.prefix}${t.internalError(detail)}\n`);
    return 2;
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const started = performance.now();
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
  if (options.printAst !== undefined) {
    await loadFrontEnd(formatOf(options.printAst));
    return printAst(options.printAst, options, io, t);
  }

  const formatter = getFormatter(options.format);
  if (!formatter) {
    fail(t.unknownFormat(options.format, formatNames(), didYouMean(options.format, formatNames())));
    return 2;
  }

  const unknownRule = options.suppressRules.find((id) => !Object.hasOwn(allRules, id));
  if (unknownRule !== undefined) {
    fail(t.unknownRule(unknownRule, didYouMean(unknownRule, Object.keys(allRules))));
    return 2;
  }

  // Configuration given on the command line; bad values (CliConfigError) stop the run in main().
  const resolver = await ConfigResolver.create(options, io.cwd, allRules, t);
  if (options.printConfig !== undefined) {
    const absPath = resolve(io.cwd, options.printConfig);
    const resolved = await resolver.forFile(absPath);
    const described = { ...describeConfig(resolved, allRules), ignored: !options.noIgnore && resolved.ignores(absPath) };
    return (await writeOutput(JSON.stringify(described, null, 2), options, io, t)) ? 0 : 2;
  }
  if (options.paths.length === 0 && !options.stdin) {
    io.stderr(t.usage(formatNames(), readVersion()));
    fail(t.noPaths);
    return 2;
  }

  // Problems are said on stderr and the other files still checked.
  let toolFailed = false;
  const problem = (message: string) => {
    fail(message);
    toolFailed = true;
  };
  const timing = isOn(io.env.TIMING);
  const context: FormatterContext = {
    cwd: io.cwd,
    locale: options.locale,
    color: useColor(options, io),
    rules: ruleInfos(options, resolver.global),
    version: readVersion(),
  };
  const columns = outputColumns(options, io);
  if (columns !== undefined) context.columns = columns;
  const settings = (configFor: (filePath: string) => Config): Omit<RunSettings, 'onProgress'> => ({
    rules: allRules,
    locale: options.locale,
    configFor,
    timing,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
  });
  const fixing = options.fix || options.fixDryRun;
  const recording = options.suppressAll || options.suppressRules.length > 0 || options.pruneSuppressions;

  if (!fixing && !options.cache && !recording && options.dataFiles.length === 0) {
    // The usual run: reports read one at a time, results written as they come (stream.ts).
    const steps = await discoverInputs(options, io.cwd, resolver, t);
    const formats = [...new Set(steps.flatMap((s) => (s.kind === 'file' || s.kind === 'stdin' ? [formatOf(s.filePath)] : [])))];
    await Promise.all(formats.map(loadFrontEnd));
    const reports = steps.filter((s) => s.kind === 'file' || s.kind === 'stdin');
    const configs = new Map(reports.map((s) => [s.filePath, s.resolved.config]));
    const progress = createProgress(io, reports.length, t);
    const outcome = await streamRun(steps, {
      options, io, t, formatter, context, progress, problem,
      parts: formatterParts[options.format],
      readsSource: readsSource(options.format),
      settings: settings((filePath) => configs.get(filePath) ?? resolver.global),
    });
    for (const crash of outcome.crashes) problem(t.lintCrashed(crash.filePath, crash.message, crash.ruleId));
    outcome.later.forEach(problem);
    if (outcome.failure !== undefined) {
      fail(outcome.failure);
      return 2;
    }
    return finish({ ...outcome, toolFailed, location: outcome.suppressionsLocation });
  }

  // Runs that need every report at once: fixes (passes over all texts), the cache, recording suppressions, data files.
  const collected = await collectInputs(options, io.cwd, io.stdin, resolver, t);
  collected.problems.forEach(problem);
  const inputs = collected.inputs;
  // The markdown/HTML parsers are loaded only when such a report is in the run.
  await Promise.all([...new Set(inputs.map((input) => input.format ?? formatOf(input.filePath)))].map(loadFrontEnd));

  // Lint (with fix passes, or through the cache); a crash costs the findings of that rule or file, not the run.
  const byPath = new Map(inputs.map((input) => [input.filePath, input]));
  const progress = createProgress(io, inputs.length, t);
  const lint = (batch: LintInput[]): RunOutcome =>
    runLint(batch, {
      ...settings((filePath) => byPath.get(filePath)?.resolved.config ?? resolver.global),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  const { outcome, texts } = fixing ? lintAndFix(inputs, lint) : { outcome: await lintCached(inputs, lint, options, io, t), texts: [] };
  progress?.clear();
  for (const crash of outcome.crashes) problem(t.lintCrashed(crash.filePath, crash.message, crash.ruleId));
  if (options.fix) (await writeFixes(inputs, texts, t)).forEach(problem);

  // Results in input order (ignored files' warnings included), then bulk suppressions.
  let results = inOrder([...outcome.results, ...collected.ignored], collected.order);
  const suppressed = await suppress(results, options, io.cwd, t);
  if (!suppressed.ok) {
    problem(suppressed.message);
  } else {
    results = suppressed.results;
  }

  if (options.fixDryRun && options.format === 'json') results = withOutput(results, inputs, texts);
  const shown = options.quiet ? results.map(errorsOnly) : results;
  // The data of the run, written beside the results (and linked from the summary page).
  if (options.dataFiles.length > 0) {
    const written = await writeRunData(inputs, shown, options, io.cwd, t);
    written.problems.forEach(problem);
    context.outputs = written.outputs;
  }
  let text: string;
  try {
    text = formatter(shown, context);
  } catch (error) {
    fail(t.formatterCrashed(options.format, error instanceof Error ? error.message : String(error)));
    return 2;
  }
  // --fix-dry-run: the diffs follow the formatter output (the JSON formats carry `output` or nothing instead).
  if (options.fixDryRun && options.format !== 'json' && options.format !== 'sarif') {
    const diff = dryRunDiff(inputs, texts);
    if (diff !== '') text = text === '' ? diff : `${text.endsWith('\n') ? text : `${text}\n`}\n${diff}`;
  }
  if (!(await writeOutput(text, options, io, t))) return 2;
  const counts = { errors: results.reduce((n, r) => n + r.errorCount, 0), warnings: results.reduce((n, r) => n + r.warningCount, 0) };
  return finish({
    files: inputs.length, counts, timings: outcome.timings, toolFailed,
    stale: suppressed.ok ? suppressed.stale : [], location: suppressed.ok ? suppressed.location : '',
  });

  /** The end of a run: the TIMING table, stale suppressions, the exit code and the final line. */
  function finish(end: { files: number; counts: { errors: number; warnings: number }; timings: Map<string, number>; toolFailed: boolean; stale: Suppressed['stale']; location: string }): number {
    if (timing && end.timings.size > 0) io.stderr(timingTable(end.timings, t.timingHeader));
    if (end.stale.length > 0) fail(t.staleSuppressions(end.location, end.stale));
    const code = exitCode(end.counts, options, end.toolFailed || toolFailed, fail, t);
    // Files, errors, warnings and time, after the output of the formats people read (see progress.ts).
    const final = finalLine(io, options.format, end.files, end.counts, performance.now() - started, t);
    if (final) io.stderr(final);
    return code;
  }
}

/** 2 when the tool failed; 1 for errors or more warnings than --max-warnings (said on stderr); else 0. */
function exitCode(counts: { errors: number; warnings: number }, options: CliOptions, toolFailed: boolean, fail: (m: string) => void, t: CliMessages): number {
  const { errors, warnings } = counts;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) fail(t.tooManyWarnings(warnings, options.maxWarnings!));
  if (toolFailed) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Lints through the cache with --cache (saving it afterwards; a failed save is only a warning), else directly. */
async function lintCached(inputs: Prepared[], lint: (batch: LintInput[]) => RunOutcome, options: CliOptions, io: CliIO, t: CliMessages): Promise<RunOutcome> {
  if (!options.cache) return lint(inputs);
  const cache = await LintCache.load(options.cacheLocation ?? '.report-lint-cache', io.cwd);
  const version = readVersion();
  const keyOf = (input: Prepared) =>
    cacheKey({ version, config: input.resolved.config, locale: options.locale, reportUnused: options.reportUnusedDisableDirectives });
  // Whether a report's config runs a cross-report rule (its findings then depend on the whole run).
  const projectRules = Object.entries(allRules).filter(([, rule]) => rule.meta.scope === 'project');
  const usesRun = (input: Prepared) =>
    projectRules.some(([id]) => {
      const setting = input.resolved.config.rules?.[id];
      return setting === undefined || parseRuleSetting(setting, id).severity !== null;
    });
  const outcome = lintWithCache(inputs, cache, keyOf, usesRun, lint);
  try {
    await cache.save();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    io.stderr(`${t.prefix}${t.cacheWriteFailed(cache.path, t.osReason(e.code, e.message))}\n`);
  }
  return outcome;
}

/** Results sorted by the order the files were found in (stable for equal paths). */
function inOrder(results: LintResult[], order: string[]): LintResult[] {
  const rank = new Map(order.map((path, i) => [path, i]));
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (rank.get(a.r.filePath) ?? a.i) - (rank.get(b.r.filePath) ?? b.i) || a.i - b.i)
    .map(({ r }) => r);
}
