/**
 * One-line code frames for terminal output: the source line of a finding,
 * cut to a window of about 80 display columns around it, and a caret line
 * placed by display width (CJK characters take two columns).
 */
import { displayWidth } from '../text/width.js';

/** Display columns a frame shows at most (without the ellipses). */
export const FRAME_WIDTH = 80;
const ELLIPSIS = '…';

export interface Frame {
  /** The shown part of the line, with control characters turned into spaces. */
  text: string;
  /** Display columns before the caret. */
  pad: number;
  /** Display columns the underline covers (at least 1). */
  length: number;
}

/** Display width of one code point; control characters are shown as one space. */
function charWidth(ch: string): number {
  return ch.codePointAt(0)! < 0xa0 ? 1 : displayWidth(ch);
}

function shown(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** Index reached walking left from `from` (not below `lo`) while the width stays within `budget`. */
function walkLeft(line: string, from: number, lo: number, budget: number): number {
  let i = from;
  let w = 0;
  while (i > lo) {
    const low = line.charCodeAt(i - 1);
    const step = low >= 0xdc00 && low <= 0xdfff && i - 2 >= lo ? 2 : 1;
    const cw = charWidth(line.slice(i - step, i));
    if (w + cw > budget) break;
    w += cw;
    i -= step;
  }
  return i;
}

/** Index reached walking right from `from` (not past `hi`) while the width stays within `budget`. */
function walkRight(line: string, from: number, hi: number, budget: number): number {
  let i = from;
  let w = 0;
  while (i < hi) {
    const cp = line.codePointAt(i)!;
    const step = cp > 0xffff && i + 1 < hi ? 2 : 1;
    const cw = charWidth(line.slice(i, i + step));
    if (w + cw > budget) break;
    w += cw;
    i += step;
  }
  return i;
}

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * The frame for a finding on `line` from code unit `start` to `end`
 * (0-based, end exclusive; an end past the line underlines to its end).
 */
export function frameLine(line: string, start: number, end: number, max = FRAME_WIDTH): Frame {
  const s = Math.max(0, Math.min(start, line.length));
  const e = Math.max(s, Math.min(end, line.length));
  // Trim surrounding whitespace, but never into the finding.
  const lead = line.length - line.trimStart().length;
  const lo = Math.min(s, lead);
  const hi = Math.max(e, line.trimEnd().length);

  // How much there is on each side, capped at the budget.
  const rightEnd = walkRight(line, s, hi, max);
  const leftStart = walkLeft(line, s, lo, max);
  let a = lo;
  let b = hi;
  if (leftStart > lo || rightEnd < hi || width(line.slice(leftStart, rightEnd)) > max) {
    const findingWidth = width(line.slice(s, walkRight(line, s, e, max)));
    const rightAvail = width(line.slice(s, rightEnd));
    const leftAvail = width(line.slice(leftStart, s));
    let left = Math.min(leftAvail, Math.max(10, Math.floor((max - findingWidth) / 2)));
    if (rightAvail < max - left) left = Math.min(leftAvail, max - rightAvail);
    a = walkLeft(line, s, lo, left);
    b = walkRight(line, s, hi, max - width(line.slice(a, s)));
  }
  const before = (a > lo ? ELLIPSIS : '') + shown(line.slice(a, s));
  const text = before + shown(line.slice(s, b)) + (b < hi ? ELLIPSIS : '');
  const length = Math.max(1, width(line.slice(s, Math.min(e, b))));
  return { text, pad: width(before), length };
}

/** The caret line for a frame: spaces, then `^` and `~` for the rest of the underline. */
export function caretLine(frame: Frame): string {
  return ' '.repeat(frame.pad) + '^' + '~'.repeat(frame.length - 1);
}
