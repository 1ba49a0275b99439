/**
 * Tables that hold a cell for every grid position (GFM pipe tables, which
 * cannot merge cells): a merged cell leaves empty cells where it spanned, so a
 * row reads "| 一、本年新收… |  |  | 4 | 1 |" and "|  | （三）不予公开 | 1.属于国家秘密 | 0 |".
 * Read by column: the columns that hold values (a number in some row, or a
 * column name of the templates in a header row) are kept cell for cell —
 * an empty one there is a blank value — while empty cells in the label
 * columns before them, and columns empty in every row, are only the shadow of
 * a merged cell and are dropped. A row that holds only a 第二十条第（X）项 caption
 * becomes a loose unit, so the table-二 sub-tables split there.
 */
import { normalizeLabel } from '../text/normalize.js';
import { readCell } from '../text/numbers.js';
import { COLUMN_HEADER } from '../model/vocabulary.js';
import type { RowUnit, TextUnit, Unit } from './units.js';

const CAPTION = /^第二十条第\([一二三四五六七八九十]+\)项/;

const isBlank = (u: TextUnit) => u.value.trim() === '';

/** The units of one dense table: rows normalised as above, caption rows as loose units. */
export function denseTableUnits(rows: RowUnit[]): Unit[] {
  const out: Unit[] = [];
  let segment: RowUnit[] = [];
  const flush = () => {
    out.push(...normaliseSegment(segment));
    segment = [];
  };
  for (const row of rows) {
    const filled = row.cells.filter((c) => !isBlank(c));
    if (filled.length === 1 && CAPTION.test(normalizeLabel(filled[0]!.value))) {
      flush();
      out.push({ kind: 'text', value: filled[0]!.value, start: filled[0]!.start, end: filled[0]!.end, ...(filled[0]!.segments ? { segments: filled[0]!.segments } : {}) });
      continue;
    }
    segment.push(row);
  }
  flush();
  return out;
}

function normaliseSegment(rows: RowUnit[]): RowUnit[] {
  let width = 0;
  for (const r of rows) width = Math.max(width, r.cells.length);
  const used: boolean[] = Array.from({ length: width }, () => false);
  const valued: boolean[] = Array.from({ length: width }, () => false);
  let seenNumber = false;
  for (const row of rows) {
    const numeric = row.cells.some((c) => readCell(c.value).kind === 'number');
    row.cells.forEach((c, i) => {
      if (isBlank(c)) return;
      used[i] = true;
      const kind = readCell(c.value).kind;
      if (kind === 'number' || kind === 'dash') valued[i] = true;
      else if (!seenNumber && !numeric && COLUMN_HEADER.test(normalizeLabel(c.value))) valued[i] = true;
    });
    if (numeric) seenNumber = true;
  }
  const firstValue = valued.indexOf(true);
  const last = used.lastIndexOf(true);
  const out: RowUnit[] = [];
  for (const row of rows) {
    // In a row of values, or a labelled row of a table with values, the empty value cells are blank values.
    const data = firstValue >= 0 && row.cells.some((c, i) => !isBlank(c) && (i < firstValue || readCell(c.value).kind === 'number'));
    const cells = row.cells.filter((c, i) => i <= last && (!isBlank(c) || (data && i >= firstValue)));
    if (cells.length === 0) continue;
    out.push({ ...row, cells });
  }
  return out;
}
