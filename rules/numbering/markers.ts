/**
 * Numbering of headings, numbered paragraphs and 一是/二是 enumerations: the
 * markers as written and the places where a sequence skips, repeats, runs
 * backwards or starts late. Input is `matchText` (（一）→ (一), １．→ 1.).
 */
import { chineseNumeral, toChineseNumeral } from '../../src/rule-kit.js';

export type Style = 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled' | 'shi';

export interface Marker {
  style: Style;
  n: number;
  /** Span of the marker ("三、", "(三)", "三是") in the text. */
  index: number;
  length: number;
  /** The numeral as written ("三", "3", "③"). */
  numeral: string;
}

const LEAD = /^\s*(?:([一二三四五六七八九十]{1,3})[、.](?![一二三四五六七八九十])|\(([一二三四五六七八九十]{1,3})\)|(\d{1,2})[、.](?!\d)|\((\d{1,2})\)|([\u2460-\u2473]))/;

/** The number that starts a heading or paragraph ("三、", "(三)", "3.", "(3)", "③"), if any. */
export function leadingMarker(text: string): Marker | null {
  const m = LEAD.exec(text);
  if (!m) return null;
  const at = m[0].length - m[0].trimStart().length;
  const numeral = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
  const style: Style = m[1] ? 'cn' : m[2] ? 'paren-cn' : m[3] ? 'arabic' : m[4] ? 'paren-arabic' : 'circled';
  const n = m[5] ? m[5].charCodeAt(0) - 0x245f : m[3] || m[4] ? Number(numeral) : chineseNumeral(numeral);
  if (!n) return null;
  return { style, n, index: m.index + at, length: m[0].length - at, numeral };
}

/** "一是 … 二是 …" tokens: after the start of the text or a punctuation mark, and not "一是一". */
const SHI = /(?<=^|[。;；,，:：、!?！？\s)"”」])([一二三四五六七八九十]{1,2})是(?![一二三四五六七八九十])/g;

export function shiMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(SHI)) {
    const n = chineseNumeral(m[1]!);
    if (n) out.push({ style: 'shi', n, index: m.index, length: m[0].length, numeral: m[1]! });
  }
  return out;
}

/** The ways the inline text can write marker `n` of a style (to find markers the layout did not split off). */
export function writtenForms(style: Style, n: number): string[] {
  const cn = toChineseNumeral(n);
  switch (style) {
    case 'cn': return [`${cn}、`, `${cn}.`];
    case 'paren-cn': return [`(${cn})`];
    case 'arabic': return [`${n}、`, `${n}.`];
    case 'paren-arabic': return [`(${n})`];
    case 'circled': return [String.fromCharCode(0x245f + n)];
    case 'shi': return [`${cn}是`];
  }
}

/** Marker `n` written like `marker` ("(三)" → "(二)"). */
export function rewrite(written: string, marker: Marker, n: number): string {
  const numeral = marker.style === 'circled' ? String.fromCharCode(0x245f + n) : /\d/.test(marker.numeral) ? String(n) : toChineseNumeral(n);
  return written.replace(marker.numeral, numeral);
}

export type IssueKind = 'skip' | 'repeat' | 'order' | 'start' | 'restart' | 'mistyped';

export interface SequenceIssue {
  kind: IssueKind;
  /** Index of the offending item. */
  at: number;
  /** Index of the item before it in the sequence (null for "start"). */
  prev: number | null;
  /** The numbers that are missing (skip, start) or the number the item should have (mistyped). */
  expected: number[];
  /** For "mistyped": the item that repeats this one's number. */
  twin?: number;
}

/**
 * Checks a sequence of numbers: each should be the previous plus one. A 1 starts
 * a new list (reported as "restart" only when `restart` is set); a first item
 * above 1 is reported when `start` is set. A skip followed by a repeat of the
 * same number (一, 三, 三) or a repeat followed by a skip (一, 二, 二, 四) is one
 * mistyped number, reported once.
 */
export function sequenceIssues(ns: number[], options: { start: boolean; restart: boolean }): SequenceIssue[] {
  const out: SequenceIssue[] = [];
  let last = -1;
  /** The number the last item stands for (a mistyped one counts as what it should read). */
  let p = 0;
  for (let i = 0; i < ns.length; i++) {
    const n = ns[i]!;
    if (last < 0) {
      if (n > 1 && options.start) out.push({ kind: 'start', at: i, prev: null, expected: range(1, n - 1) });
      [last, p] = [i, n];
      continue;
    }
    if (n === p + 1) {
      [last, p] = [i, n];
      continue;
    }
    if (n === 1) {
      if (options.restart) out.push({ kind: 'restart', at: i, prev: last, expected: [] });
    } else if (n === p + 2 && ns[i + 1] === n) {
      out.push({ kind: 'mistyped', at: i, prev: last, expected: [p + 1], twin: i + 1 });
      [last, p] = [i + 1, n];
      i++;
      continue;
    } else if (n === p && ns[i + 1] === p + 2) {
      out.push({ kind: 'mistyped', at: i, prev: last, expected: [p + 1], twin: last });
      [last, p] = [i, p + 1];
      continue;
    } else if (n === p) out.push({ kind: 'repeat', at: i, prev: last, expected: [] });
    else if (n > p) out.push({ kind: 'skip', at: i, prev: last, expected: range(p + 1, n - 1) });
    else out.push({ kind: 'order', at: i, prev: last, expected: [] });
    [last, p] = [i, n];
  }
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}
