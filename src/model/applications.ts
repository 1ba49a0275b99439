import type { Cell, Row, Table } from '../ast/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { readCell } from '../text/numbers.js';
import { SUB_ROWS } from './vocabulary.js';
import { APPLICATION_COLUMNS, type ApplicationColumn, type ApplicationRow, type ApplicationsReading, type CellRef } from './types.js';

type Group = 'results' | 'deny' | 'unable' | 'reject' | 'other' | null;

const GROUPS: [RegExp, Exclude<Group, null>][] = [
  [/^不予公开$/, 'deny'],
  [/^无法提供$/, 'unable'],
  [/^不予处理$/, 'reject'],
  [/^其他处理/, 'other'],
];


/** A label without its numbering: "（一）予以公开" → "予以公开", "3.其他" → "其他". */
function bare(label: string): string {
  return label.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/, '');
}

/** Key of a table-三 row label given the group it sits in. */
function rowKey(label: string, group: Group): { key: string | null; group: Group } {
  const b = bare(label);
  if (/^本年新收/.test(b)) return { key: 'new', group: null };
  if (/^上年结转/.test(b)) return { key: 'carried_over', group: null };
  if (/^结转下年度/.test(b)) return { key: 'carried_forward', group: null };
  if (/^本年度办理结果/.test(b)) return { key: null, group: 'results' };
  if (/^总计$/.test(b)) return { key: 'total', group: 'results' };
  if (/^予以公开/.test(b)) return { key: 'granted', group: 'results' };
  if (/^部分公开/.test(b)) return { key: 'partial', group: 'results' };
  for (const [re, g] of GROUPS) if (re.test(b)) return { key: null, group: g };
  if (/^\(六\)其他$/.test(label)) return { key: null, group: 'other' };
  if (group && group !== 'results') {
    for (const [re, key] of SUB_ROWS[group]) if (re.test(b)) return { key, group };
  }
  // Labels out of their group (a missing group row) still have one meaning.
  for (const g of ['deny', 'unable', 'reject', 'other'] as const) {
    for (const [re, key] of SUB_ROWS[g]) if (key !== 'other_3' && re.test(b)) return { key, group: g };
  }
  return { key: null, group };
}

export function cellRef(cell: Cell | null, row: string, column: string): CellRef {
  return { cell, value: cell ? readCell(cell.value) : { kind: 'blank', raw: '' }, row, column, ...(cell?.uncertain ? { uncertain: cell.uncertain } : {}) };
}

/** Reads table 三 into row key × column key. */
export function readApplications(table: Table): ApplicationsReading {
  const rows = new Map<string, ApplicationRow>();
  const unknownRows: ApplicationRow[] = [];
  let group: Group = null;
  let otherSubRows = 0;
  for (const row of table.children) {
    const [first, ...rest] = row.children;
    if (!first) continue;
    const isLabel = readCell(first.value).kind === 'text';
    if (!isLabel) continue;
    const label = normalizeLabel(first.value);
    const values = rest;
    const found = rowKey(label, group);
    group = found.group;
    const key = found.key ?? (found.group === 'other' && /^其他处理/.test(bare(label)) && values.length ? 'other' : null);
    if (key) {
      if (key.startsWith('other_')) otherSubRows++;
      // A label repeated as a heading without values gives way to the row with the values.
      const existing = rows.get(key);
      if (!existing || (existing.cells.every((c) => !c.cell) && values.length)) rows.set(key, makeRow(key, first, row, values));
    } else if (values.some((c) => readCell(c.value).kind !== 'text')) {
      unknownRows.push(makeRow(label, first, row, values));
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
