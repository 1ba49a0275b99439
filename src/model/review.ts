import type { Cell, Table } from '../ast/types.js';
import { readCell } from '../text/numbers.js';
import { cellRef } from './applications.js';
import { REVIEW_COLUMNS, type ReviewGroupKey, type ReviewReading } from './types.js';

const GROUPS: ReviewGroupKey[] = ['review', 'litigation_direct', 'litigation_after_review'];

/** Reads table 四: the first 15 value cells after the header, in three groups of five. */
export function readReview(table: Table): ReviewReading | null {
  const values: Cell[] = [];
  // The values are the cells of the rows that hold numbers, in reading order.
  for (const row of table.children) {
    const cells = row.children.filter((c) => !c.header);
    if (!cells.some((c) => readCell(c.value).kind === 'number')) continue;
    const first = cells[0];
    const labelled = first && readCell(first.value).kind === 'text' && cells.length > 5;
    values.push(...(labelled ? cells.slice(1) : cells));
  }
  if (values.length === 0) return null;
  return {
    table,
    groups: GROUPS.map((key, g) => ({
      key,
      cells: REVIEW_COLUMNS.map((col, i) => cellRef(values[g * 5 + i] ?? null, key, col)),
    })),
  };
}
