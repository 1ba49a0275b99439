/**
 * Applying the automatic fixes of lint messages to a text. Pure and free of
 * Node APIs, so it runs in a browser as well as in the CLI.
 *
 * Like ESLint's source-code fixer: the fixes are taken in source order, a fix
 * that overlaps or touches the previous applied one is left for a later pass,
 * and `fixText` re-lints and re-applies until nothing changes (at most 10
 * passes). A fix that would replace or insert a line break is never applied,
 * so a fixed text keeps every line ending of the original.
 */
import type { LintMessage } from './results.js';

export interface FixOutcome {
  /** The text with the fixes applied (the input itself when none applied). */
  output: string;
  /** The messages whose fix was applied, in source order of the fixes. */
  fixed: LintMessage[];
  /** Every other message, in input order (without a fix, skipped, or a no-op). */
  remaining: LintMessage[];
}

/** The most passes `fixText` makes, as in ESLint. */
export const MAX_FIX_PASSES = 10;

const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** True when the fix can be applied to `text` on its own: a valid range and no line break touched. */
export function isSafeFix(text: string, fix: { range: [number, number]; text: string }): boolean {
  const [start, end] = fix.range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return false;
  return !LINE_BREAK.test(fix.text) && !LINE_BREAK.test(text.slice(start, end));
}

/**
 * Applies the fixes of `messages` to `text` in one pass. Fixes are sorted by
 * range; one that starts before or where the previous applied fix ended is
 * skipped (its message stays in `remaining`), as are unsafe fixes and fixes
 * that change nothing.
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): FixOutcome {
  const withFix = messages
    .filter((m) => m.fix !== undefined)
    .sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied = new Set<LintMessage>();
  let output = '';
  let lastEnd = -1;
  for (const message of withFix) {
    const fix = message.fix!;
    const [start, end] = fix.range;
    if (start <= lastEnd || !isSafeFix(text, fix)) continue;
    if (text.slice(start, end) === fix.text) continue;
    output += text.slice(Math.max(0, lastEnd), start) + fix.text;
    lastEnd = end;
    applied.add(message);
  }
  if (applied.size === 0) return { output: text, fixed: [], remaining: [...messages] };
  output += text.slice(lastEnd);
  return {
    output,
    fixed: withFix.filter((m) => applied.has(m)),
    remaining: messages.filter((m) => !applied.has(m)),
  };
}

export interface FixTextOutcome {
  output: string;
  /** The messages of the final text (what is left to report). */
  messages: LintMessage[];
  /** Number of fixes applied over all passes. */
  fixCount: number;
  /** Passes that changed the text. */
  passes: number;
}

/**
 * Lints `text` with `verify`, applies the fixes and lints again, until a pass
 * changes nothing or MAX_FIX_PASSES passes were made. The messages returned
 * are those of the final text.
 */
export function fixText(text: string, verify: (text: string) => LintMessage[]): FixTextOutcome {
  let current = text;
  let messages = verify(current);
  let fixCount = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const outcome = applyFixes(current, messages);
    if (outcome.fixed.length === 0) break;
    current = outcome.output;
    fixCount += outcome.fixed.length;
    passes++;
    messages = verify(current);
  }
  return { output: current, messages, fixCount, passes };
}
