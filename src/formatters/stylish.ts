/**
 * The default terminal format, shaped like ESLint's "stylish" so that VS Code's
 * `$eslint-stylish` problem matcher reads it:
 *
 *     /abs/path/report.md
 *       3:5   error    本年度收到申请数与办理数不一致  application-balance
 *       12:1  warning  …  other-rule
 *
 *       ┌ 3:5  application-balance
 *       │ 本年度共收到政府信息公开申请 120 件，办结 118 件。
 *       │                             ^~~
 *
 *     ✖ 共 2 个问题（1 个错误，1 个警告）
 *
 * The file line is unindented and absolute; each row is
 * `line:col  severity  message  rule-id`, never padded to the longest message
 * and never two spaces in a row inside the message. On a terminal
 * (`FormatterContext.columns`) a long message wraps under its row, which keeps
 * position, severity and rule id; elsewhere each row is one line. VS Code's matcher stops at the first
 * line of a file's block that is not a row, so by default the code frames of a
 * file follow all of its rows ("grouped"); "inline" puts each frame right under
 * its row, for reading only.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { displayWidth } from '../text/width.js';
import { SourceText } from '../ast/source.js';
import type { Formatter, FormatterContext, LintMessage, LintResult } from '../results.js';
import { caretLine, FRAME_WIDTH, frameLine } from './codeframe.js';
import { wrapText } from './wrap.js';
import { absolutePath, visiblePath, fixableText, oneLine, severityWord, summaryText } from './shared.js';
import { fromParts, type FormatterParts } from './parts.js';
import { messageText } from './location.js';

export type CodeFrames = 'grouped' | 'inline' | 'none';

export interface StylishOptions {
  /** Where the code frames go; default "grouped" (after the rows of each file). */
  codeFrames?: CodeFrames;
}

interface Row {
  message: LintMessage;
  position: string;
  severity: string;
  text: string;
  frame?: string[];
}

function colourSeverity(c: ChalkInstance, word: string, padded: string): string {
  return word === 'error' ? c.red(padded) : word === 'warning' ? c.yellow(padded) : c.blue(padded);
}

/** The frame lines (code and caret) of a message, without prefix; none when the source lacks the line. */
function frameOf(source: SourceText | undefined, m: LintMessage, c: ChalkInstance, width: number): string[] | undefined {
  if (!source || m.line < 1 || m.line > source.lineCount) return undefined;
  const line = source.line(m.line);
  const start = Math.max(0, m.column - 1);
  const end = m.endLine > m.line ? line.length : m.endLine === m.line ? m.endColumn - 1 : start;
  const frame = frameLine(line, start, end, width);
  const caret = caretLine(frame);
  return [frame.text, m.severity === 2 ? c.red(caret) : m.severity === 1 ? c.yellow(caret) : c.blue(caret)];
}

/** The message column of a row is never narrower than this; a narrower terminal lets the row overflow. */
const MIN_MESSAGE_WIDTH = 16;

/**
 * The lines of one row: `line:col  severity  message  rule-id`, never padded
 * to other rows. Without a width the row is one line. With one, a message that
 * does not fit is wrapped: the row keeps position, severity, the start of the
 * message and the rule id (so a problem matcher still reads them), and the
 * rest follows on lines indented under the message.
 */
function rowLines(r: Row, posWidth: number, c: ChalkInstance, columns: number | undefined): string[] {
  const rule = r.message.ruleId ?? '';
  const lead = `  ${r.position.padEnd(posWidth)}  ${r.severity.padEnd(7)}  `;
  const head = (text: string) =>
    `  ${c.dim(r.position.padEnd(posWidth))}  ${colourSeverity(c, r.severity, r.severity.padEnd(7))}  ${text}${rule ? `  ${c.dim(rule)}` : ''}`;
  const indent = lead.length;
  const tail = rule ? 2 + rule.length : 0;
  if (columns === undefined || indent + displayWidth(r.text) + tail <= columns) return [head(r.text)];
  const first = Math.max(MIN_MESSAGE_WIDTH, columns - indent - tail);
  const rest = Math.max(MIN_MESSAGE_WIDTH, columns - indent);
  const [line1] = wrapText(r.text, first);
  const remainder = r.text.slice(line1!.length).trimStart();
  return [head(line1!), ...(remainder ? wrapText(remainder, rest).map((l) => ' '.repeat(indent) + l) : [])];
}

function fileBlock(result: LintResult, ctx: FormatterContext, c: ChalkInstance, mode: CodeFrames): string {
  const source = mode !== 'none' && result.source !== undefined ? new SourceText(result.source) : undefined;
  // Frames fit the terminal too (the bar and indent take 6 columns).
  const frameWidth = ctx.columns === undefined ? FRAME_WIDTH : Math.max(20, Math.min(FRAME_WIDTH, ctx.columns - 8));
  const rows: Row[] = result.messages.map((m) => ({
    message: m,
    position: `${m.line}:${m.column}`,
    severity: severityWord(m.severity),
    text: oneLine(messageText(m, ctx.locale)) || '-',
    frame: frameOf(source, m, c, frameWidth),
  }));
  const posWidth = Math.max(...rows.map((r) => r.position.length));
  const bar = c.dim('│');

  const lines = [c.underline(visiblePath(absolutePath(result.filePath, ctx.cwd)))];
  for (const r of rows) {
    lines.push(...rowLines(r, posWidth, c, ctx.columns));
    if (mode === 'inline' && r.frame) lines.push(...r.frame.map((f) => `    ${bar} ${f}`));
  }
  const framed = rows.filter((r) => r.frame);
  if (mode === 'grouped' && framed.length > 0) {
    lines.push('');
    for (const r of framed) {
      const rule = r.message.ruleId ? `  ${r.message.ruleId}` : '';
      lines.push(c.dim(`  ┌ ${r.position}${rule}`), ...r.frame!.map((f) => `  ${bar} ${f}`));
    }
  }
  return lines.join('\n');
}

/** The stylish format, one result at a time, with the given code frame placement. */
export function stylishParts(options: StylishOptions = {}): FormatterParts {
  const mode = options.codeFrames ?? 'grouped';
  return {
    result(result, ctx) {
      if (result.messages.length === 0) return '';
      return `\n${fileBlock(result, ctx, new Chalk({ level: ctx.color ? 1 : 0 }), mode)}\n`;
    },
    end(t, ctx) {
      if (t.problems === 0) return '';
      const c = new Chalk({ level: ctx.color ? 1 : 0 });
      const colour = t.errors > 0 ? c.red : t.warnings > 0 ? c.yellow : c.blue;
      // The summary and the fixable hint wrap on a terminal too (the hint indented by two).
      const fit = (text: string, indent: number) => (ctx.columns === undefined ? [text] : wrapText(text, Math.max(MIN_MESSAGE_WIDTH, ctx.columns - indent)));
      let out = '';
      for (const line of fit(`✖ ${summaryText(t, ctx.locale)}`, 0)) out += `\n${colour.bold(line)}`;
      out += '\n';
      const fixable = fixableText(t, ctx.locale);
      if (fixable) for (const line of fit(fixable, 2)) out += `${colour.bold(`  ${line}`)}\n`;
      return out;
    },
  };
}

/** A stylish formatter with the given code frame placement. */
export function createStylish(options: StylishOptions = {}): Formatter {
  return fromParts(stylishParts(options));
}

/** The default formatter: stylish rows, then the code frames of each file. */
export const stylish: Formatter = createStylish();
