import type { Cell, Row, Table } from '../ast/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { readCell } from '../text/numbers.js';
import { bare, readLabels, type Group } from './application-labels.js';
import { COLUMN_HEADER } from './vocabulary.js';
import { APPLICATION_COLUMNS, type ApplicationColumn, type ApplicationRow, type ApplicationsTable, type CellRef } from './types.js';

export function cellRef(cell: Cell | null, row: string, column: string): CellRef {
  return { cell, value: cell ? readCell(cell.value) : { kind: 'blank', raw: '' }, row, column, ...(cell?.uncertain ? { uncertain: cell.uncertain } : {}) };
}

/** One row of table 三 as written: its label cells (group labels first) and its value cells. */
interface Line {
  row: Row;
  labels: Cell[];
  values: Cell[];
  /** No value cell holds anything (a label wrapped into a row of its own, or a row left blank). */
  empty: boolean;
}

function lineOf(row: Row): Line | null {
  const cells = row.children;
  let n = 0;
  while (n < cells.length && readCell(cells[n]!.value).kind === 'text') n++;
  // No cell to read, or a header row (column names, no value).
  if (n === 0 || (n > 1 && !cells.some((c) => /^(?:number|dash)$/.test(readCell(c.value).kind)) && cells.some((c) => COLUMN_HEADER.test(normalizeLabel(c.value)) || /勾稽关系|^申请人情况$/.test(normalizeLabel(c.value))))) {
    return null;
  }
  const values = cells.slice(n);
  return { row, labels: cells.slice(0, n), values, empty: values.every((c) => readCell(c.value).kind === 'blank') };
}

const norms = (cells: (Cell | string)[]) => cells.map((c) => normalizeLabel(typeof c === 'string' ? c : c.value));

/** The label cells of two rows that hold one wrapped label: the last of the first and the first of the second are one. */
function joinWrapped(first: Cell[], second: Cell[]): string[] {
  const a = norms(first);
  const b = norms(second);
  return [...a.slice(0, -1), a[a.length - 1]! + b[0]!, ...b.slice(1)];
}

/** Reads table 三 into row key × column key. */
export function readApplications(table: Table): ApplicationsTable {
  const rows = new Map<string, ApplicationRow>();
  const unknownRows: ApplicationRow[] = [];
  let group: Group = null;
  let otherSubRows = 0;
  const lines = table.children.map(lineOf);
  /** The group in force before each line, and the key each row was read as. */
  const groupBefore: Group[] = [];
  const keyOf = new Map<Row, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    groupBefore[i] = group;
    if (!line) continue;
    const before = group;
    let reading = readLabels(norms(line.labels), group);
    if (!reading.complete && !line.empty) {
      // A label wrapped over two rows: joined with the label-only row before or after it.
      const prev = lines[i - 1];
      const next = lines[i + 1];
      const back = prev?.empty ? readLabels(norms(joinWrapped(prev.labels, line.labels)), groupBefore[i - 1]!) : null;
      const forward =
        next?.empty && !readLabels(norms(next.labels), null).complete ? readLabels(norms(joinWrapped(line.labels, next.labels)), before) : null;
      if (back?.complete && back.key) {
        reading = back;
        const replaced = keyOf.get(prev!.row);
        if (replaced !== undefined && rows.get(replaced)?.row === prev!.row) rows.delete(replaced);
      } else if (forward?.complete && forward.key) {
        reading = forward;
        i++;
      }
    }
    group = reading.group;
    const label = line.labels[line.labels.length - 1]!;
    const values = line.values;
    const key = reading.key ?? (reading.complete && group === 'other' && /^其他处理/.test(bare(normalizeLabel(label.value))) && values.length ? 'other' : null);
    if (key) {
      if (key.startsWith('other_')) otherSubRows++;
      // A label repeated as a heading without values gives way to the row with the values.
      const existing = rows.get(key);
      if (!existing || (existing.cells.every((c) => !c.cell) && values.length)) {
        rows.set(key, makeRow(key, label, line.row, values));
        keyOf.set(line.row, key);
      }
    } else if (values.some((c) => readCell(c.value).kind !== 'text')) {
      unknownRows.push(makeRow(normalizeLabel(label.value), label, line.row, values));
    }
  }
  const variant = otherSubRows > 0 ? '2021' : rows.has('other') ? '2019' : null;
  return {
    table,
    columns: [...APPLICATION_COLUMNS],
    rows,
    unknownRows,
    variant,
    get(row, column) {
      const r = rows.get(row);
      if (!r) return undefined;
      return r.cells[APPLICATION_COLUMNS.indexOf(column)];
    },
  };
}

function makeRow(key: string, label: Cell, row: Row, values: Cell[]): ApplicationRow {
  const cells = APPLICATION_COLUMNS.map((col: ApplicationColumn, i) => cellRef(values[i] ?? null, key, col));
  return { key, label, row, cells };
}
