/**
 * Helpers shared by the formatters: severity words, paths, one-line messages,
 * totals and the localised summary lines.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FormatterContext, SeverityNumber } from '../results.js';
import { pick } from '../i18n.js';
import type { Totals } from './totals.js';

export type SeverityWord = 'error' | 'warning' | 'info';

/** The severity word machine formats and editors expect (never translated). */
export function severityWord(severity: SeverityNumber): SeverityWord {
  return severity === 2 ? 'error' : severity === 1 ? 'warning' : 'info';
}

/** The path made absolute against the working directory. */
export function absolutePath(filePath: string, cwd: string): string {
  return resolve(cwd, filePath);
}

/** Characters that would break a record or steer a terminal: C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls. */
const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file name as text formats print it: line feed, carriage return and tab as
 * `\n`, `\r`, `\t`, any other control character as `\xNN` or `\uNNNN`, so
 * that one finding is always one record and a name cannot forge another line.
 */
export function visiblePath(path: string): string {
  return path.replace(UNSEEN, (ch) => {
    const code = ch.charCodeAt(0);
    return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
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

export { totals, type Totals } from './totals.js';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "3 problems" / "共 3 个问题". */
export function problemCount(n: number, locale: FormatterContext['locale']): string {
  return pick({ zh: `共 ${n} 个问题`, en: plural(n, 'problem') }, locale);
}

/**
 * "3 problems (2 errors, 1 warning)" as ESLint writes it (info only when
 * present); in Chinese only the kinds that occur: "共 3 个问题（2 个错误，1 个警告）",
 * "共 2 个问题（2 个错误）".
 */
export function summaryText(t: Totals, locale: FormatterContext['locale']): string {
  const en = [plural(t.errors, 'error'), plural(t.warnings, 'warning'), ...(t.infos > 0 ? [plural(t.infos, 'info', 'info')] : [])];
  const zh = [
    [t.errors, '错误'],
    [t.warnings, '警告'],
    [t.infos, '提示'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => `${n} 个${word}`);
  return pick({ zh: `${problemCount(t.problems, locale)}（${zh.join('，')}）`, en: `${problemCount(t.problems, locale)} (${en.join(', ')})` }, locale);
}

/** The line about automatic fixes (naming the --fix option, as ESLint does), or undefined when nothing is fixable. */
export function fixableText(t: Totals, locale: FormatterContext['locale']): string | undefined {
  const fixable = t.fixableErrors + t.fixableWarnings;
  if (fixable === 0) return undefined;
  const kinds = [
    [t.fixableErrors, '错误'],
    [t.fixableWarnings, '警告'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => `${n} 个${word}`)
    .join('和 ');
  return pick(
    {
      zh: `其中 ${kinds}可以自动改正：在命令里加上 --fix 再运行一次，改正会直接写回原文件。`,
      en: `${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
    },
    locale,
  );
}
