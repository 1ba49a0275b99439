import type { SourceText } from '../../ast/source.js';
import type { TextUnit } from '../units.js';

/** What ends a paragraph: a full stop, question or exclamation mark, a semicolon, a colon. */
const PARAGRAPH_END = /[。！？!?；;：:]["”’」』）)]*$/;
/** Punctuation of running prose. */
const PROSE = /[，。、；：（）《》“”,;]/;
const MIN_LINE = 20;

/**
 * Lines of one paragraph broken at the page width (text out of a PDF) or by a
 * stray blank line at a page end (a PDF converted to Markdown): a line of
 * prose that stops mid-sentence goes on in the next paragraph line, unless
 * that one is indented (the first line of a new paragraph). "…二" + "是…",
 * "政策" + "文件1条", "统" + "计期限为…" read whole again.
 */
export function isWrappedLine(line: TextUnit, next: TextUnit, source: SourceText): boolean {
  const text = line.value.trimEnd();
  if (text.length < MIN_LINE || PARAGRAPH_END.test(text)) return false;
  if (!PROSE.test(text)) return false;
  return !indented(next, source);
}

/** The unit starts after white space on its line (a paragraph's first line). */
function indented(unit: TextUnit, source: SourceText): boolean {
  const at = unit.segments?.[0]?.offset ?? unit.start;
  const c = source.text.charCodeAt(at - 1);
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}
