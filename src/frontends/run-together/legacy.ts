/**
 * Pre-2019 统计表 run together on one line ("…统计表 指标名称计量单位2016年度
 * 历年累计主动公开文件数条346085376其中：1、政府网站公开数条3460853762、政府
 * 公报公开数条00…"). Rows are "label + unit + digit run"; the number of a
 * numbered label ("2、") is glued to the end of the run before it and is taken
 * off. The unit becomes prose, the caption (its own unit, so it reads as a
 * heading), a header row and one row per table row whose cells carry the
 * exact source span of their text; runs are cut into the value columns by
 * cut-legacy-table.ts.
 *
 * Work is linear in the unit length: anchors are found with one forward
 * regex scan, and tables, attempts, rows, label and run lengths are capped.
 */
import { normalizeLabel } from '../../text/normalize.js';
import { pieceOf, type RowUnit, type TextUnit, type Unit } from '../units.js';
import type { Span, View } from './scan.js';
import { legacyFigures, solveLegacy } from './cut-legacy-table.js';
import {
  CAPTION_MARK, CAPTION_WORD, CUMULATIVE_COLUMN, FIRST_COLUMN, HEADER_WORD, LABEL_PREFIX, LABEL_STOP, LEGACY_ANCHOR,
  PERIOD_COLUMN, SENTENCE_END, UNITS, UNIT_COLUMN,
} from './legacy-vocabulary.js';

export interface LegacyRowScan {
  /** The label as written, numbering included. */
  label: Span;
  /** normalizeLabel of the label ("其中:1.政府网站公开数"). */
  norm: string;
  unit: Span | null;
  /** The digits of the row (spaces between them kept), without the next label's number. */
  run: Span;
}

export interface LegacyScan {
  /** [from, to) in the unit value: caption (if any) to the end of the last run. */
  from: number;
  to: number;
  caption: Span | null;
  header: Span[];
  /** Value column headers ("2016年度", "历年累计"). */
  columns: string[];
  rows: LegacyRowScan[];
}

const MAX_TABLES = 4;
const MAX_ATTEMPTS = 64;
const MAX_ROWS = 60;
const MAX_LABEL = 40;
const MAX_RUN = 120;
const MAX_CAPTION = 40;
const MAX_GAP = 8;
const MIN_ROWS = 2;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** Every run-together legacy table of the unit, in order; [] when there is none. */
export function scanLegacy(v: View): LegacyScan[] {
  const tables: LegacyScan[] = [];
  const re = new RegExp(LEGACY_ANCHOR);
  let p = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && tables.length < MAX_TABLES; attempt++) {
    re.lastIndex = p;
    const m = re.exec(v.compact);
    if (!m) break;
    const caption = m[0] === CAPTION_WORD;
    const parsed = parseTable(v, caption ? m.index + m[0].length : m.index);
    if (!parsed) {
      p = m.index + 1;
      continue;
    }
    // A caption that cannot be delimited stays in the prose before the table.
    const captionFrom = caption ? captionStart(v, m.index, p) : -1;
    const from = v.toText(captionFrom >= 0 ? captionFrom : caption ? m.index + m[0].length : m.index);
    tables.push({ ...parsed.table, from, caption: captionFrom >= 0 ? v.span(captionFrom, m.index + m[0].length) : null });
    p = parsed.end;
  }
  return tables;
}

/**
 * Compact position where the caption ending at "统计表" (compact a) starts: after
 * the last sentence end before it, else at its numbering ("七、", "附表1");
 * -1 when neither is found within MAX_CAPTION characters.
 */
function captionStart(v: View, a: number, floor: number): number {
  const from = Math.max(floor, a - MAX_CAPTION);
  const window = v.compact.slice(from, a);
  for (let i = window.length - 1; i >= 0; i--) if (SENTENCE_END.test(window[i]!)) return from + i + 1;
  if (from === floor) return from;
  const marks = new RegExp(CAPTION_MARK);
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = marks.exec(window))) last = m.index;
  return last >= 0 ? from + last : -1;
}

/** The header at compact p and the rows after it; null when this is no table. */
function parseTable(v: View, p: number): { table: Omit<LegacyScan, 'from' | 'caption'>; end: number } | null {
  const header: Span[] = [];
  const names: string[] = [];
  let m: RegExpExecArray | null;
  while (header.length < 12 && (m = v.sticky(HEADER_WORD, p))) {
    header.push(v.span(p, p + m[0].length));
    names.push(m[0]);
    p += m[0].length;
  }
  const columns = names.filter((n) => PERIOD_COLUMN.test(n) || CUMULATIVE_COLUMN.test(n));
  if (!FIRST_COLUMN.test(names[0] ?? '') || columns.length === 0 || columns.length > 6) return null;
  const hasUnit = names.some((n) => UNIT_COLUMN.test(n));
  const rows: LegacyRowScan[] = [];
  let end = -1;
  while (rows.length < MAX_ROWS) {
    const row = readRow(v, p, hasUnit, columns.length);
    if (!row) break;
    rows.push(row.row);
    end = row.row.run.to;
    if (row.next < 0) break;
    p = v.toCompact(row.next);
  }
  if (rows.length < MIN_ROWS) return null;
  return { table: { to: end, header, columns, rows }, end: v.toCompact(end) };
}

/**
 * The row whose label starts at compact q: label, unit, digit run, and the
 * text index where the next label starts (-1: the table ends here).
 */
