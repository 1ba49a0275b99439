/**
 * Finds the standard tables inside one long unit whose cells are run
 * together ("…规章000行政规范性文件8855698第二十条第（五）项…") and reads them
 * into lines: captions, header cells, group labels and rows (a label plus the
 * span of its value run, still uncut). Labels are matched on a compact view
 * (matchText, whitespace removed) so stray spaces inside labels do not
 * matter; value runs are read on the text with its spaces, because a space
 * between digits is a cell boundary.
 *
 * Work is linear in the unit length: anchors are found with global regexes
 * that only move forward, and each table is capped in lines and label length.
 */
import { matchText } from '../../text/normalize.js';
import {
  ACTIVE_COLUMN, ACTIVE_INFO, ACTIVE_ROW, ACTIVE_ROW_KEYS, APPLICATIONS_ANCHOR, APPLICATIONS_HEAD, CAPTION, CAPTION_ANCHOR,
  LABEL_MARK, REVIEW_ANCHOR, REVIEW_HEAD, TRIAL_HINT, activeCells, applicationLabel, type Group,
} from './vocabulary.js';
import { prefixLength } from '../../text/sorted.js';

/** [from, to) in the unit value. */
export interface Span {
  from: number;
  to: number;
}

export interface RunRow {
  kind: 'row';
  /** Null for the value row of table 四, which has no label. */
  label: Span | null;
  /** Row key ("new", "deny_3", "normative", "review"); null for an unknown table-三 row. */
  key: string | null;
  /** The digits of the row, uncut; null when the label has no values. */
  run: Span | null;
  cells: number;
  /** Table 二: the normalised column headers of the sub-table. */
  columns?: string[];
}

export type Line = { kind: 'caption'; span: Span } | { kind: 'header'; cells: Span[] } | { kind: 'group'; label: Span } | RunRow;

export interface ScannedTable {
  kind: 'active' | 'applications' | 'review';
  from: number;
  to: number;
  lines: Line[];
}

const MAX_TABLES = 8;
const MAX_LINES = 60;
const MAX_LABEL = 120;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** The unit text folded for matching, and its compact form with a map back. */
export class View {
  readonly text: string;
  readonly compact: string;
  private readonly at: Int32Array;

  constructor(value: string) {
    this.text = matchText(value);
    const at = new Int32Array(this.text.length);
    let compact = '';
    let n = 0;
    for (let i = 0; i < this.text.length; i++) {
      const ch = this.text[i]!;
      if (isSpace(ch)) continue;
      at[n++] = i;
      compact += ch;
    }
    this.compact = compact;
    this.at = at.subarray(0, n);
  }

  /** Text index of compact position p (the text end for p at the compact end). */
  toText(p: number): number {
    return p < this.compact.length ? this.at[p]! : this.text.length;
  }

  /** Text span of the compact range [a, b). */
  span(a: number, b: number): Span {
    return { from: this.at[a]!, to: this.at[b - 1]! + 1 };
  }

  /** Compact position of the first non-space character at or after text index i. */
  toCompact(i: number): number {
    return prefixLength(this.at, (at) => at < i);
  }

  /** A sticky match at compact position p. */
  sticky(re: RegExp, p: number): RegExpExecArray | null {
    re.lastIndex = p;
    return re.exec(this.compact);
  }
}

/**
 * The value run starting at compact position p: digits, decimals, signs and
 * the spaces between them. A trailing digit that numbers the next label
 * ("…0372.没有") and a trailing year of the prose ("… 0 2023年") are left out.
 */
export function readRun(v: View, p: number): { span: Span; next: number } | null {
  const t = v.text;
  let i = v.toText(p);
  const begin = i;
  const startsValue = (k: number) => isDigit(t[k]) || ((t[k] === '+' || t[k] === '-') && isDigit(t[k + 1]));
  if (!startsValue(i)) return null;
  let end = i;
  while (i < t.length) {
    const ch = t[i]!;
    if (isDigit(ch)) end = ++i;
    else if (ch === '.' && isDigit(t[i - 1]) && isDigit(t[i + 1])) i++;
    else if ((ch === '+' || ch === '-') && isDigit(t[i + 1])) i++;
    else if (isSpace(ch)) {
      let j = i;
      while (isSpace(t[j])) j++;
      if (!startsValue(j)) break;
      i = j;
    } else break;
  }
  if ((t[end] === '.' || t[end] === '、') && !isDigit(t[end + 1]) && isDigit(t[end - 1])) end--;
  if (t[end] === '年' && end - 4 >= begin && /^(?:19|20)\d\d$/.test(t.slice(end - 4, end))) end -= 4;
  while (end > begin && isSpace(t[end - 1])) end--;
  if (end <= begin || !isDigit(t[end - 1])) return null;
  return { span: { from: begin, to: end }, next: v.toCompact(end) };
}

/** Sticky matches of `re` repeated from p: the cells of a header. */
function readHeader(v: View, re: RegExp, p: number, cells: Span[], names?: string[]): number {
  let m: RegExpExecArray | null;
  while (cells.length < 40 && (m = v.sticky(re, p)) && m[0].length > 0) {
    cells.push(v.span(p, p + m[0].length));
    names?.push(m[0]);
    p += m[0].length;
  }
  return p;
}

