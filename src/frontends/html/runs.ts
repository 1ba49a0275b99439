import type { Segment } from '../../ast/types.js';
import { trimUnit, type TextUnit } from '../units.js';

/** A character reference in HTML source: "&nbsp;", "&#20013;", "&#x4e00;", "&copy" (legacy, no semicolon). */
const REFERENCE = /^&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/;
/** The references that decode to "&" itself. */
const AMPERSAND = /^&(?:amp;?|AMP;?|#0*38;?|#[xX]0*26;?)$/;

/**
 * Source offset of every UTF-16 unit of a decoded text node.
 *
 * `value` is what the parser decoded from `source[start, end)`: equal
 * characters map one to one; a character reference maps all the characters
 * it decodes to (one, or two for astral and a few named references) to its
 * "&"; CRLF and lone CR (decoded as LF) map to the CR. Anything the alignment
 * cannot follow maps to the next source position, clamped to the run.
 */
export function charOffsets(value: string, source: string, start: number, end: number): number[] {
  const offsets: number[] = new Array<number>(value.length);
  let i = 0;
  let j = start;
  while (i < value.length) {
    if (j >= end) {
      // The decoded text is longer than the alignment followed: clamp to the run end.
      offsets[i++] = Math.max(start, end - 1);
      continue;
    }
    const c = source[j]!;
    if (c === '&') {
      const m = REFERENCE.exec(source.slice(j, Math.min(end, j + 40)));
      // An unknown name stays literal ("&foo;"); "&amp;amp;" decodes to a literal-looking "&amp;".
      if (m && (AMPERSAND.test(m[0]) || !value.startsWith(m[0], i))) {
        const [count, next] = referenceSpan(value, i, source, j, m[0].length, end);
        for (let k = 0; k < count; k++) offsets[i + k] = j;
        i += count;
        j = next;
        continue;
      }
    } else if (c === '\r' && value[i] === '\n') {
      offsets[i++] = j;
      j += source[j + 1] === '\n' ? 2 : 1;
      continue;
    }
    offsets[i++] = j++;
  }
  return offsets;
}

/**
 * How many value characters the reference at source[j] decodes to, and where
 * the source continues after it. Legacy named references without a semicolon
 * may be decoded from a prefix of the name ("&notit;" → "¬" + "it;"): the end
 * is the shortest prefix after which the source realigns with the value.
 */
function referenceSpan(value: string, i: number, source: string, j: number, length: number, end: number): [number, number] {
  const code = value.charCodeAt(i);
  let count = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  let next = j + length;
  // The source at n continues with value[i + k] (a following "&" proves nothing: it is decoded too).
  const realigned = (n: number, k: number) =>
    n >= end ? i + k >= value.length : source[n] !== '&' && (source[n] === value[i + k] || (source[n] === '\r' && value[i + k] === '\n'));
  if (!realigned(next, count) && realigned(next, count + 1)) count++;
  if (!realigned(next, count) && source[j + 1] !== '#') {
    for (let n = j + 2; n < j + length; n++) {
      if (realigned(n, count)) {
        next = n;
        break;
      }
    }
  }
  return [count, next];
}

const HTML_SPACE = /[ \t\n\r\f]/;
/** White space of any kind, the non-collapsing U+00A0 and U+3000 included. */
const ANY_SPACE = /[\s\u00a0\u3000]/;
/** Chinese characters and punctuation: text that wraps without spaces. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d]/;

/**
 * The text of one line being collected: characters with their source
 * offsets. HTML white space (space, tab, CR, LF, FF) collapses to one space
 * as a browser renders it; U+00A0 and U+3000 are kept.
 */
export class Line {
  private chars: string[] = [];
  private offsets: number[] = [];
  /** A soft break waits for the next visible character. */
  private pendingBreak = false;
  /** Source offset of the first character other than HTML white space pushed, kept when trimmed away. */
  private firstSeen: number | undefined;

  /** Appends decoded text whose characters sit at `offsets` (-1: no source character). */
  push(value: string, offsets: number[], options: { preserve?: boolean } = {}): void {
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (this.firstSeen === undefined && (offsets[i] ?? -1) >= 0 && !HTML_SPACE.test(ch)) this.firstSeen = offsets[i];
      if (this.pendingBreak) {
        // White space at the start of a block inside a cell is not rendered.
        if (ANY_SPACE.test(ch)) continue;
        const prev = this.chars[this.chars.length - 1];
        if (prev !== undefined && !(CJK.test(prev) && CJK.test(ch))) {
          this.chars.push(' ');
          this.offsets.push(-1);
        }
        this.pendingBreak = false;
      }
      if (!options.preserve && HTML_SPACE.test(ch)) {
        if (this.endsInSpace()) continue;
        this.chars.push(' ');
      } else this.chars.push(ch);
      this.offsets.push(offsets[i] ?? -1);
    }
  }

  /**
   * A break inside a table cell (a block or <br>): white space around it is
   * dropped, and it reads as one space, or as nothing between two Chinese
   * characters ("结<p>果" → "结果", where a word is split one character per line).
   */
  softBreak(): void {
    while (this.chars.length && ANY_SPACE.test(this.chars[this.chars.length - 1]!)) {
      this.chars.pop();
      this.offsets.pop();
    }
    if (this.chars.length) this.pendingBreak = true;
  }

  /** The collected line as a trimmed unit (null when it holds only spaces), and a fresh line. */
  take(): TextUnit | null {
    const value = this.chars.join('');
    const segments: Segment[] = [];
    for (let i = 0; i < this.offsets.length; i++) {
      const offset = this.offsets[i]!;
      if (offset < 0) continue;
      const last = segments[segments.length - 1];
      if (last && last.index + last.length === i && last.offset + last.length === offset) last.length++;
      else segments.push({ index: i, offset, length: 1 });
    }
    this.chars = [];
    this.offsets = [];
    this.pendingBreak = false;
    this.firstSeen = undefined;
    const first = segments[0];
    const last = segments[segments.length - 1];
    if (!first || !last) return null;
    return trimUnit({ kind: 'text', value, start: first.offset, end: last.offset + last.length, segments });
  }

  /** Source offset of the first character pushed that is not HTML white space (U+00A0 counts), if any. */
  firstOffset(): number | undefined {
    return this.firstSeen;
  }

  private endsInSpace(): boolean {
    const last = this.chars[this.chars.length - 1];
    return last === undefined || last === ' ';
  }
}
