import type { Cell, Row, Table } from '../ast/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { readCell } from '../text/numbers.js';
import { bare, readLabels, type Group } from './application-labels.js';
import { COLUMN_HEADER } from './vocabulary.js';
import { rowName } from './labels.js';
import type { Text } from '../i18n.js';
import { APPLICATION_COLUMNS, type ApplicationColumn, type ApplicationRow, type ApplicationsReading, type CellRef } from './types.js';

export function cellRef(cell: Cell | null, row: string, column: string): CellRef {
  return { cell, value: cell ? readCell(cell.value) : { kind: 'blank', raw: '' }, row, column, ...(cell?.uncertain ? { uncertain: cell.uncertain } : {}) };
}

/** One row of table 三 as written: its label cells (group labels first) and its value cells. */
interface Line {
  row: Row;
  /** 1-based number of the row in the table, as a person counts them. */
  number: number;
  labels: Cell[];
  values: Cell[];
  /** No value cell holds anything (a label wrapped into a row of its own, or a row left blank). */
  empty: boolean;
}

const HEADER_WORD = /勾稽关系|^申请人情况$/;

function lineOf(row: Row, index: number): Line | null {
  const cells = row.children;
  let n = 0;
  while (n < cells.length && readCell(cells[n]!.value).kind === 'text') n++;
  // A header row: column names, no value.
  const numeric = cells.some((c) => /^(?:number|dash)$/.test(readCell(c.value).kind));
  if (n > 1 && !numeric && cells.some((c) => COLUMN_HEADER.test(normalizeLabel(c.value)) || HEADER_WORD.test(normalizeLabel(c.value)))) return null;
  const values = cells.slice(n);
  return { row, number: index + 1, labels: cells.slice(0, n), values, empty: values.every((c) => readCell(c.value).kind === 'blank') };
}

/** The rows as lines; a label alone on its row followed by a row of values without a label is one line. */
function linesOf(table: Table): (Line | null)[] {
  const lines = table.children.map(lineOf);
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a && b && a.values.length === 0 && b.labels.length === 0 && !b.empty) {
      lines[i] = { row: b.row, number: b.number, labels: a.labels, values: b.values, empty: false };
      lines[i + 1] = null;
    }
  }
  return lines.map((l) => (l && l.labels.length ? l : null));
}

const norms = (cells: (Cell | string)[]) => cells.map((c) => normalizeLabel(typeof c === 'string' ? c : c.value));

/** The label cells of rows that hold one wrapped label: the last of each row and the first of the next are one. */
function joinWrapped(rows: Line[]): string[] {
  let out: string[] = [];
  for (const row of rows) {
    const labels = norms(row.labels);
    if (out.length === 0) out = labels;
    else out = [...out.slice(0, -1), out[out.length - 1]! + labels[0]!, ...labels.slice(1)];
  }
  return out;
}

type Reading = ReturnType<typeof readLabels>;

const NUMBERED = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/;

/** How far a label may wrap: into two more rows before or after its row of values. */
const MAX_WRAP = 2;

/**
 * The reading of row `i` whose label is incomplete, joined with the one or
 * two label-only rows before it or after it (the nearest first); `doubt`
 * when the label-only rows could as well belong to another row, or both joins
 * read.
 */
function readWrapped(lines: (Line | null)[], i: number, groupBefore: Group[], used: Set<number>): { reading: Reading; with: number[]; doubt: boolean } | null {
  const line = lines[i]!;
  // Not when a label-only row is a label of its own (a group label, or a row left blank).
  const fits = (others: Line[], joined: Reading) => {
    if (!joined.complete || joined.key === null) return false;
    return others.every((other) => {
      const alone = readLabels(norms(other.labels), null);
      return !alone.complete || alone.key === joined.key;
    });
  };
  const label = (k: number) => {
    const l = lines[k];
    return l && l.empty && !used.has(k) ? l : null;
  };
  // A label that starts with its own number ("1.", "（三）") begins a row; it never goes on from the line before.
  const numbered = (l: Line) => NUMBERED.test(normalizeLabel(l.labels[0]!.value));
  let back: { reading: Reading; with: number[] } | null = null;
  const before: Line[] = [];
  for (let k = i - 1; k >= Math.max(0, i - MAX_WRAP) && !back && !numbered(before[0] ?? line); k--) {
    const l = label(k);
    if (!l) break;
    before.unshift(l);
    const reading = readLabels(joinWrapped([...before, line]), groupBefore[k]!);
    if (fits(before, reading)) back = { reading, with: before.map((_, j) => k + j) };
  }
  let forward: { reading: Reading; with: number[] } | null = null;
  const after: Line[] = [];
  for (let k = i + 1; k <= i + MAX_WRAP && k < lines.length && !forward; k++) {
    const l = label(k);
    if (!l || numbered(l)) break;
    after.push(l);
    const reading = readLabels(joinWrapped([line, ...after]), groupBefore[i]!);
    if (fits(after, reading)) forward = { reading, with: after.map((_, j) => i + 1 + j) };
  }
  if (back) return { ...back, doubt: forward !== null && forward.reading.key !== back.reading.key };
  if (!forward) return null;
  // The row after the label-only ones may claim them too.
  const last = forward.with[forward.with.length - 1]!;
  const next = lines[last + 1];
  const claimed = forward.with.map((k) => lines[k]!);
  const contested = !!next && !next.empty && !numbered(next) && !readLabels(norms(next.labels), null).complete && fits(claimed, readLabels(joinWrapped([...claimed, next]), groupBefore[i]!));
  return { ...forward, doubt: contested };
}

