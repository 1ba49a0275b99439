/**
 * The extracted text of a PDF: paragraphs one per line, each table row one
 * line of "|"-separated cells, a form feed where a page starts (see
 * extract.ts), and the stretches of it the reader had to guess about.
 * Ruled tables (tables.ts) and tables without rulings (borderless.ts) are
 * written the same way, from rows of cells.
 */
import { normalizeLabel } from '../../text/normalize.js';
import { readCell } from '../../text/numbers.js';
import type { Text } from '../../i18n.js';
import type { Paragraph, TextLine } from './layout.js';
import { cellText, PAGE_STRIDE, tableGrid, type TableBox } from './tables.js';
import type { OutRow } from './borderless-rows.js';
import type { UncertainSpan } from './uncertain.js';

/** A paragraph, a ruled table, or the rows of a table read without rulings, in reading order. */
export type Block =
  | Paragraph
  | { kind: 'table'; page: number; y: number; column: TextLine['column']; table: TableBox }
  | { kind: 'rows'; page: number; y: number; column: TextLine['column']; rows: OutRow[] };

/** "第二十条第（一）项": a caption row of table 二, written as a line of its own. */
const CAPTION = /^第二十条第\([一二三四五六七八九十]+\)项/;

/** The rows of a ruled table: cells merged across rows or columns written once, in their first row. */
export function gridRows(table: TableBox): OutRow[] {
  const grid = tableGrid(table);
  const texts = new Map(grid.flat().map((g) => [g.cell, cellText(g.cell)]));
  const firstNumeric = grid.findIndex((row) => row.some((g) => readCell(texts.get(g.cell)!).kind === 'number'));
  const out: OutRow[] = [];
  grid.forEach((row, r) => {
    const page = Math.floor(Math.min(...row.map((g) => g.cell.top)) / PAGE_STRIDE);
    // As for HTML tables: in a row of values, leading group labels spanning rows become rows of their own.
    let lead = 0;
    const header = firstNumeric < 0 ? r === 0 : r < firstNumeric;
    if (!header && row.some((g) => readCell(texts.get(g.cell)!).kind !== 'text')) {
      const labels = row.findIndex((g) => readCell(texts.get(g.cell)!).kind !== 'text');
      while (lead < labels - 1 && row[lead]!.rowSpan > 1) lead++;
    }
    for (const cells of [...row.slice(0, lead).map((g) => [g]), row.slice(lead)]) {
      out.push({ page, cells: cells.map((g) => ({ text: texts.get(g.cell)!, ...(g.cell.uncertain ? { uncertain: g.cell.uncertain } : {}) })) });
    }
  });
  return out;
}

export function emit(blocks: Block[], pageCount: number): { text: string; pages: number; uncertain: UncertainSpan[] } {
  let text = '';
  let page = 0;
  const uncertain: UncertainSpan[] = [];
  const line = (onPage: number, value: string) => {
    if (onPage > page) {
      text += '\f'.repeat(onPage - page);
      page = onPage;
    }
    text += `${value}\n`;
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      // "|" separates table cells in this text: in running text it is written full width.
      line(block.page, block.text.replace(/\|/g, '｜'));
      continue;
    }
    for (const row of block.kind === 'table' ? gridRows(block.table) : block.rows) {
      const cells = row.cells.map((c) => ({ ...c, text: c.text.replace(/\|/g, '｜') }));
      if (cells.length === 1 && CAPTION.test(normalizeLabel(cells[0]!.text))) {
        line(row.page, cells[0]!.text);
        continue;
      }
      let value = '|';
      const spans: [number, number, Text][] = [];
      for (const c of cells) {
        value += ' ';
        if (c.uncertain && c.text) spans.push([value.length, value.length + c.text.length, c.uncertain]);
        value += `${c.text || ' '} |`;
      }
      const before = text.length + (row.page > page ? row.page - page : 0);
      line(row.page, value);
      for (const [s, e, message] of spans) uncertain.push({ start: before + s, end: before + e, message });
    }
  }
  if (pageCount > page + 1) text += '\f'.repeat(pageCount - page - 1);
  return { text, pages: pageCount, uncertain };
}
