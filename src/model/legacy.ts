import type { Cell, Table } from '../ast/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { readCell } from '../text/numbers.js';
import { cellRef } from './applications.js';
import type { LegacyReading, LegacyRow } from './types.js';
import { UNIT_WORD } from './vocabulary.js';

const HEADER = /^(?:指标名称|统计指标|指标)/;
/** Value columns of a 附表 ("2018年度", "历年累计", "数量"). */
const COLUMN = /^(?:\d{4}年度?|历年累计|本年累计|本期实际|上年度?|数量|累计)/;

/** The header row of a 附表, also collapsed into one cell ("指标名称单位2014年度历年累计"). */
function readHeader(cells: string[]): { unit: boolean; columns: string[] } | null {
  let end = cells.length;
  while (end > 1 && cells[end - 1] === '') end--;
  const labels = cells.slice(0, end);
  const first = labels[0] ?? '';
  const head = HEADER.exec(first);
  if (!head) return null;
  if (first.length === head[0].length) {
    const unit = /^(?:计量)?单位$/.test(labels[1] ?? '');
    return { unit, columns: labels.slice(unit ? 2 : 1) };
  }
  if (labels.length > 1) return null;
  let rest = first.slice(head[0].length);
  const unit = /^(?:计量)?单位/.exec(rest);
  if (unit) rest = rest.slice(unit[0].length);
  const columns: string[] = [];
  while (rest) {
    const m = COLUMN.exec(rest);
    if (!m) return null;
    columns.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  return { unit: !!unit, columns };
}

/** value[from, to) of a one-line cell as a cell of its own; null when the cell maps to its source in pieces. */
function cellSlice(cell: Cell, from: number, to: number): Cell | null {
  const { start, end } = cell.position;
  const plain = !cell.segments || (cell.segments.length === 1 && cell.segments[0]!.index === 0 && cell.segments[0]!.offset === start.offset);
  if (!plain || start.line !== end.line || end.offset - start.offset !== cell.value.length) return null;
  const at = (i: number) => ({ line: start.line, column: start.column + i, offset: start.offset + i });
  return { type: 'cell', value: cell.value.slice(from, to), position: { start: at(from), end: at(to) } };
}

/** A row label with its unit run on ("主动公开文件数条", the unit column lost in a conversion): label and unit. */
function gluedUnit(label: Cell): [Cell, Cell] | null {
  const value = label.value.trimEnd();
  const m = /(人次|万元|[条件个人次篇元项份])$/.exec(value);
  if (!m || m.index < 2) return null;
  const head = cellSlice(label, 0, m.index);
  const unit = cellSlice(label, m.index, value.length);
  return head && unit ? [head, unit] : null;
}

/** Reads a pre-2019 附表: label, optional unit, then the value columns. */
export function readLegacy(table: Table): LegacyReading | null {
  let columns: string[] = [];
  let hasUnitColumn = false;
  const rows: LegacyRow[] = [];
  for (const row of table.children) {
    const labels = row.children.map((c) => normalizeLabel(c.value));
    const header = readHeader(labels);
    if (header) {
      hasUnitColumn = header.unit;
      columns = header.columns;
      continue;
    }
    let [first, ...rest] = row.children;
    if (!first || readCell(first.value).kind !== 'text') continue;
    let unit: Cell | undefined;
    let values = rest;
    if (values[0] && (UNIT_WORD.test(normalizeLabel(values[0].value)) || normalizeLabel(values[0].value) === '-')) {
      unit = values[0];
      values = values.slice(1);
    } else if (hasUnitColumn) {
      const split = gluedUnit(first);
      if (split) [first, unit] = split;
    }
    // Empty cells past the last column are not cells of the table.
    while (values.length > columns.length && values[values.length - 1]!.value.trim() === '') values = values.slice(0, -1);
    const norm = normalizeLabel(first.value);
    const width = Math.max(columns.length, values.length);
    const cells = Array.from({ length: width }, (_, i) => cellRef(values[i] ?? null, norm, columns[i] ?? String(i)));
    rows.push({ label: first, norm, ...(unit ? { unit } : {}), cells, row });
  }
  if (rows.length === 0) return null;
  return { table, columns, rows };
}
