/**
 * Wrapping a message to a terminal width by display width (CJK characters
 * take two columns): Chinese breaks between any two characters, but never
 * before closing punctuation (，。）” …) or after opening punctuation (（“ …);
 * Latin words break at spaces, and only a word longer than a line is cut.
 */
import { displayWidth } from '../text/width.js';

/** Characters a line must not start with. */
const NO_START = new Set([...'，。、；：？！）】》」』”’〕〉…—,.;:?!)]}%']);
/** Characters a line must not end with. */
const NO_END = new Set([...'（【《「『“‘〔〈([{']);

/** The text cut into lines of at most `width` display columns (at least one line). */
export function wrapText(text: string, width: number): string[] {
  const chars = [...text];
  const widths = chars.map((ch) => displayWidth(ch));
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    // The longest run from `start` that fits.
    let end = start;
    let w = 0;
    while (end < chars.length && w + widths[end]! <= width) w += widths[end++]!;
    if (end === start) end = start + 1; // a single character wider than the line
    if (end < chars.length) end = breakBefore(chars, start, end);
    lines.push(chars.slice(start, end).join('').trimEnd());
    start = end;
    while (start < chars.length && chars[start] === ' ') start++;
  }
  return lines.length ? lines : [''];
}

const latin = (ch: string | undefined) => ch !== undefined && ch.charCodeAt(0) < 0x2000 && /[\w.,;:!?%'"()\-/+=]/.test(ch);

/**
 * Where to break a line that would end before `end`: not inside a Latin word
 * or number (back to its start, when it does not fill the line), not between
 * forbidden neighbours; the line as cut when no such place is left.
 */
function breakBefore(chars: string[], start: number, end: number): number {
  let at = end;
  for (let step = 0; step < 4; step++) {
    const before = at;
    if (latin(chars[at - 1]) && latin(chars[at])) {
      let i = at;
      while (i > start && chars[i - 1] !== ' ' && latin(chars[i - 1])) i--;
      if (i > start) at = i;
    }
    while (at - 1 > start && at > end - 6 && (NO_START.has(chars[at]!) || NO_END.has(chars[at - 1]!))) at--;
    if (at === before) break;
  }
  return at > start ? at : end;
}
