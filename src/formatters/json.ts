/**
 * The ESLint-compatible JSON array: one entry per file in input order, the
 * file path exactly as given, every message field, and no `source` text.
 * The output is one line of JSON.
 */
import type { LintResult } from '../results.js';
import { fromParts, type FormatterParts } from './parts.js';

/** A result as serialised: the counts in a fixed order, without the source text, report data and crash list. */
export function serialisable(result: LintResult): Omit<LintResult, 'source' | 'report' | 'crashes'> {
  const { source: _source, report: _report, crashes: _crashes, filePath, messages, errorCount, warningCount, infoCount, ...rest } = result;
  const { fatalErrorCount, fixableErrorCount, fixableWarningCount, ...extra } = rest;
  return {
    filePath,
    messages,
    errorCount,
    warningCount,
    infoCount,
    fatalErrorCount,
    fixableErrorCount,
    fixableWarningCount,
    ...extra,
  };
}

export const jsonParts: FormatterParts = {
  start: () => '[',
  result: (result, _ctx, index) => `${index > 0 ? ',' : ''}${JSON.stringify(serialisable(result))}`,
  end: () => ']',
};

export const json = fromParts(jsonParts);
