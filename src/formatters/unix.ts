/**
 * gcc-like lines for vim's errorformat, efm-langserver and similar tools:
 *
 *     /abs/path/report.md:3:5: 本年度收到申请数与办理数不一致 [error/application-balance]
 *
 *     共 1 个问题
 *
 * Messages of the tool itself (no rule id) are tagged `[error/report-lint]`.
 */
import type { Formatter } from '../results.js';
import { messageText } from './location.js';
import { absolutePath, visiblePath, oneLine, problemCount, severityWord, totals } from './shared.js';

export const unix: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    const path = visiblePath(absolutePath(result.filePath, ctx.cwd));
    for (const m of result.messages) {
      const tag = `${severityWord(m.severity)}/${m.ruleId ?? 'report-lint'}`;
      lines.push(`${path}:${m.line}:${m.column}: ${oneLine(messageText(m, ctx.locale))} [${tag}]`);
    }
  }
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${problemCount(totals(results).problems, ctx.locale)}\n`;
};