function readRow(v: View, q: number, hasUnit: boolean, width: number): { row: LegacyRowScan; next: number } | null {
  const c = v.compact;
  const prefix = v.sticky(LABEL_PREFIX, q)!;
  const bodyStart = q + prefix[0].length;
  let k = bodyStart;
  while (k < c.length && !isDigit(c[k]) && k - q < MAX_LABEL) {
    if (LABEL_STOP.test(c[k]!)) return null;
    k++;
  }
  if (!isDigit(c[k])) return null;
  let labelEnd = k;
  if (hasUnit) {
    const unit = UNITS.find((u) => c.endsWith(u, k) && k - u.length > bodyStart);
    if (!unit) return null;
    labelEnd = k - unit.length;
  }
  if (labelEnd <= bodyStart) return null;
  const run = readDigits(v.text, v.toText(k));
  if (!run) return null;
  const number = prefix[1] ? Number(prefix[1]) : 0;
  const cut = trailer(v.text, run, number, width);
  const label = v.span(q, labelEnd);
  return {
    row: {
      label,
      norm: normalizeLabel(v.text.slice(label.from, label.to)),
      unit: hasUnit ? v.span(labelEnd, k) : null,
      run: cut.run,
    },
    next: cut.next,
  };
}

/** Digits from text index i, with decimal points and the spaces between digits; null past MAX_RUN. */
function readDigits(t: string, i: number): Span | null {
  const from = i;
  let to = i;
  while (i < t.length && i - from <= MAX_RUN) {
    if (isDigit(t[i])) to = ++i;
    else if (t[i] === '.' && isDigit(t[i - 1]) && isDigit(t[i + 1])) i++;
    else if (isSpace(t[i])) {
      // A few spaces between digits are a cell boundary; a wide gap ends the run.
      let j = i;
      while (isSpace(t[j]) && j - i < MAX_GAP) j++;
      if (!isDigit(t[j])) break;
      i = j;
    } else break;
  }
  return to > from && to - from <= MAX_RUN ? { from, to } : null;
}

/**
 * What follows a run: "…3762、政府公报" — the number of the next label ("2",
 * preferring the number after the current label's own) is taken off the run;
 * "…00 2017年" — a year of the prose ends the table. `next` is where the next
 * label starts (-1 after a year).
 */
function trailer(t: string, run: Span, number: number, width: number): { run: Span; next: number } {
  let tail = run.to;
  while (tail > run.from && isDigit(t[tail - 1])) tail--;
  const digits = t.slice(tail, run.to);
  const after = t[run.to];
  const shorten = (n: number) => {
    let to = run.to - n;
    while (to > run.from && isSpace(t[to - 1])) to--;
    return to;
  };
  // Digits left in the run once n of them are taken off.
  const left = (n: number) => t.slice(run.from, run.to - n).replace(/\D/g, '').length;
  if ((after === '、' || after === '.') && !isDigit(t[run.to + 1])) {
    const expected = String(number + 1);
    // A whole digit group after a space may be the number; a run without one keeps at least one digit.
    const alone = tail > run.from && isSpace(t[tail - 1]);
    const n = digits.endsWith(expected) && (digits.length > expected.length || alone) ? expected.length : digits.length > 1 || alone ? 1 : 0;
    if (n > 0 && left(n) >= width) return { run: { from: run.from, to: shorten(n) }, next: run.to - n };
  }
  if (after === '年' && digits.length >= 4 && /^(?:19|20)\d\d$/.test(digits.slice(-4)) && left(4) >= width) {
    return { run: { from: run.from, to: shorten(4) }, next: -1 };
  }
  return { run, next: run.to };
}

/**
 * The unit as prose, caption, header and rows when it holds a run-together
 * pre-2019 table; null otherwise. `source` (the whole document) supplies the
 * prose figures that settle ambiguous runs.
 */
export function splitLegacy(unit: TextUnit, view: View, source?: { text: string } | string): Unit[] | null {
  const tables = scanLegacy(view);
  if (tables.length === 0) return null;
  const figures = legacyFigures(typeof source === 'string' ? source : (source?.text ?? unit.value));
  const out: Unit[] = [];
  const text = (span: Span) => {
    const piece = pieceOf(unit, span);
    if (!piece) return;
    if (out.length === 0 && unit.gapBefore) piece.gapBefore = true;
    out.push(piece);
  };
  let from = 0;
  for (const table of tables) {
    text({ from, to: table.from });
    if (table.caption) text(table.caption);
    out.push(rowUnit(table.header.map((s) => pieceOf(unit, s))));
    const values = solveLegacy(table, view.text, figures);
    table.rows.forEach((row, r) => {
      const cells = [pieceOf(unit, row.label), row.unit ? pieceOf(unit, row.unit) : null];
      for (const cell of values[r]!) {
        const piece = pieceOf(unit, cell);
        if (piece && cell.uncertain) piece.uncertain = cell.uncertain;
        cells.push(piece);
      }
      out.push(rowUnit(cells));
    });
    from = table.to;
  }
  text({ from, to: unit.value.length });
  return out;
}

function rowUnit(cells: (TextUnit | null)[]): RowUnit {
  const kept = cells.filter((c): c is TextUnit => c !== null);
  return { kind: 'row', cells: kept, start: kept[0]!.start, end: kept[kept.length - 1]!.end };
}