function parseActive(v: View, p: number, trial: boolean): { table: ScannedTable; end: number } | null {
  const lines: Line[] = [];
  let filled = 0;
  let cap: RegExpExecArray | null;
  while (lines.length < MAX_LINES && (cap = v.sticky(CAPTION, p))) {
    lines.push({ kind: 'caption', span: v.span(p, p + cap[0].length) });
    const item = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].indexOf(cap[1]!) + 1;
    p += cap[0].length;
    const header: Span[] = [];
    const columns: string[] = [];
    const info = v.sticky(ACTIVE_INFO, p);
    if (info) {
      header.push(v.span(p, p + info[0].length));
      p = readHeader(v, ACTIVE_COLUMN, p + info[0].length, header, columns);
      lines.push({ kind: 'header', cells: header });
    }
    let row: RegExpExecArray | null;
    while (lines.length < MAX_LINES && (row = v.sticky(ACTIVE_ROW, p))) {
      const label = v.span(p, p + row[0].length);
      p += row[0].length;
      const run = readRun(v, p);
      if (run) {
        p = run.next;
        filled++;
      }
      const cells = columns.length || activeCells(item, trial);
      lines.push({ kind: 'row', label, key: ACTIVE_ROW_KEYS[row[0]]!, run: run?.span ?? null, cells, columns });
    }
  }
  if (filled === 0) return null;
  return { table: { kind: 'active', from: 0, to: 0, lines }, end: p };
}

/** A table-三 label at p: optional numbering, then the text up to the next digit or numbering. */
function readLabel(v: View, p: number): { end: number; body: string } | null {
  const c = v.compact;
  const mark = v.sticky(LABEL_MARK, p);
  const bodyStart = mark ? p + mark[0].length : p;
  let q = bodyStart;
  while (q < c.length && q - bodyStart < MAX_LABEL && !isDigit(c[q])) {
    if (q > bodyStart && v.sticky(LABEL_MARK, q)) break;
    q++;
  }
  if (q === bodyStart) return null;
  return { end: q, body: c.slice(bodyStart, q) };
}

function parseApplications(v: View, p: number): { table: ScannedTable; end: number } | null {
  const lines: Line[] = [];
  const header: Span[] = [];
  p = readHeader(v, APPLICATIONS_HEAD, p, header);
  if (header.length) lines.push({ kind: 'header', cells: header });
  const seen = new Set<string>();
  let group: Group = null;
  let filled = 0;
  while (lines.length < MAX_LINES) {
    const label = readLabel(v, p);
    if (!label) break;
    const meaning = applicationLabel(label.body, group);
    const run = readRun(v, label.end);
    const span = v.span(p, label.end);
    if (!meaning) {
      // An unknown label with a value run inside the table is kept as a row of its own.
      if (!run || filled === 0 || seen.has('carried_forward')) break;
      lines.push({ kind: 'row', label: span, key: null, run: run.span, cells: 7 });
      p = run.next;
      continue;
    }
    const isGroup = meaning.key.startsWith('#') && !(meaning.key === '#other' && run);
    const key = meaning.key === '#other' ? 'other' : meaning.key;
    if (!isGroup && seen.has(key)) break;
    group = meaning.group;
    if (isGroup) {
      lines.push({ kind: 'group', label: span });
      p = label.end;
      continue;
    }
    seen.add(key);
    lines.push({ kind: 'row', label: span, key, run: run?.span ?? null, cells: 7 });
    p = run ? run.next : label.end;
    if (run) filled++;
    if (key === 'carried_forward') break;
  }
  if (filled < 2) return null;
  return { table: { kind: 'applications', from: 0, to: 0, lines }, end: p };
}

function parseReview(v: View, p: number): { table: ScannedTable; end: number } | null {
  const header: Span[] = [];
  const names: string[] = [];
  p = readHeader(v, REVIEW_HEAD, p, header, names);
  if (header.length < 5) return null;
  const run = readRun(v, p);
  if (!run) return null;
  const lines: Line[] = [
    { kind: 'header', cells: header },
    { kind: 'row', label: null, key: 'review', run: run.span, cells: 15 },
  ];
  return { table: { kind: 'review', from: 0, to: 0, lines }, end: run.next };
}

/** Where table 四 starts: "结果维持", or the "行政复议行政诉讼" right before it. */
function reviewStart(v: View, a: number): number {
  const before = v.compact.slice(Math.max(0, a - 8), a);
  if (before === '行政复议行政诉讼') return a - 8;
  if (before.endsWith('行政复议') || before.endsWith('行政诉讼')) return a - 4;
  return a;
}

/** The standard tables of a unit, in order, or [] when there are none. */
export function scanTables(v: View): ScannedTable[] {
  const trial = TRIAL_HINT.test(v.compact);
  const kinds = [
    { re: new RegExp(CAPTION_ANCHOR), parse: (p: number) => parseActive(v, p, trial), start: (a: number) => a },
    { re: new RegExp(APPLICATIONS_ANCHOR), parse: (p: number) => parseApplications(v, p), start: (a: number) => a },
    { re: new RegExp(REVIEW_ANCHOR), parse: (p: number) => parseReview(v, p), start: (a: number) => reviewStart(v, a) },
  ];
  const next = kinds.map(() => -1);
  const find = (k: number, from: number) => {
    const re = kinds[k]!.re;
    re.lastIndex = from;
    const m = re.exec(v.compact);
    next[k] = m ? m.index : Infinity;
  };
  kinds.forEach((_, k) => find(k, 0));
  const tables: ScannedTable[] = [];
  let p = 0;
  while (tables.length < MAX_TABLES) {
    kinds.forEach((_, k) => next[k]! < p && find(k, p));
    let k = 0;
    for (let j = 1; j < kinds.length; j++) if (next[j]! < next[k]!) k = j;
    const anchor = next[k]!;
    if (anchor === Infinity) break;
    const start = Math.max(p, kinds[k]!.start(anchor));
    const parsed = kinds[k]!.parse(start);
    if (!parsed || parsed.end <= start) {
      find(k, anchor + 1);
      continue;
    }
    parsed.table.from = v.toText(start);
    parsed.table.to = v.toText(parsed.end - 1) + 1;
    tables.push(parsed.table);
    p = parsed.end;
  }
  return tables;
}
