/**
 * One line per message in the shape of VS Code's `$eslint-compact` matcher:
 *
 *     /abs/path/report.md: line 3, col 5, Error - 本年度收到申请数与办理数不一致 (application-balance)
 *
 * then a blank line and the number of problems. The severity word is always
 * English (Error/Warning/Info); messages of the tool itself carry `(report-lint)`.
 */
import type { Formatter } from '../results.js';
import { messageText } from './location.js';
import { absolutePath, visiblePath, oneLine, problemCount, severityWord, totals } from './shared.js';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export const compact: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    const path = visiblePath(absolutePath(result.filePath, ctx.cwd));
    for (const m of result.messages) {
      const text = oneLine(messageText(m, ctx.locale)) || '-';
      const severity = SEVERITY[severityWord(m.severity)];
      lines.push(`${path}: line ${m.line}, col ${m.column}, ${severity} - ${text} (${m.ruleId ?? 'report-lint'})`);
    }
  }
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${problemCount(totals(results).problems, ctx.locale)}\n`;
};
