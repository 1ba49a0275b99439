/**
 * Helpers shared by the formatters: severity words, paths, one-line messages,
 * totals and the localised summary lines.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FormatterContext, LintResult, SeverityNumber } from '../results.js';
import { join, pick } from '../i18n.js';

export type SeverityWord = 'error' | 'warning' | 'info';

/** The severity word machine formats and editors expect (never translated). */
export function severityWord(severity: SeverityNumber): SeverityWord {
  return severity === 2 ? 'error' : severity === 1 ? 'warning' : 'info';
}

/** The path made absolute against the working directory. */
export function absolutePath(filePath: string, cwd: string): string {
  return resolve(cwd, filePath);
}

/**
 * The path relative to the working directory with forward slashes, or
 * undefined when the file lies outside it.
 */
export function relativeToCwd(filePath: string, cwd: string): string | undefined {
  const rel = relative(cwd, resolve(cwd, filePath));
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return undefined;
  return rel.split(sep).join('/');
}

/** The message on one line: line breaks become spaces and whitespace runs collapse to one space. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

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

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "3 problems" / "共 3 个问题". */
export function problemCount(n: number, locale: FormatterContext['locale']): string {
  return pick({ zh: `共 ${n} 个问题`, en: plural(n, 'problem') }, locale);
}

/** "3 problems (2 errors, 1 warning)" / "共 3 个问题（2 个错误，1 个警告）"; info only when present. */
export function summaryText(t: Totals, locale: FormatterContext['locale']): string {
  const parts = [
    { zh: `${t.errors} 个错误`, en: plural(t.errors, 'error') },
    { zh: `${t.warnings} 个警告`, en: plural(t.warnings, 'warning') },
    ...(t.infos > 0 ? [{ zh: `${t.infos} 个提示`, en: plural(t.infos, 'info', 'info') }] : []),
  ];
  const { zh, en } = join(parts, { zh: '，', en: ', ' });
  return pick({ zh: `${problemCount(t.problems, locale)}（${zh}）`, en: `${problemCount(t.problems, locale)} (${en})` }, locale);
}

/** The line about automatic fixes (naming the --fix option, as ESLint does), or undefined when nothing is fixable. */
export function fixableText(t: Totals, locale: FormatterContext['locale']): string | undefined {
  if (t.fixableErrors + t.fixableWarnings === 0) return undefined;
  return pick(
    {
      zh: `其中 ${t.fixableErrors} 个错误和 ${t.fixableWarnings} 个警告可以用 --fix 选项自动修复。`,
      en: `${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
    },
    locale,
  );
}
