/**
 * `--fix` and `--fix-dry-run` in the CLI: fix passes over all reports of the
 * run (linted together, so cross-year rules keep seeing each other), then
 * either write the fixed files back in their own encoding or show what would
 * change (a unified diff, or `output` in the JSON results).
 */
import { applyFixes, MAX_FIX_PASSES } from '../fix.js';
import type { LintInput } from '../lint.js';
import type { LintResult } from '../results.js';
import { unifiedDiff } from './diff.js';
import type { Prepared } from './inputs.js';
import type { CliMessages } from './messages.js';
import type { RunOutcome } from './run.js';
import { dirname } from 'node:path';
import { encodeFixed, ReadOnlyError, removeLeftovers, writeAtomic } from './write-back.js';

export interface FixRun {
  /** The outcome of linting the final texts: what is left to report. */
  outcome: RunOutcome;
  /** The final text of every input (by index), changed or not. */
  texts: string[];
  /** Passes that changed at least one file. */
  passes: number;
}

/** True for a report whose fixes may be applied: never a Word document. */
export function canFix(input: Prepared): boolean {
  return !/\.(?:docx|pdf)$/i.test(input.filePath) && !/\.(?:docx|pdf)$/i.test(input.absPath);
}

/**
 * Lints, applies the fixes of every fixable input, and lints again until no
 * file changes or MAX_FIX_PASSES passes were made. The outcome returned is
 * always that of the final texts. Per-rule times add up over the passes.
 */
export function lintAndFix(inputs: Prepared[], lint: (inputs: LintInput[]) => RunOutcome): FixRun {
  const texts = inputs.map((input) => input.text);
  const batch = () => inputs.map((input, i) => ({ ...input, text: texts[i]! }));
  let outcome = lint(batch());
  const timings = new Map(outcome.timings);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const byPath = new Map(outcome.results.map((r) => [r.filePath, r]));
    let changed = false;
    inputs.forEach((input, i) => {
      const result = byPath.get(input.filePath);
      if (!result || !canFix(input)) return;
      const { output, fixed } = applyFixes(texts[i]!, result.messages);
      if (fixed.length === 0) return;
      texts[i] = output;
      changed = true;
    });
    if (!changed) break;
    passes++;
    outcome = lint(batch());
    for (const [id, ms] of outcome.timings) timings.set(id, (timings.get(id) ?? 0) + ms);
  }
  return { outcome: { ...outcome, timings }, texts, passes };
}

/**
 * Writes every changed file back (never standard input), re-encoded like
 * the original and replaced atomically. Returns a message per file that
 * could not be written.
 */
export async function writeFixes(inputs: Prepared[], texts: string[], t: CliMessages): Promise<string[]> {
  const problems: string[] = [];
  const swept = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    const text = texts[i]!;
    if (input.stdin || text === input.text) continue;
    // Temporary files of an earlier run that was killed while writing go first.
    const dir = dirname(input.absPath);
    if (!swept.has(dir)) {
      swept.add(dir);
      await removeLeftovers(dir);
    }
    try {
      await writeAtomic(input.absPath, encodeFixed(input.bytes, input.encoding, input.text, text));
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      problems.push(error instanceof ReadOnlyError ? t.fixReadOnly(input.filePath) : t.fixWriteFailed(input.filePath, t.osReason(e.code, e.message)));
    }
  }
  return problems;
}

/** The unified diffs of every changed input, in input order ("" when nothing would change). */
export function dryRunDiff(inputs: Prepared[], texts: string[]): string {
  return inputs.map((input, i) => unifiedDiff(input.filePath, input.text, texts[i]!)).join('');
}

/** The results with `output` (the fixed text) on those whose text would change, as ESLint's JSON has it. */
export function withOutput(results: LintResult[], inputs: Prepared[], texts: string[]): LintResult[] {
  const changed = new Map<string, string>();
  inputs.forEach((input, i) => {
    if (texts[i] !== input.text) changed.set(input.filePath, texts[i]!);
  });
  return results.map((r) => (changed.has(r.filePath) ? ({ ...r, output: changed.get(r.filePath) } as LintResult) : r));
}
