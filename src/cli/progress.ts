/**
 * Feedback on stderr while and after linting many files:
 *
 * - a progress bar, only when stderr is a terminal and more than
 *   PROGRESS_MIN_FILES files are linted: one line rewritten with `\r`
 *   (phase, bar, count/total, current file), cleared when linting ends, so
 *   nothing of it stays on the screen or reaches a pipe or a file;
 * - a final line (files, errors, warnings, time) on a terminal, for the
 *   formats people read (FINAL_LINE_FORMATS) when more than one file was
 *   linted. Machine and editor formats (json, sarif, github, unix, compact)
 *   never get it: their consumers often read stderr too. Nor does a stderr
 *   that is a pipe or a file (CI logs, scripts): the time in it would make
 *   the same run print different text.
 */
import { displayWidth } from '../text/width.js';
import type { CliIO } from './io.js';
import type { CliMessages } from './messages.js';

/** More files than this get a progress bar (on a terminal). */
export const PROGRESS_MIN_FILES = 10;

/** The formats after which the final line is printed. */
export const FINAL_LINE_FORMATS: ReadonlySet<string> = new Set(['stylish', 'html']);

const BAR_WIDTH = 20;
/** Redraw at most this often (milliseconds), except for a phase's last file. */
const REDRAW_MS = 50;

export interface Progress {
  /** The linter reached file `index` (0-based) of `total` in a phase. */
  update(phase: 'parse' | 'check', index: number, total: number, filePath: string): void;
  /** Erases the bar (if it was drawn). */
  clear(): void;
}

/** The progress bar for a run of `fileCount` files, or undefined when none is to be shown. */
export function createProgress(
  io: Pick<CliIO, 'stderr' | 'stderrIsTTY' | 'stderrColumns'>,
  fileCount: number,
  t: CliMessages,
  now: () => number = () => performance.now(),
): Progress | undefined {
  if (!io.stderrIsTTY || fileCount <= PROGRESS_MIN_FILES) return undefined;
  const columns = Math.max(40, io.stderrColumns || 80) - 1;
  let drawn = false;
  let last = -Infinity;
  return {
    update(phase, index, total, filePath) {
      const time = now();
      if (time - last < REDRAW_MS && index + 1 < total) return;
      last = time;
      // Each phase fills the bar: reading the reports (and their own rules), then the cross-report rules and results.
      const done = index / Math.max(1, total);
      const filled = Math.round(done * BAR_WIDTH);
      const head = `${phase === 'parse' ? t.progressParse : t.progressCheck} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${index + 1}/${total} `;
      io.stderr(`\r\x1b[K${head}${fitLeft(filePath, columns - displayWidth(head))}`);
      drawn = true;
    },
    clear() {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}

/** The end of the text within `width` display columns, "…" marking a cut. */
export function fitLeft(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let out = '';
  let w = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = displayWidth(chars[i]!);
    if (w + cw > width) break;
    w += cw;
    out = chars[i] + out;
  }
  return width > 0 ? `…${out}` : '';
}

/** The final line ("检查了 25 个文件：…") when the terminal, format and file count call for it; otherwise undefined. */
export function finalLine(
  io: Pick<CliIO, 'stderrIsTTY'>,
  format: string,
  files: number,
  counts: { errors: number; warnings: number },
  milliseconds: number,
  t: CliMessages,
): string | undefined {
  if (!io.stderrIsTTY || !FINAL_LINE_FORMATS.has(format) || files <= 1) return undefined;
  return `${t.finalLine(files, counts.errors, counts.warnings, (milliseconds / 1000).toFixed(1))}\n`;
}
