import type { Cell, Table } from '../ast/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { readCell } from '../text/numbers.js';
import { cellRef } from './applications.js';
import type { LegacyRow, LegacyTable } from './types.js';
import { UNIT_WORD } from './vocabulary.js';


/** Reads a pre-2019 附表: label, optional unit, then the value columns. */
export function readLegacy(table: Table): LegacyTable | null {
  let columns: string[] = [];
  let hasUnitColumn = false;
  const rows: LegacyRow[] = [];
  for (const row of table.children) {
    const labels = row.children.map((c) => normalizeLabel(c.value));
    if (/^(?:指标名称|统计指标|指标)$/.test(labels[0] ?? '')) {
      hasUnitColumn = /^(?:计量)?单位$/.test(labels[1] ?? '');
      columns = labels.slice(hasUnitColumn ? 2 : 1);
      continue;
    }
    const [first, ...rest] = row.children;
    if (!first || readCell(first.value).kind !== 'text') continue;
    let unit: Cell | undefined;
    let values = rest;
    if (values[0] && (UNIT_WORD.test(normalizeLabel(values[0].value)) || normalizeLabel(values[0].value) === '-')) {
      unit = values[0];
      values = values.slice(1);
    }
    // Empty cells past the last column are not cells of the table.
    while (values.length > columns.length && values[values.length - 1]!.value.trim() === '') values = values.slice(0, -1);
    const norm = labels[0]!;
    const width = Math.max(columns.length, values.length);
    const cells = Array.from({ length: width }, (_, i) => cellRef(values[i] ?? null, norm, columns[i] ?? String(i)));
    rows.push({ label: first, norm, ...(unit ? { unit } : {}), cells, row });
  }
  if (rows.length === 0) return null;
  return { table, columns, rows };
}
