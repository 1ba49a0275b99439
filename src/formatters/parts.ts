/**
 * Formats that can be written one result at a time, so a run over many
 * reports prints each report's part as soon as it is known and keeps none of
 * it: what comes before the first result, each result's part, and the end
 * (which may only depend on the totals). `fromParts` makes the whole-run
 * formatter of them, so both ways give the same text.
 */
import type { Formatter, FormatterContext, LintResult } from '../results.js';
import { totals, type Totals } from './totals.js';

export interface FormatterParts {
  start?(ctx: FormatterContext): string;
  /** The part of the `index`-th result (0-based). */
  result(result: LintResult, ctx: FormatterContext, index: number): string;
  end(totals: Totals, ctx: FormatterContext): string;
}

/** The formatter that writes the parts of all results at once. */
export function fromParts(parts: FormatterParts): Formatter {
  return (results, ctx) => {
    let out = parts.start?.(ctx) ?? '';
    results.forEach((result, i) => (out += parts.result(result, ctx, i)));
    return out + parts.end(totals(results), ctx);
  };
}
