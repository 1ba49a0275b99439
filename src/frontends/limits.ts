/**
 * Bounds on what one file may make the readers do, so that a hostile or broken
 * file costs time and memory in proportion to its size: at most MAX_TABLE_ROWS
 * rows and MAX_TABLE_CELLS cells per table, HTML nested at most MAX_DEPTH
 * elements deep, and Markdown whose containers or inline marks the Markdown
 * parser reads in quadratic time read as plain text. Real reports are far
 * inside these bounds (their tables have tens of rows). What was left out is
 * said once, as a reading note (a warning of the tool); the rest of the file is
 * checked as usual. The guards never move text: what they take out is blanked
 * with spaces, so every offset stays an offset of the file.
 */
import { t, type Text } from '../i18n.js';
import type { NoteUnit, RowUnit, Unit } from './units.js';

export const MAX_TABLE_ROWS = 5000;
export const MAX_TABLE_CELLS = 50_000;
/** Element depth kept in HTML (real pages nest a few dozen deep; the page reader visits the text under each level). */
export const MAX_DEPTH = 100;
/** Markdown container depth (`>` or list levels) and inline marks per block above which it is read as plain text. */
export const MAX_MARKDOWN_DEPTH = 32;
export const MAX_MARKDOWN_MARKS = 500;

export function note(start: number, end: number, message: Text): NoteUnit {
  return { kind: 'note', start, end, message };
}

const tableNote = (start: number, end: number, rows: number, cells: number, kept: number) =>
  note(
    start,
    end,
    t(
      `表格过大：该表有${rows}行、${cells}个单元格，超过上限（${MAX_TABLE_ROWS}行、${MAX_TABLE_CELLS}个单元格），第${kept + 1}行起未检查；文件的其余部分照常检查`,
      `Table too large: it has ${rows} rows and ${cells} cells, over the limit (${MAX_TABLE_ROWS} rows, ${MAX_TABLE_CELLS} cells); rows from ${kept + 1} on were not checked, the rest of the file was`,
    ),
  );

/**
 * The rows of each markup table (rows with the same `table` id) up to the
 * limits; the rows over them are dropped with one note per table (added to `notes`).
 */
export function capTables(units: Unit[], notes: NoteUnit[]): Unit[] {
  const counts = new Map<number, { rows: number; cells: number; kept: number; dropped?: { start: number; end: number } }>();
  const out: Unit[] = [];
  for (const unit of units) {
    if (unit.kind !== 'row' || unit.table === undefined) {
      out.push(unit);
      continue;
    }
    let c = counts.get(unit.table);
    if (!c) counts.set(unit.table, (c = { rows: 0, cells: 0, kept: 0 }));
    c.rows++;
    c.cells += unit.cells.length;
    if (!c.dropped && c.rows <= MAX_TABLE_ROWS && c.cells <= MAX_TABLE_CELLS) {
      c.kept++;
      out.push(unit);
    } else if (!c.dropped) c.dropped = { start: unit.start, end: unit.end };
    else c.dropped.end = unit.end;
  }
  for (const c of counts.values()) if (c.dropped) notes.push(tableNote(c.dropped.start, c.dropped.end, c.rows, c.cells, c.kept));
  return out;
}

const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');

/**
 * Markdown pipe tables (runs of lines holding `|`) cut to MAX_TABLE_ROWS rows
 * before parsing: the lines after are blanked, with one note per table.
 */
export function capPipeTables(text: string): { text: string; notes: NoteUnit[] } {
  const notes: NoteUnit[] = [];
  const parts: string[] = [];
  let run = 0;
  let cells = 0;
  let cut: { start: number; end: number; kept: number } | undefined;
  let last = 0;
  const close = () => {
    if (cut) notes.push(tableNote(cut.start, cut.end, run, cells, cut.kept));
    run = 0;
    cells = 0;
    cut = undefined;
  };
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.includes('|')) {
      run++;
      cells += line.split('|').length - 1;
      if (cut || run > MAX_TABLE_ROWS || cells > MAX_TABLE_CELLS) {
        if (!cut) cut = { start, end, kept: run - 1 };
        cut.end = end;
        parts.push(text.slice(last, start), blank(line));
        last = end;
      }
    } else close();
    start = end + 1;
  }
  close();
  if (notes.length === 0) return { text, notes };
  parts.push(text.slice(last));
  return { text: parts.join(''), notes };
}

