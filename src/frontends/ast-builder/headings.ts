import { foldWidth, normalizeLabel } from '../../text/normalize.js';
import { chineseNumeral } from '../../text/numbers.js';
import { APPLICATION_ROW_HEADINGS, STANDARD_SECTIONS } from '../../model/vocabulary.js';
import { sliceUnit, trimUnit, type TextUnit } from '../units.js';

export interface HeadingInfo {
  level: 1 | 2 | 3;
  marker: string;
  number: string;
  ordinal: number;
  title: string;
  /** Length of the heading inside the unit value; the rest is a paragraph. */
  length: number;
}

const MARKER = /^(?:([一二三四五六七八九十]{1,3})[、.]|\(([一二三四五六七八九十]{1,3})\)|(\d{1,2})[、.](?!\d))/;
const MAX_TITLE = 40;

/** Reads a numbered heading at the start of a unit ("一、总体情况", "（一）概述 …", "1、互联网"). */
export function readHeading(unit: TextUnit): HeadingInfo | null {
  const fold = foldWidth(unit.value);
  const m = MARKER.exec(fold);
  if (!m) return null;
  const level: 1 | 2 | 3 = m[1] ? 1 : m[2] ? 2 : 3;
  const number = m[1] ?? m[2] ?? m[3]!;
  const ordinal = level === 3 ? Number(number) : chineseNumeral(number);
  if (ordinal === null || ordinal === 0) return null;
  const markerLength = m[0].length;
  let rest = fold.slice(markerLength);
  const lead = rest.length - rest.trimStart().length;
  rest = rest.trimStart();
  let titleLength: number;
  const ws = rest.search(/\s/);
  const stop = rest.indexOf('。');
  if (rest.length <= MAX_TITLE && stop === -1) titleLength = rest.length;
  else if (ws > 0 && ws <= MAX_TITLE && (stop === -1 || ws < stop)) titleLength = ws;
  else if (stop > 0 && stop <= (level === 3 ? 16 : 24)) titleLength = stop;
  else return null;
  const title = rest.slice(0, titleLength).replace(/[:：]$/, '');
  if (!title || /^\d/.test(title)) return null;
  // Numbered table-三 row labels are cells, never section headings.
  if (level <= 2 && APPLICATION_ROW_HEADINGS.test(normalizeLabel(title))) return null;
  // "1." headings only stand alone on their line; inside prose they are enumerations.
  if (level === 3 && (titleLength !== rest.length || titleLength > 20 || /[，,；;。]/.test(title))) return null;
  const length = markerLength + lead + titleLength + (fold[markerLength + lead + titleLength] === '。' ? 1 : 0);
  return { level, marker: unit.value.slice(0, markerLength), number, ordinal, title, length };
}

const INLINE_MARKER = /[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)/g;
const SENTENCE_END = /[。！？；;!?:：)）」”"]\s*$/;

/**
 * Splits a long unit where a heading starts inside it ("…2289119。 一、总体情况 （一）概述 2020年…"),
 * so whole sections written on one line become headings and paragraphs.
 */
export function splitInlineHeadings(unit: TextUnit): TextUnit[] {
  const fold = foldWidth(unit.value);
  const cuts: number[] = [];
  INLINE_MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let headingEnd = -1;
  while ((m = INLINE_MARKER.exec(fold))) {
    const p = m.index;
    if (p === 0) {
      headingEnd = headingLengthAt(unit, 0);
      continue;
    }
    const before = fold.slice(Math.max(0, p - 40), p);
    const spaced = /\s$/.test(before);
    const afterHeading = headingEnd >= 0 && fold.slice(headingEnd, p).trim() === '';
    // A section heading of the template glued to the figure before it ("…收费0万元二、主动公开政府信息情况").
    const glued = GLUED_TO.test(before) && m[0].endsWith('、');
    if (!(afterHeading || glued || (SENTENCE_END.test(before) && (spaced || /[。！？]$/.test(before))))) continue;
    const len = glued && !afterHeading && !SENTENCE_END.test(before) ? sectionHeadingLengthAt(unit, p) : headingLengthAt(unit, p);
    if (len < 0) continue;
    cuts.push(p);
    headingEnd = p + len;
  }
  if (cuts.length === 0) return [unit];
  const out: TextUnit[] = [];
  let from = 0;
  for (const cut of [...cuts, unit.value.length]) {
    const piece = trimUnit(sliceUnit(unit, from, cut));
    if (piece) out.push(piece);
    from = cut;
  }
  return out;
}

/** A figure or its unit right before a glued heading. */
const GLUED_TO = /(?:\d|\d\s*(?:万元|元|件|条|个|项|次|人|篇|%))$/;

/** The length of a heading at `p` when it is one of the template's section headings, else -1. */
function sectionHeadingLengthAt(unit: TextUnit, p: number): number {
  const h = readHeading(sliceUnit(unit, p, Math.min(unit.value.length, p + HEADING_WINDOW)));
  if (!h || h.level !== 1) return -1;
  const title = normalizeLabel(h.title);
  return STANDARD_SECTIONS.some((s) => s.number === h.ordinal && s.pattern.test(title)) ? h.length : -1;
}

/**
 * How much of the text after a marker decides a heading: readHeading looks at
 * the first 40 characters and whether more follow, so a window well beyond
 * that reads the same and keeps the scan of a long line linear.
 */
const HEADING_WINDOW = 200;

function headingLengthAt(unit: TextUnit, p: number): number {
  const rest = sliceUnit(unit, p, Math.min(unit.value.length, p + HEADING_WINDOW));
  const h = readHeading(rest);
  return h ? h.length : -1;
}

/** Splits a unit that starts with a heading into the heading and the text after it. */
export function splitHeading(unit: TextUnit, heading: HeadingInfo): [TextUnit, TextUnit | null] {
  if (heading.length >= unit.value.length) return [unit, null];
  const head = trimUnit(sliceUnit(unit, 0, heading.length)) ?? unit;
  const rest = trimUnit(sliceUnit(unit, heading.length, unit.value.length));
  return [head, rest];
}
