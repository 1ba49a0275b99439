/**
 * One line per message in the shape of VS Code's `$eslint-compact` matcher:
 *
 *     /abs/path/report.md: line 3, col 5, Error - 本年度收到申请数与办理数不一致 (application-balance)
 *
 * then a blank line and the number of problems. The severity word is always
 * English (Error/Warning/Info); messages of the tool itself carry `(report-lint)`.
 */
import { messageText } from './location.js';
import { fromParts, type FormatterParts } from './parts.js';
import { absolutePath, visiblePath, oneLine, problemCount, severityWord } from './shared.js';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export const compactParts: FormatterParts = {
  result(result, ctx) {
    const path = visiblePath(absolutePath(result.filePath, ctx.cwd));
    let out = '';
    for (const m of result.messages) {
      const text = oneLine(messageText(m, ctx.locale)) || '-';
      const severity = SEVERITY[severityWord(m.severity)];
      out += `${path}: line ${m.line}, col ${m.column}, ${severity} - ${text} (${m.ruleId ?? 'report-lint'})\n`;
    }
    return out;
  },
  end: (t, ctx) => (t.problems === 0 ? '' : `\n${problemCount(t.problems, ctx.locale)}\n`),
};

export const compact = fromParts(compactParts);