/**
 * Where Markdown would make its parser quadratic: a line nested more than
 * MAX_MARKDOWN_DEPTH containers deep (`>` or list indentation), or a block with
 * more than MAX_MARKDOWN_MARKS emphasis, link or code marks. Returns the offset
 * of that line or block, or -1.
 */
export function markdownHazard(text: string): number {
  let marks = 0;
  let blockStart = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let quotes = 0;
    let indent = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 62 /* > */) quotes++;
      else if (c === 32) indent++;
      else if (c === 9) indent += 4;
      else break;
    }
    if (quotes > MAX_MARKDOWN_DEPTH || indent > MAX_MARKDOWN_DEPTH * 4) return start;
    if (i === end) {
      marks = 0;
      blockStart = nl + 1;
    }
    for (; i < end; i++) {
      const c = text[i];
      if (c === '*' || c === '_' || c === '[' || c === ']' || c === '`' || c === '<' || c === '~' || c === '!') marks++;
    }
    if (marks > MAX_MARKDOWN_MARKS) return blockStart;
    start = end + 1;
  }
  return -1;
}

export const markdownAsText = (at: number, end: number) =>
  note(at, end, t(
    'Markdown 标记嵌套过深或过多（超出可在合理时间内解析的范围），本文件按纯文本检查',
    'Markdown nested too deep or with too many marks to parse in reasonable time: the file was checked as plain text',
  ));

/**
 * HTML with elements nested more than MAX_DEPTH deep: the tags below that
 * depth are blanked (their text stays, read as if the elements were not there).
 * Void elements, comments and the contents of script and style are skipped.
 */
export function capHtmlDepth(html: string): { html: string; notes: NoteUnit[] } {
  const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>/g;
  const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;
  const stack: { name: string; blanked: boolean }[] = [];
  /** Open elements by name, so that a stray end tag is passed over at once. */
  const open = new Map<string, number>();
  const lower = html.toLowerCase();
  let depth = 0;
  const cuts: [number, number][] = [];
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || VOID.test(name) || m[0].endsWith('/>')) continue;
    if (name === 'script' || name === 'style') {
      if (m[1]) continue;
      const close = lower.indexOf(`</${name}`, m.index + m[0].length);
      TAG.lastIndex = close < 0 ? html.length : close;
      continue;
    }
    if (!m[1]) {
      const blanked = depth >= MAX_DEPTH;
      if (blanked) cuts.push([m.index, m.index + m[0].length]);
      else depth++;
      stack.push({ name, blanked });
      open.set(name, (open.get(name) ?? 0) + 1);
      continue;
    }
    // An end tag closes the nearest open element of its name (and those inside it).
    if (!open.get(name)) continue;
    let k = stack.length - 1;
    while (stack[k]!.name !== name) k--;
    const closing = stack[k]!;
    for (const e of stack.splice(k)) {
      if (!e.blanked) depth--;
      open.set(e.name, open.get(e.name)! - 1);
    }
    if (closing.blanked) cuts.push([m.index, m.index + m[0].length]);
  }
  if (cuts.length === 0) return { html, notes: [] };
  const parts: string[] = [];
  let last = 0;
  for (const [a, b] of cuts) {
    parts.push(html.slice(last, a), ' '.repeat(b - a));
    last = b;
  }
  parts.push(html.slice(last));
  const [first] = cuts[0]!;
  return {
    html: parts.join(''),
    notes: [
      note(first, cuts[cuts.length - 1]![1], t(
        `HTML 元素嵌套超过${MAX_DEPTH}层，更深的标签按不存在处理（其中的文字照常检查）`,
        `HTML elements nested more than ${MAX_DEPTH} deep: the deeper tags were ignored (their text was checked as usual)`,
      )),
    ],
  };
}
