/**
 * Marks the table cells of a report whose text lies in stretches its reader
 * had to guess about (a PDF table cell whose borders are incomplete, see
 * frontends/pdf/tables.ts): those cells are parse-uncertain, and the rules
 * stay silent about their values.
 */
import type { Root } from '../../ast/types.js';
import { tables } from '../../ast/walk.js';
import type { Text } from '../../i18n.js';

/** A stretch [start, end) of the text with the reason. */
export interface UncertainSpan {
  start: number;
  end: number;
  message: Text;
}

export function markUncertain(root: Root, spans: UncertainSpan[]): void {
  for (const table of tables(root)) {
    for (const row of table.children) {
      for (const cell of row.children) {
        const { start, end } = cell.position;
        const span = spans.find((s) => s.start < Math.max(end.offset, start.offset + 1) && start.offset < s.end);
        if (span && !cell.uncertain) cell.uncertain = span.message;
      }
    }
  }
}
