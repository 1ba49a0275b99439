import type { Element } from 'hast';
import { normalizeLabel } from '../../text/normalize.js';
import { readCell } from '../../text/numbers.js';
import type { RowUnit, TextUnit, Unit } from '../units.js';

/** A cell placed on the table grid at its top-left position. */
export interface GridCell {
  el: Element;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Caption row of a table-二 sub-table: "第二十条第（一）项". */
const CAPTION = /^第二十条第\([一二三四五六七八九十]+\)项/;

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** The <tr> elements of a table in document order, without those of nested tables. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (SECTIONS.has(child.tagName)) {
      for (const tr of child.children) if (tr.type === 'element' && tr.tagName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

/** The <td>/<th> children of a row. */
export function rowCells(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}

function span(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? parseInt(value, 10) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}

/**
 * Lays rows out on a grid as the HTML table algorithm does: each cell takes
 * the first column not covered by a rowspan from a row above and covers
 * rowSpan × colSpan positions (rowspan="0" and overlong spans reach the last
 * row). Returns, per row, the cells anchored in it, in column order.
 */
export function layoutGrid(rows: Element[]): { cells: GridCell[][]; width: number } {
  const covered: Set<number>[] = rows.map(() => new Set());
  const cells: GridCell[][] = [];
  let width = 0;
  rows.forEach((tr, r) => {
    const placed: GridCell[] = [];
    let col = 0;
    for (const el of rowCells(tr)) {
      while (covered[r]!.has(col)) col++;
      const colSpan = Math.min(1000, Math.max(1, span(el.properties.colSpan, 1)));
      const rs = span(el.properties.rowSpan, 1);
      const rowSpan = rs === 0 ? rows.length - r : Math.max(1, Math.min(rs, rows.length - r));
      for (let y = r; y < r + rowSpan; y++) for (let x = col; x < col + colSpan; x++) covered[y]!.add(x);
      placed.push({ el, row: r, col, rowSpan, colSpan });
      col += colSpan;
      width = Math.max(width, col);
    }
    cells.push(placed);
  });
  return { cells, width };
}

/**
 * The units of a data table: a RowUnit per <tr> with the cells anchored in
 * that row (positions covered by a span from another cell are omitted), all
 * with the same `table` id; rows before the first row holding a number (the
 * first row, when none does) are marked `header`.
 *
 * Two adjustments keep rows in the "label, values…" shape the builder reads:
 * - In a row holding values, leading label cells that span rows (group labels
 *   such as "三、本年度办理结果", "（三）不予公开") become label-only rows of
 *   their own before it, so the row reads "sub-label, values".
 * - A one-cell "第二十条第（X）项" row is a loose text unit, so the builder
 *   starts a new sub-table of table 二 there (it splits on loose captions only).
 */
export function tableUnits(table: Element, id: number, cellUnit: (el: Element) => TextUnit): Unit[] {
  const rows = tableRows(table);
  const grid = layoutGrid(rows);
  const read = rows.map((_, r) => grid.cells[r]!.map((c) => ({ cell: c, unit: cellUnit(c.el) })));
  const firstNumeric = read.findIndex((cells) => cells.some((c) => readCell(c.unit.value).kind === 'number'));
  const units: Unit[] = [];
  read.forEach((cells, r) => {
    if (cells.length === 0) return;
    const tr = rows[r]!.position;
    if (cells.length === 1 && CAPTION.test(normalizeLabel(cells[0]!.unit.value))) {
      units.push(cells[0]!.unit);
      return;
    }
    const header = firstNumeric < 0 ? r === 0 : r < firstNumeric;
    const row = (pieces: typeof cells, whole: boolean): RowUnit => ({
      kind: 'row',
      cells: pieces.map((p) => p.unit),
      start: whole && tr ? tr.start.offset! : pieces[0]!.unit.start,
      end: whole && tr ? tr.end.offset! : pieces[pieces.length - 1]!.unit.end,
      table: id,
      ...(header ? { header: true } : {}),
    });
    let lead = 0;
    if (!header && cells.some((c) => readCell(c.unit.value).kind !== 'text')) {
      const labels = cells.findIndex((c) => readCell(c.unit.value).kind !== 'text');
      while (lead < labels - 1 && cells[lead]!.cell.rowSpan > 1) lead++;
    }
    for (let i = 0; i < lead; i++) units.push(row([cells[i]!], false));
    units.push(row(cells.slice(lead), lead === 0));
  });
  return units;
}
