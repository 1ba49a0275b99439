/** The counts of a run's findings by severity (no Node module: the offline page's formatters use it too). */
import type { LintResult } from '../results.js';

export interface Totals {
  problems: number;
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
}

/** Counts the messages of all results by severity. */
export function totals(results: LintResult[]): Totals {
  const t: Totals = { problems: 0, errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const result of results) {
    for (const m of result.messages) {
      t.problems++;
      if (m.severity === 2) t.errors++;
      else if (m.severity === 1) t.warnings++;
      else t.infos++;
    }
    t.fixableErrors += result.fixableErrorCount;
    t.fixableWarnings += result.fixableWarningCount;
  }
  return t;
}
