/**
 * The usual run of the command, with flat memory however many reports it
 * checks: each report is read, parsed and checked by its own rules, and only
 * its findings and what the cross-report rules compare are kept (never its
 * tree or its text); once all are read, the cross-report rules run and each
 * report's result goes to the output as soon as it is known. Formats made of
 * parts (stylish, json, unix, compact, github) are written result by result;
 * the others (sarif, html) get all results at the end. A format that shows
 * the source text (code frames) gets it by reading the file again, when it is
 * unchanged; standard input, Word and PDF texts are kept instead.
 *
 * Runs that need every report at once (--fix, --fix-dry-run, --cache,
 * recording suppressions) go through main.ts as a whole.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Formatter, FormatterContext, LintResult } from '../results.js';
import type { FormatterParts } from '../formatters/parts.js';
import { totals } from '../formatters/shared.js';
import type { CliOptions } from './args.js';
import type { CliIO } from './io.js';
import type { CliMessages } from './messages.js';
import { readStep, type Step } from './inputs.js';
import { errorsOnly } from './output.js';
import { readReport } from './read.js';
import { makeParentDirs, writeFailure } from './dirs.js';
import { CliRun, type Crash, type RunSettings } from './run.js';
import { SpillStore } from './spill.js';
import { enabledProjectRules } from '../engine/engine.js';
import { applySuppressions, loadSuppressions, SUPPRESSIONS_FILE, type Suppressed, type Suppressions } from './suppressions.js';
import type { Progress } from './progress.js';

export interface StreamSetup {
  options: CliOptions;
  io: CliIO;
  t: CliMessages;
  formatter: Formatter;
  /** The format written result by result, when it is made of parts. */
  parts: FormatterParts | undefined;
  /** Whether the format shows the source text. */
  readsSource: boolean;
  context: FormatterContext;
  settings: Omit<RunSettings, 'onProgress'>;
  progress: Progress | undefined;
  /** Says a problem on stderr (and makes the run exit 2). */
  problem: (message: string) => void;
}

export interface StreamOutcome {
  /** Reports read and linted. */
  files: number;
  /** Errors and warnings of the results (after suppressions, before --quiet). */
  counts: { errors: number; warnings: number };
  crashes: Crash[];
  timings: Map<string, number>;
  /** Messages to say after the crashes: the suppressions file could not be used. */
  later: string[];
  stale: Suppressed['stale'];
  /** The location of the suppressions file (for the stale entries). */
  suppressionsLocation: string;
  /** Why the output could not be made or written (to say after the crashes), if it could not. */
  failure?: string;
}

/** Reads, lints and writes the run; see the module comment. */
export async function streamRun(steps: Step[], setup: StreamSetup): Promise<StreamOutcome> {
  const { options, io, t, progress } = setup;
  const reports = steps.filter((s) => s.kind === 'file' || s.kind === 'stdin');
  const configs = reports.map((s) => s.resolved.config);
  const keep = (input: { stdin?: boolean; format?: string }) => setup.readsSource && (input.stdin === true || input.format === 'docx' || input.format === 'pdf');
  // Reports wait for the last one only when a cross-report rule is on: then on disk.
  const store = reports.length > 1 && enabledProjectRules(setup.settings.rules, configs).length > 0 ? spillStore() : undefined;
  const run = new CliRun({ ...setup.settings, ...(progress ? { onProgress: progress.update } : {}) }, {
    expected: reports.length,
    configs,
    keepSource: keep,
    ...(store ? { store } : {}),
  });

  const later: string[] = [];
  const location = options.suppressionsLocation ?? SUPPRESSIONS_FILE;
  let suppressions: Suppressions = {};
  try {
    suppressions = await loadSuppressions(resolve(io.cwd, location));
  } catch (error) {
    later.push(t.suppressionsInvalid(location, (error as Error).message));
  }
  const out = await Output.open(setup);
  const stale: Suppressed['stale'] = [];

  // The results in the order the reports were found, each written once it is known.
  type Slot = { result: LintResult } | { report: { absPath: string; fingerprint: string; kept: boolean } };
  const slots: Slot[] = [];
  let next = 0;
  const drain = async () => {
    const results = run.results();
    for (; next < slots.length; next++) {
      const slot = slots[next]!;
      let result: LintResult | undefined;
      if ('result' in slot) result = slot.result;
      else {
        result = results.next().value ?? undefined;
        if (result && setup.readsSource && !slot.report.kept && result.messages.length > 0) {
          const source = await sourceOf(slot.report.absPath, slot.report.fingerprint);
          if (source !== undefined) result = { ...result, source };
        }
      }
      slots[next] = undefined as unknown as Slot;
      if (!result) continue;
      if (Object.keys(suppressions).length > 0) {
        const applied = applySuppressions([result], suppressions, io.cwd);
        result = applied.results[0]!;
        stale.push(...applied.stale);
      }
      out.write(result);
    }
  };

  let files = 0;
  try {
    for (const step of steps) {
      if (step.kind === 'problem') setup.problem(step.message);
      else if (step.kind === 'ignored') slots.push({ result: step.result });
      else {
        const read = await readStep(step, options, io.stdin, t);
        if ('problem' in read) setup.problem(read.problem);
        else if ('result' in read) slots.push({ result: read.result });
        else {
          files++;
          const { input } = read;
          const report = { absPath: input.absPath, fingerprint: fingerprint(input.text), kept: keep(input) };
          if (run.add(input)) slots.push({ report });
        }
      }
      if (!run.deferred) await drain();
    }
    await drain();
  } finally {
    store?.close();
  }
  progress?.clear();
  const failure = out.close();
  return {
    files, counts: out.counts, crashes: run.sortedCrashes(), timings: run.timings, later, stale, suppressionsLocation: location, ...(failure ? { failure } : {}),
  };
}

