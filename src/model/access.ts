/**
 * How rules read the standard tables: every cell by name (row × column), and
 * a number only when the model is certain of it. The readers (applications.ts,
 * active.ts, review.ts, legacy.ts) find the rows and cells; this layer names
 * them, so no rule counts positions.
 */
import type { Cell, Table } from '../ast/types.js';
import { normalizeLabel } from '../text/normalize.js';
import type {
  ActiveColumn, ActiveItem, ActiveTable, ApplicationsReading, ApplicationsTable, CellRef, LegacyColumn, LegacyReading, LegacyRow,
  LegacyTable, ReviewReading, ReviewTable,
} from './types.js';

/**
 * The number a cell holds when the model is certain of it; null for a blank,
 * a dash, text, a missing cell or a reading marked uncertain.
 */
export function certainNumber(ref: CellRef | undefined): number | null {
  return ref && ref.cell && ref.value.kind === 'number' && !ref.uncertain ? ref.value.value : null;
}

/**
 * The number a cell holds even when its reading is uncertain, with whether it
 * is: for comparisons with the text that say so and never make an error of it.
 */
export function readNumber(ref: CellRef | undefined): { value: number; uncertain: boolean } | null {
  return ref && ref.cell && ref.value.kind === 'number' ? { value: ref.value.value, uncertain: Boolean(ref.uncertain) } : null;
}

/** The cell of a row in the named column. */
export function cellOf(row: { cells: readonly CellRef[] } | undefined, column: string): CellRef | undefined {
  return row?.cells.find((c) => c.column === column);
}

/**
 * A row whose label could not be read with certainty (wrapped, guessed from
 * the template) may stand for another row: none of its values is certain.
 */
function doubtRows(rows: Iterable<{ label: Cell; cells: CellRef[] }>): void {
  for (const row of rows) {
    const doubt = row.label.uncertain;
    if (!doubt) continue;
    for (const ref of row.cells) ref.uncertain ??= doubt;
  }
}

export function withApplicationsAccess(reading: ApplicationsReading): ApplicationsTable {
  doubtRows([...reading.rows.values(), ...reading.unknownRows]);
  return Object.assign(reading, { number: (row: string, column: Parameters<ApplicationsTable['get']>[1]) => certainNumber(reading.get(row, column)) });
}

export function withReviewAccess(reading: ReviewReading): ReviewTable {
  const get: ReviewTable['get'] = (group, column) => cellOf(reading.groups.find((g) => g.key === group), column);
  return Object.assign(reading, { get, number: (group: Parameters<ReviewTable['get']>[0], column: Parameters<ReviewTable['get']>[1]) => certainNumber(get(group, column)) });
}

/** Table-二 column headers of both templates, by what they count. */
const ACTIVE_COLUMNS: [RegExp, ActiveColumn][] = [
  [/^(?:本年制发|本年新制作)/, 'made'],
  [/^本年废止/, 'repealed'],
  [/^现行有效/, 'valid'],
  [/^本年新公开/, 'published'],
  [/^对外公开总数/, 'total_published'],
  [/^上一年/, 'last_year'],
  [/^本年增\/?减/, 'change'],
  [/^(?:本年)?处理决定数/, 'decisions'],
  [/^采购项目/, 'items'],
  [/^(?:本年收费|采购总)金额/, 'amount'],
];

function activeColumn(label: string): ActiveColumn | null {
  const norm = normalizeLabel(label);
  return ACTIVE_COLUMNS.find(([re]) => re.test(norm))?.[1] ?? null;
}

/** The columns of a sub-table: its header, or else the column headers wherever the layout left them in the table (one per line). */
function activeColumns(item: ActiveItem): (ActiveColumn | null)[] {
  if (item.header.length) return item.header.map(activeColumn);
  return labelsIn(item.table).map(activeColumn).filter((c) => c !== null);
}

function labelsIn(table: Table): string[] {
  return table.children.flatMap((row) => row.children.map((c) => c.value));
}

export function withActiveAccess(items: ActiveItem[]): ActiveTable {
  for (const item of items) doubtRows(item.rows);
  const columns = new Map<CellRef, ActiveColumn>();
  for (const item of items) {
    const keys = activeColumns(item);
    for (const row of item.rows) {
      row.cells.forEach((ref, i) => {
        const key = keys[i];
        if (key) columns.set(ref, key);
      });
    }
  }
  const get: ActiveTable['get'] = (rowKey, column) => {
    for (const item of items) {
      const row = item.rows.find((r) => r.key === rowKey);
      const ref = row?.cells.find((c) => columns.get(c) === column);
      if (ref) return ref;
    }
    return undefined;
  };
  return {
    items,
    item: (n) => items.find((i) => i.item === n),
    get,
    number: (row, column) => certainNumber(get(row, column)),
    columnOf: (ref) => columns.get(ref) ?? null,
  };
}

export function withLegacyAccess(reading: LegacyReading): LegacyTable {
  doubtRows(reading.rows);
  // A table without headers has one value column: the year's.
  const yearAt = reading.columns.length === 0 ? 0 : reading.columns.findIndex((c) => !/累计/.test(c));
  const cumulativeAt = reading.columns.findIndex((c) => /累计/.test(c));
  const nameAt = (i: number) => (i < 0 ? null : (reading.columns[i] ?? String(i)));
  const resolve = (column: LegacyColumn) => (column === 'year' ? nameAt(yearAt) : column === 'cumulative' ? nameAt(cumulativeAt) : column);
  const get = (row: LegacyRow, column: LegacyColumn) => {
    const name = resolve(column);
    return name === null ? undefined : cellOf(row, name);
  };
  return Object.assign(reading, {
    get,
    number: (row: LegacyRow, column: LegacyColumn) => certainNumber(get(row, column)),
    columnName: (column: 'year' | 'cumulative') => {
      const i = column === 'year' ? yearAt : cumulativeAt;
      return i < 0 ? null : (reading.columns[i] ?? '');
    },
  });
}
