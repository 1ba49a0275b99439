/**
 * GitHub Actions workflow commands, which show as annotations on the run and
 * on the changed lines of a pull request:
 *
 *     ::group::reports/2023.md
 *     ::error file=reports/2023.md,line=3,endLine=3,col=5,endColumn=8,title=report-lint [application-balance]::本年度…
 *     ::endgroup::
 *
 * Paths are relative to the working directory (the checkout) when the file
 * lies under it. Warnings become `::warning`, info messages `::notice`.
 */
import type { FormatterContext, LintMessage } from '../results.js';
import { fromParts, type FormatterParts } from './parts.js';
import { absolutePath, relativeToCwd } from './shared.js';
import { messageText } from './location.js';

const COMMAND = { 2: 'error', 1: 'warning', 3: 'notice' } as const;

/** Escapes the data part of a command (after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (before `::`), where `:` and `,` are separators too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(path: string, m: LintMessage, locale: FormatterContext['locale']): string {
  const props: [string, string | number][] = [['file', path]];
  if (m.line >= 1) {
    props.push(['line', m.line], ['endLine', Math.max(m.line, m.endLine)]);
    props.push(['col', m.column], ['endColumn', m.endColumn]);
  }
  props.push(['title', m.ruleId ? `report-lint [${m.ruleId}]` : 'report-lint']);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[m.severity]} ${list}::${escapeData(messageText(m, locale))}`;
}

export const githubParts: FormatterParts = {
  result(result, ctx) {
    if (result.messages.length === 0) return '';
    const path = relativeToCwd(result.filePath, ctx.cwd) ?? absolutePath(result.filePath, ctx.cwd);
    let out = `::group::${escapeData(path)}\n`;
    for (const m of result.messages) out += `${annotation(path, m, ctx.locale)}\n`;
    return `${out}::endgroup::\n`;
  },
  end: () => '',
};

export const github = fromParts(githubParts);
