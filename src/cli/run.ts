/**
 * Running the rules for the CLI over a run's reports (startRun: each report
 * read, checked by its own rules and summarised, then the cross-report rules
 * and the results in order). A crash in one rule costs only that rule's
 * findings for that file; a report that cannot be parsed costs that report.
 */
import { displayWidth } from '../text/width.js';
import { startRun, type LintInput, type LintOptions, type LintRun, type RunSetup } from '../lint.js';
import { enabledProjectRules } from '../engine/engine.js';
import type { Config, Locale, Rule } from '../engine/types.js';
import type { LintResult } from '../results.js';

/** A file the tool could not check completely. */
export interface Crash {
  filePath: string;
  /** The rule that threw; absent when parsing the report threw. */
  ruleId?: string;
  message: string;
}

export interface RunOutcome {
  /** In input order; files whose parsing crashed are missing. */
  results: LintResult[];
  crashes: Crash[];
  /** Total milliseconds per rule id (only when timing was asked for). */
  timings: Map<string, number>;
}

export interface RunSettings {
  rules: Record<string, Rule<any>>;
  locale: Locale;
  configFor: (filePath: string) => Config;
  timing: boolean;
  /** Warn about report-lint-disable comments that hid nothing. */
  reportUnusedDisableDirectives?: boolean;
  /** Told about each report as it is read and checked (progress bar). */
  onProgress?: LintOptions['onProgress'];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A run of the CLI: reports are added one at a time (a report that cannot
 * be parsed becomes a crash), results come in order; crashes and per-rule
 * times are collected on the way.
 */
export class CliRun {
  readonly crashes: Crash[] = [];
  readonly timings = new Map<string, number>();
  private readonly run: LintRun;
  /** Input index of each added report, for ordering crashes. */
  private readonly order = new Map<string, number>();
  private added = 0;

  constructor(settings: RunSettings, reports: { expected: number; configs: Config[]; keepSource?: RunSetup['keepSource']; store?: RunSetup['store'] }) {
    this.run = startRun({
      ...(reports.store ? { store: reports.store } : {}),
      rules: settings.rules,
      locale: settings.locale,
      configFor: settings.configFor,
      expected: reports.expected,
      projectRules: enabledProjectRules(settings.rules, reports.configs),
      ...(reports.keepSource !== undefined ? { keepSource: reports.keepSource } : {}),
      ...(settings.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}),
      ...(settings.onProgress ? { onProgress: settings.onProgress } : {}),
      ...(settings.timing ? { timing: (id: string, ms: number) => this.timings.set(id, (this.timings.get(id) ?? 0) + ms) } : {}),
      onError: (filePath, error) => this.crashes.push({ filePath, message: messageOf(error) }),
    });
  }

  /** Whether the results wait for the last report (see LintRun). */
  get deferred(): boolean {
    return this.run.deferred;
  }

  /** Adds a report; false when it could not be parsed (a crash). */
  add(input: LintInput): boolean {
    this.order.set(input.filePath, this.added++);
    try {
      this.run.add(input);
      return true;
    } catch (error) {
      this.crashes.push({ filePath: input.filePath, message: messageOf(error) });
      return false;
    }
  }

  /** The results not given yet, one per added report, in order (undefined for a report whose result failed: a crash). */
  *results(): Generator<LintResult | undefined> {
    for (const result of this.run.results()) {
      for (const crash of result?.crashes ?? []) this.crashes.push({ filePath: result!.filePath, ruleId: crash.ruleId, message: crash.message });
      yield result;
    }
  }

  /** The crashes in input order. */
  sortedCrashes(): Crash[] {
    return [...this.crashes].sort((a, b) => (this.order.get(a.filePath) ?? 0) - (this.order.get(b.filePath) ?? 0));
  }
}

/** Lints the inputs together (so cross-year rules see each other) and never throws. */
export function runLint(inputs: LintInput[], settings: RunSettings): RunOutcome {
  const run = new CliRun(settings, { expected: inputs.length, configs: inputs.map((input) => settings.configFor(input.filePath)) });
  for (const input of inputs) run.add(input);
  const results = [...run.results()].filter((r) => r !== undefined);
  return { results, crashes: run.sortedCrashes(), timings: run.timings };
}

/** The TIMING table: rule id, total ms and share of all rule time, slowest first. */
export function timingTable(timings: Map<string, number>, header: [string, string, string]): string {
  const rows = [...timings].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const cells = rows.map(([id, ms]) => [id, ms.toFixed(3), `${total > 0 ? ((ms * 100) / total).toFixed(1) : '0.0'}%`]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => c[i]!.length)));
  const pad = (s: string, w: number, right: boolean) => {
    const fill = ' '.repeat(Math.max(0, w - displayWidth(s)));
    return right ? fill + s : s + fill;
  };
  const line = (c: string[]) => c.map((s, i) => pad(s, widths[i]!, i > 0)).join(' | ');
  // Markdown-style alignment row whose "|" line up with the rows: left, then right-aligned columns.
  const rule = widths
    .map((w, i) => (i === 0 ? ':' + '-'.repeat(w) : '-'.repeat(i === widths.length - 1 ? w : w + 1) + ':'))
    .join('|');
  return [line(header), rule, ...cells.map(line)].join('\n') + '\n';
}

