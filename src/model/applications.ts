import type { Cell, Row, Table } from '../ast/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { readCell } from '../text/numbers.js';
import { bare, readLabels, type Group } from './application-labels.js';
import { COLUMN_HEADER } from './vocabulary.js';
import { rowName } from './labels.js';
import type { Text } from '../i18n.js';
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

const HEADER_WORD = /勾稽关系|^申请人情况$/;

function lineOf(row: Row): Line | null {
  const cells = row.children;
  let n = 0;
  while (n < cells.length && readCell(cells[n]!.value).kind === 'text') n++;
  // A header row: column names, no value.
  const numeric = cells.some((c) => /^(?:number|dash)$/.test(readCell(c.value).kind));
  if (n > 1 && !numeric && cells.some((c) => COLUMN_HEADER.test(normalizeLabel(c.value)) || HEADER_WORD.test(normalizeLabel(c.value)))) return null;
  const values = cells.slice(n);
  return { row, labels: cells.slice(0, n), values, empty: values.every((c) => readCell(c.value).kind === 'blank') };
}

/** The rows as lines; a label alone on its row followed by a row of values without a label is one line. */
function linesOf(table: Table): (Line | null)[] {
  const lines = table.children.map(lineOf);
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a && b && a.values.length === 0 && b.labels.length === 0 && !b.empty) {
      lines[i] = { row: b.row, labels: a.labels, values: b.values, empty: false };
      lines[i + 1] = null;
    }
  }
  return lines.map((l) => (l && l.labels.length ? l : null));
}

const norms = (cells: (Cell | string)[]) => cells.map((c) => normalizeLabel(typeof c === 'string' ? c : c.value));

/** The label cells of two rows that hold one wrapped label: the last of the first and the first of the second are one. */
function joinWrapped(first: Cell[], second: Cell[]): string[] {
  const a = norms(first);
  const b = norms(second);
  return [...a.slice(0, -1), a[a.length - 1]! + b[0]!, ...b.slice(1)];
}

type Reading = ReturnType<typeof readLabels>;

/**
 * The reading of row `i` whose label is incomplete, joined with the
 * label-only row before it or after it; `doubt` when the label-only row could
 * as well belong to another row, or both joins read.
 */
function readWrapped(lines: (Line | null)[], i: number, groupBefore: Group[], used: Set<number>): { reading: Reading; with: number; doubt: boolean } | null {
  const line = lines[i]!;
  const join = (a: Line, b: Line, group: Group) => readLabels(norms(joinWrapped(a.labels, b.labels)), group);
  // Not when the other row is a label of its own (a group label, or a row left blank).
  const fits = (other: Line, joined: Reading) => {
    if (!joined.complete || joined.key === null) return false;
    const alone = readLabels(norms(other.labels), null);
    return !alone.complete || alone.key === joined.key;
  };
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const back = prev?.empty && !used.has(i - 1) ? join(prev, line, groupBefore[i - 1]!) : null;
  const forward = next?.empty ? join(line, next, groupBefore[i]!) : null;
  const backFits = back !== null && fits(prev!, back);
  const forwardFits = forward !== null && fits(next!, forward);
  if (backFits) return { reading: back!, with: i - 1, doubt: forwardFits && forward!.key !== back!.key };
  if (!forwardFits) return null;
  // The row after the label-only one may claim it too.
  const after = lines[i + 2];
  const contested = !!after && !after.empty && !readLabels(norms(after.labels), null).complete && fits(next!, join(next!, after, groupBefore[i]!));
  return { reading: forward!, with: i + 1, doubt: contested };
}

/** The note on the values of a row read from a label wrapped over two rows, when another reading remains. */
function wrappedNote(rowNumber: number, key: string): Text {
  const name = rowName(key);
  return {
    zh: `表三第${rowNumber}行的行名跨了两行，也可能属于相邻的行，已按${name.zh}读取`,
    en: `The label of row ${rowNumber} of table 三 runs over two lines and may belong to the next row; read as ${name.en}`,
  };
}

/** Reads table 三 into row key × column key. */
export function readApplications(table: Table): ApplicationsTable {
  const rows = new Map<string, ApplicationRow>();
  const unknownRows: ApplicationRow[] = [];
  let group: Group = null;
  let otherSubRows = 0;
  const lines = linesOf(table);
  /** The group in force before each line, and the key each row was read as. */
  const groupBefore: Group[] = [];
  const keyOf = new Map<Row, string>();
  /** Label-only lines already joined to a row. */
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    groupBefore[i] = group;
    if (!line) continue;
    let reading = readLabels(norms(line.labels), group);
    if (!reading.complete && !line.empty) {
      // A label wrapped over two rows: joined with the label-only row before or after it.
      const wrapped = readWrapped(lines, i, groupBefore, used);
      if (wrapped) {
        reading = wrapped.reading;
        if (wrapped.with === i - 1) {
          const replaced = keyOf.get(lines[i - 1]!.row);
          if (replaced !== undefined && rows.get(replaced)?.row === lines[i - 1]!.row) rows.delete(replaced);
        }
        used.add(wrapped.with);
        if (wrapped.doubt && reading.key) {
          const note = wrappedNote(table.children.indexOf(line.row) + 1, reading.key);
          for (const c of line.values) c.uncertain ??= note;
        }
        if (wrapped.with === i + 1) i++;
      }
    }
    group = reading.group;
    const label = line.labels[line.labels.length - 1]!;
    const values = line.values;
    const key = reading.key ?? (reading.complete && group === 'other' && /^其他处理/.test(bare(normalizeLabel(label.value))) && values.length ? 'other' : null);
    // A label without any value cell (a group label, a heading, the last line of a cut text) is no row.
    if (key && values.length) {
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
