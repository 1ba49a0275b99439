/**
 * Running the rules for the CLI: lintReports (where a crash in one rule costs
 * only that rule's findings for that file), a fallback when parsing a file
 * crashes, and the TIMING table.
 */
import { displayWidth } from '../text/width.js';
import { analyse } from '../analyse.js';
import { lintReports, type LintInput, type LintOptions } from '../lint.js';
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
  /** Told about each report as it is parsed and checked (progress bar). */
  onProgress?: LintOptions['onProgress'];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lints the inputs together (so cross-year rules see each other) and never throws. */
export function runLint(inputs: LintInput[], settings: RunSettings): RunOutcome {
  let timings = new Map<string, number>();
  const lint = (batch: LintInput[]) => {
    // Start every attempt afresh so a retried file is not counted twice.
    timings = new Map();
    return lintReports(batch, {
      rules: settings.rules,
      locale: settings.locale,
      configFor: settings.configFor,
      ...(settings.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}),
      ...(settings.onProgress ? { onProgress: settings.onProgress } : {}),
      ...(settings.timing ? { timing: (id: string, ms: number) => timings.set(id, (timings.get(id) ?? 0) + ms) } : {}),
    });
  };

  try {
    const results = lint(inputs);
    return { results, crashes: ruleCrashes(results), timings };
  } catch {
    // Something outside the rules threw (parsing or the model): find the
    // files that cannot be analysed, and lint the others without them.
    const parseCrashes: Crash[] = [];
    const good = inputs.filter((input) => {
      try {
        analyse(input);
        return true;
      } catch (error) {
        parseCrashes.push({ filePath: input.filePath, message: messageOf(error) });
        return false;
      }
    });
    try {
      const results = lint(good);
      return { results, crashes: mergeCrashes(inputs, parseCrashes, ruleCrashes(results)), timings };
    } catch {
      // Still failing: lint file by file (cross-year rules then see one file each).
      const results: LintResult[] = [];
      const perFile: Crash[] = [];
      const allTimings = new Map<string, number>();
      for (const input of good) {
        try {
          const [result] = lint([input]);
          results.push(result!);
          perFile.push(...ruleCrashes([result!]));
        } catch (error) {
          perFile.push({ filePath: input.filePath, message: messageOf(error) });
        }
        for (const [id, ms] of timings) allTimings.set(id, (allTimings.get(id) ?? 0) + ms);
      }
      return { results, crashes: mergeCrashes(inputs, parseCrashes, perFile), timings: allTimings };
    }
  }
}

/** Crashes ordered like the inputs. */
function mergeCrashes(inputs: LintInput[], ...lists: Crash[][]): Crash[] {
  const order = new Map(inputs.map((input, i) => [input.filePath, i]));
  return lists.flat().sort((a, b) => (order.get(a.filePath) ?? 0) - (order.get(b.filePath) ?? 0));
}

/** The rules that threw, file by file (the engine keeps their crashes with the results). */
function ruleCrashes(results: LintResult[]): Crash[] {
  return results.flatMap((r) => (r.crashes ?? []).map((c) => ({ filePath: r.filePath, ruleId: c.ruleId, message: c.message })));
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

