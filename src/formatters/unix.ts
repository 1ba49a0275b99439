/**
 * gcc-like lines for vim's errorformat, efm-langserver and similar tools:
 *
 *     /abs/path/report.md:3:5: 本年度收到申请数与办理数不一致 [error/application-balance]
 *
 *     共 1 个问题
 *
 * Messages of the tool itself (no rule id) are tagged `[error/report-lint]`.
 */
import { messageText } from './location.js';
import { fromParts, type FormatterParts } from './parts.js';
import { absolutePath, visiblePath, oneLine, problemCount, severityWord } from './shared.js';

export const unixParts: FormatterParts = {
  result(result, ctx) {
    const path = visiblePath(absolutePath(result.filePath, ctx.cwd));
    let out = '';
    for (const m of result.messages) {
      const tag = `${severityWord(m.severity)}/${m.ruleId ?? 'report-lint'}`;
      out += `${path}:${m.line}:${m.column}: ${oneLine(messageText(m, ctx.locale))} [${tag}]\n`;
    }
    return out;
  },
  end: (t, ctx) => (t.problems === 0 ? '' : `\n${problemCount(t.problems, ctx.locale)}\n`),
};

export const unix = fromParts(unixParts);