/** The note on the values of a row read from a label wrapped over rows, when another reading remains. */
function wrappedNote(key: string): Text {
  const name = rowName(key);
  return {
    zh: `行名跨了两行，也可能属于相邻的行，已按${name.zh}读取`,
    en: `the row label runs over two lines and may belong to the row next to it; read as ${name.en}`,
  };
}

/** The note on the values of a row with fewer values than the table has columns. */
function shortRowNote(count: number): Text {
  return {
    zh: `数值只有${count}个，少于7列，不能确定各属哪一列，已按从左到右读取`,
    en: `only ${count} values for 7 columns; which column each belongs to is not certain; read from left to right`,
  };
}

/** Reads table 三 into row key × column key; `endsText`: the text ends with this table, so its last row may have been cut. */
export function readApplications(table: Table, endsText = false): ApplicationsReading {
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
  let lastLine = lines.length - 1;
  while (lastLine >= 0 && !lines[lastLine]) lastLine--;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    groupBefore[i] = group;
    if (!line) continue;
    let reading = readLabels(norms(line.labels), group);
    if (!reading.complete && !line.empty) {
      // A label wrapped over rows: joined with the label-only rows before or after it.
      const wrapped = readWrapped(lines, i, groupBefore, used);
      if (wrapped) {
        reading = wrapped.reading;
        for (const k of wrapped.with) {
          used.add(k);
          // A label-only row read as a row of its own (left blank) was part of this one.
          const replaced = keyOf.get(lines[k]!.row);
          if (k < i && replaced !== undefined && rows.get(replaced)?.row === lines[k]!.row) rows.delete(replaced);
        }
        if (wrapped.doubt && reading.key) {
          const note = wrappedNote(reading.key);
          for (const c of line.values) c.uncertain ??= note;
        }
        if (wrapped.with[0]! > i) i = wrapped.with[wrapped.with.length - 1]!;
      }
    }
    group = reading.group;
    const label = line.labels[line.labels.length - 1]!;
    const values = line.values;
    const key = reading.key ?? (reading.complete && group === 'other' && /^其他处理/.test(bare(normalizeLabel(label.value))) && values.length ? 'other' : null);
    // Fewer values than columns, on a row that is not where the text was cut: which cells are missing is a guess.
    if (values.length > 0 && values.length < APPLICATION_COLUMNS.length && !(endsText && i >= lastLine)) {
      const note = shortRowNote(values.length);
      for (const c of values) c.uncertain ??= note;
    }
    // A label without any value cell (a group label, a heading, the last line of a cut text) is no row.
    if (key && values.length) {
      if (key.startsWith('other_')) otherSubRows++;
      // A row read before with blank cells only (a label repeated as a heading, or the first line of a
      // wrapped label) gives way to the row with the values.
      const existing = rows.get(key);
      if (!existing || (existing.cells.every((c) => c.value.kind === 'blank') && !line.empty)) {
        rows.set(key, makeRow(key, label, line.row, values));
        keyOf.set(line.row, key);
      }
    } else if (values.some((c) => /^(?:number|dash)$/.test(readCell(c.value).kind))) {
      // A row the template does not have; one with blank cells only may be a piece of a wrapped label.
      unknownRows.push(makeRow(normalizeLabel(label.value), label, line.row, values));
    }
  }
  // With the sub-rows of the 2021 template, a blank （六）其他处理 row was their group label (its first line, wrapped).
  if (otherSubRows > 0 && rows.get('other')?.cells.every((c) => c.value.kind === 'blank')) rows.delete('other');
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
