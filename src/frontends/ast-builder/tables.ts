import type { Cell, Row, Table } from '../../ast/types.js';
import type { SourceText } from '../../ast/source.js';
import { normalizeLabel } from '../../text/normalize.js';
import { isValueCell, readCell } from '../../text/numbers.js';
import { COLUMN_HEADER, TABLE_OPENERS, UNIT_WORD } from '../../model/vocabulary.js';
import type { RowUnit, TextUnit } from '../units.js';

/** One unit of a table region: a loose cell, an explicit row, or a separator. */
export type RegionItem = { t: 'cell'; unit: TextUnit } | { t: 'row'; row: RowUnit } | { t: 'sep'; start: number; end: number };

const CAPTION = /^第二十条第\([一二三四五六七八九十]+\)项/;

/** Builds the tables of one region; "第二十条第（X）项" captions start a new table. */
export function buildTables(items: RegionItem[], source: SourceText): Table[] {
  const groups: RegionItem[][] = [];
  let current: RegionItem[] = [];
  for (const item of items) {
    if (item.t === 'cell' && CAPTION.test(normalizeLabel(item.unit.value)) && current.some((i) => i.t !== 'sep')) {
      groups.push(current);
      current = [];
    }
    current.push(item);
  }
  groups.push(current);
  const tables: Table[] = [];
  for (const group of groups) {
    const rows = buildRows(group, source);
    if (rows.length === 0) continue;
    tables.push({
      type: 'table',
      children: rows,
      position: source.position(rows[0]!.position.start.offset, rows[rows.length - 1]!.position.end.offset),
    });
  }
  return tables;
}

function buildRows(items: RegionItem[], source: SourceText): Row[] {
  const cells = mergeWrappedCells(items, source);
  const rows: Row[] = [];
  const pipeRows = cells.some((i) => i.t === 'cell' && i.unit.rowStart);
  let current: Cell[] = [];
  let currentHasValue = false;
  let seenData = false;
  const flush = () => {
    if (current.length) rows.push(makeRow(current, source));
    current = [];
    currentHasValue = false;
  };
  for (const item of cells) {
    if (item.t === 'row') {
      flush();
      rows.push(makeRow(item.row.cells.map((u) => makeCell(u, source)), source));
      // After a row of values, loose labels are rows of their own (a group label, a wrapped label).
      if (item.row.cells.some((u) => isValueCell(u.value))) seenData = true;
      continue;
    }
    if (item.t === 'sep') {
      // In "| label |" layouts a bare "|" line is an empty cell of the current row; elsewhere it
      // separates cells, while a run of pipes ("||||") separates header rows.
      if (pipeRows && current.length && source.text.slice(item.start, item.end).trim() === '|') {
        current.push({ type: 'cell', value: '', position: source.position(item.start, item.start) });
      } else if (!seenData && !pipeRows && source.text.slice(item.start, item.end).trim() !== '|') flush();
      continue;
    }
    const cell = makeCell(item.unit, source);
    const isValue = isValueCell(cell.value) && !isOpener(cell.value);
    if (pipeRows) {
      if (item.unit.rowStart) flush();
      current.push(cell);
      continue;
    }
    if (isOpener(cell.value)) {
      flush();
      current.push(cell);
      flush();
      continue;
    }
    if (isValue) {
      if (!seenData && current.length && !currentHasValue) {
        // The header zone ends: its last label is the label of the first data row,
        // unless it is a column header (table 四 has values under its headers only).
        // A unit cell (条, 件) goes with the label before it.
        const last = current[current.length - 1]!;
        if (COLUMN_HEADER.test(normalizeLabel(last.value))) flush();
        else {
          const take = current.length > 2 && UNIT_WORD.test(normalizeLabel(last.value)) ? 2 : 1;
          const label = current.splice(current.length - take, take);
          if (current.length) flush();
          current = label;
        }
      }
      seenData = true;
      current.push(cell);
      currentHasValue = true;
      continue;
    }
    // A unit cell (条, 件) right after a row label stays in its row.
    if (seenData && !currentHasValue && current.length === 1 && UNIT_WORD.test(normalizeLabel(cell.value))) {
      current.push(cell);
      continue;
    }
    // A label: closes a data row; in the header zone labels gather into one row.
    if (seenData || currentHasValue) flush();
    current.push(cell);
    if (seenData) currentHasValue = false;
  }
  flush();
  for (const [index, row] of rows.entries()) {
    if (index === 0 || row.children.every((c) => readCell(c.value).kind === 'text')) {
      for (const c of row.children) if (readCell(c.value).kind === 'text') c.header = true;
    }
  }
  return rows;
}

/**
 * Joins a label wrapped over two cells: in layouts with a blank line between
 * cells, two lines without a gap ("本年新\n制作数量"); in any layout, two
 * neighbouring fragments that only together make a column header of the
 * template ("本年新" + "制作数量").
 */
function mergeWrappedCells(items: RegionItem[], source: SourceText): RegionItem[] {
  const loose = items.filter((i): i is { t: 'cell'; unit: TextUnit } => i.t === 'cell');
  const gapped = loose.filter((i) => i.unit.gapBefore).length;
  const gapLayout = loose.length >= 4 && gapped >= loose.length * 0.6;
  const out: RegionItem[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (item.t === 'cell' && prev?.t === 'cell' && !item.unit.segments && !prev.unit.segments && isLabel(prev.unit) && isLabel(item.unit)) {
      const joined = normalizeLabel(prev.unit.value) + normalizeLabel(item.unit.value);
      const wrapped = gapLayout && !item.unit.gapBefore;
      const fragments = COLUMN_HEADER.test(joined) && !COLUMN_HEADER.test(normalizeLabel(prev.unit.value)) && !COLUMN_HEADER.test(normalizeLabel(item.unit.value));
      if (wrapped || fragments) {
        prev.unit = { ...prev.unit, end: item.unit.end, value: source.text.slice(prev.unit.start, item.unit.end) };
        continue;
      }
    }
    out.push(item.t === 'cell' ? { t: 'cell', unit: { ...item.unit } } : item);
  }
  return out;
}

function isLabel(unit: TextUnit): boolean {
  return readCell(unit.value).kind === 'text';
}

function isOpener(value: string): boolean {
  const n = normalizeLabel(value);
  return TABLE_OPENERS.some((re) => re.test(n)) && !/^(?:指标名称|统计指标|指标)$/.test(n);
}

function makeCell(unit: TextUnit, source: SourceText): Cell {
  const cell: Cell = { type: 'cell', value: unit.value, position: source.position(unit.start, unit.end) };
  if (unit.segments) cell.segments = unit.segments;
  if (unit.uncertain) cell.uncertain = unit.uncertain;
  return cell;
}

function makeRow(cells: Cell[], source: SourceText): Row {
  return {
    type: 'row',
    children: cells,
    position: source.position(cells[0]!.position.start.offset, cells[cells.length - 1]!.position.end.offset),
  };
}