/** A store on disk for the reports waiting for the last one; none (memory) when no temporary file can be made. */
function spillStore(): SpillStore | undefined {
  try {
    return new SpillStore();
  } catch {
    return undefined;
  }
}

/** A cheap fingerprint of a text (length and FNV-1a of its UTF-16 units), to know a file read again is unchanged. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${h >>> 0}`;
}

/** The text of a file read again, when it is still the text that was linted. */
async function sourceOf(absPath: string, expected: string): Promise<string | undefined> {
  const outcome = await readReport(absPath);
  return outcome.ok && fingerprint(outcome.text) === expected ? outcome.text : undefined;
}

/**
 * The output of a run: results after --quiet, as parts written at once to
 * stdout or --output-file, or all formatted at the end; exactly one final
 * newline when there is any output. A formatter or write failure stops the
 * output and is returned by `close`, to be said after the crashes (as when
 * the output is made at the end).
 */
class Output {
  readonly counts = { errors: 0, warnings: 0 };
  private readonly shown: LintResult[] = [];
  private index = 0;
  private last = '';
  private fd: number | undefined;
  private failed: string | undefined;
  private readonly allTotals = totals([]);

  private constructor(private readonly setup: StreamSetup) {}

  /** The output of a run, with --output-file's directories made (level by level, see dirs.ts) and the file opened. */
  static async open(setup: StreamSetup): Promise<Output> {
    const out = new Output(setup);
    const { options, io, t } = setup;
    if (options.outputFile !== undefined) {
      try {
        const target = resolve(io.cwd, options.outputFile);
        await makeParentDirs(target);
        out.fd = openSync(target, 'w');
      } catch (error) {
        out.failed = t.outputFailed(options.outputFile, writeFailure(error, t));
      }
    }
    if (setup.parts?.start) out.emit(() => setup.parts!.start!(setup.context));
    return out;
  }

  write(result: LintResult): void {
    this.counts.errors += result.errorCount;
    this.counts.warnings += result.warningCount;
    const shown = this.setup.options.quiet ? errorsOnly(result) : result;
    const { parts, context } = this.setup;
    if (!parts) {
      this.shown.push(shown);
      return;
    }
    const t = totals([shown]);
    for (const key of Object.keys(t) as (keyof typeof t)[]) this.allTotals[key] += t[key];
    const index = this.index++;
    this.emit(() => parts.result(shown, context, index));
  }

  /** Ends the output; what went wrong, if anything did. */
  close(): string | undefined {
    const { parts, context, formatter } = this.setup;
    if (parts) this.emit(() => parts.end(this.allTotals, context));
    else this.emit(() => formatter(this.shown, context));
    if (this.failed === undefined && this.last !== '' && !this.last.endsWith('\n')) this.put('\n');
    if (this.fd !== undefined) closeSync(this.fd);
    return this.failed;
  }

  /** Writes what `make` formats, unless the output failed already. */
  private emit(make: () => string): void {
    if (this.failed !== undefined) return;
    let text: string;
    try {
      text = make();
    } catch (error) {
      this.failed = this.setup.t.formatterCrashed(this.setup.options.format, error instanceof Error ? error.message : String(error));
      return;
    }
    if (text !== '') this.put(text);
  }

  private put(text: string): void {
    this.last = text;
    if (this.fd === undefined) {
      this.setup.progress?.clear();
      this.setup.io.stdout(text);
      return;
    }
    try {
      writeSync(this.fd, text);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      this.failed = this.setup.t.outputFailed(this.setup.options.outputFile!, this.setup.t.osReason(e.code, e.message));
    }
  }
}
