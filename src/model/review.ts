import type { Cell, Table } from '../ast/types.js';
import { readCell } from '../text/numbers.js';
import { cellRef } from './applications.js';
import type { Text } from '../i18n.js';
import { REVIEW_COLUMNS, type ReviewGroupKey, type ReviewReading } from './types.js';

const GROUPS: ReviewGroupKey[] = ['review', 'litigation_direct', 'litigation_after_review'];

/**
 * Reads table 四: the first 15 value cells after the header, in three groups
 * of five. Fewer than 15 (blank cells a text does not show) leave the groups a
 * guess, unless the text ends with the table (`endsText`: it was cut there).
 */
export function readReview(table: Table, endsText = false): ReviewReading | null {
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
  if (values.length < 15 && !endsText) {
    const note: Text = {
      zh: `数值只有${values.length}个，少于15格，不能确定各属哪一组哪一列，已按从左到右读取`,
      en: `only ${values.length} values for 15 cells; which group and column each belongs to is not certain; read from left to right`,
    };
    for (const c of values) c.uncertain ??= note;
  }
  return {
    table,
    groups: GROUPS.map((key, g) => ({
      key,
      cells: REVIEW_COLUMNS.map((col, i) => cellRef(values[g * 5 + i] ?? null, key, col)),
    })),
  };
}
