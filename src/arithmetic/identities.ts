/**
 * The arithmetic identities of the standard tables, as equations over their
 * certain cells: Σ left = Σ right. Table 三: every row's 总计 is the sum of
 * its six applicant columns (table-sum), every column's （七）总计 the sum of
 * the outcome rows (table-sum), and 本年新收 + 上年结转 = （七）总计 + 结转下年度
 * per column (application-balance). Table 四: each group's 总计 is the sum of
 * its four results. 附表: a total row is the sum of its numbered parts.
 *
 * An identity is built only when every cell in it is certain (`certainNumber`):
 * an identity through an uncertain cell neither breaks nor confirms anything.
 */
import type { Cell } from '../ast/types.js';
import { cellOf, certainNumber } from '../model/access.js';
import { legacyGroups } from '../model/legacy-groups.js';
import {
  APPLICATION_COLUMNS, OUTCOME_ROWS_2021, REVIEW_COLUMNS, type ApplicationColumn, type ApplicationRow, type ApplicationsTable, type CellRef,
  type LegacyRow, type LegacyTable, type ReviewColumn, type ReviewGroupKey, type ReviewTable,
} from '../model/types.js';

/** The rule that reports an identity when it fails on its own. */
export type IdentityRule = 'table-sum' | 'application-balance';

/** A value cell of a table: its place in the table's grid (row and column index) and its value. */
export interface GridCell {
  ref: CellRef;
  /** The certain value (a blank 附表 part counts as 0, as table-sum reads it). */
  value: number;
  /** Row and column in the table's grid: the template's order of rows, the order of columns. */
  row: number;
  column: number;
  /** The cell may be the wrong one: a certain number (a blank read as 0 is not). */
  candidate: boolean;
}

interface IdentityBase {
  rule: IdentityRule;
  /** Σ left = Σ right. */
  left: GridCell[];
  right: GridCell[];
  /** Σ left − Σ right: 0 when the identity holds. */
  residual: number;
  /** A part of it was blank and read as 0: it is reported when it fails, but never explained. */
  blank?: boolean;
}

/** Table 三, one row: 总计 = the six applicant columns. */
export interface RowTotalIdentity extends IdentityBase {
  kind: 'row-total';
  row: ApplicationRow;
}

/** Table 三, one column: （七）总计 = the outcome rows. */
export interface ColumnTotalIdentity extends IdentityBase {
  kind: 'column-total';
  column: ApplicationColumn;
}

/** Table 三, one column: 本年新收 + 上年结转 = （七）总计 + 结转下年度. */
export interface BalanceIdentity extends IdentityBase {
  kind: 'balance';
  column: ApplicationColumn;
}

/** Table 四, one group: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export interface ReviewIdentity extends IdentityBase {
  kind: 'review';
  group: ReviewGroupKey;
}

/** 附表: a total row = its numbered parts, in one value column. */
export interface LegacyIdentity extends IdentityBase {
  kind: 'legacy';
  parent: LegacyRow;
  parts: LegacyRow[];
  /** The value column's header ('' for a table without headers). */
  column: string;
}

export type Identity = RowTotalIdentity | ColumnTotalIdentity | BalanceIdentity | ReviewIdentity | LegacyIdentity;

/** One standard table as a system of identities. */
export interface TableIdentities {
  kind: 'applications' | 'review' | 'legacy';
  /** The 附表, for a legacy table. */
  legacy?: LegacyTable;
  cells: GridCell[];
  identities: Identity[];
  /** For table 三: the row keys in the grid's order (row index → key); the column keys (column index → key). */
  rowKeys: string[];
  columnKeys: string[];
}

const sum = (cells: GridCell[]) => cells.reduce((a, c) => a + c.value, 0);

function identity<T extends Omit<Identity, 'residual'>>(body: T): T & { residual: number } {
  return { ...body, residual: sum(body.left) - sum(body.right) };
}

const OUTCOME_ROWS_2019 = [...OUTCOME_ROWS_2021.filter((k) => !k.startsWith('other_')), 'other'];

/** The outcome rows of table 三 that （七）总计 adds up, or null when the table is too incomplete to add up. */
export function outcomeRows(apps: ApplicationsTable): string[] | null {
  const keys = apps.variant === '2019' ? OUTCOME_ROWS_2019 : apps.variant === '2021' ? [...OUTCOME_ROWS_2021] : null;
  if (!keys || !apps.rows.has('total')) return null;
  const present = keys.filter((k) => apps.rows.has(k));
  return present.length < keys.length - 1 ? null : present;
}

/** A grid of certain cells, made once per cell. */
class Grid {
  readonly cells: GridCell[] = [];
  private readonly byRef = new Map<CellRef, GridCell>();

  /** The grid cell of a certain value, else null. */
  at(ref: CellRef | undefined, row: number, column: number): GridCell | null {
    if (!ref) return null;
    const known = this.byRef.get(ref);
    if (known) return known;
    const value = certainNumber(ref);
    if (value === null) return null;
    const cell: GridCell = { ref, value, row, column, candidate: true };
    this.byRef.set(ref, cell);
    this.cells.push(cell);
    return cell;
  }

  /** A blank part read as 0 (a 附表 total with some parts filled in); never a candidate. */
  blank(ref: CellRef, row: number, column: number): GridCell {
    const known = this.byRef.get(ref);
    if (known) return known;
    const cell: GridCell = { ref, value: 0, row, column, candidate: false };
    this.byRef.set(ref, cell);
    this.cells.push(cell);
    return cell;
  }
}

const APPLICANTS = APPLICATION_COLUMNS.filter((c) => c !== 'total');

/** Table 三. */
export function applicationIdentities(apps: ApplicationsTable): TableIdentities {
  const grid = new Grid();
  const outcomes = outcomeRows(apps);
  const template = ['new', 'carried_over', ...(apps.variant === '2019' ? OUTCOME_ROWS_2019 : OUTCOME_ROWS_2021), 'total', 'carried_forward'];
  const ordered = [...template.filter((k) => apps.rows.has(k)).map((k) => apps.rows.get(k)!), ...[...apps.rows.values()].filter((r) => !template.includes(r.key)), ...apps.unknownRows];
  const rowIndex = new Map(ordered.map((r, i) => [r, i]));
  const at = (row: ApplicationRow | undefined, column: ApplicationColumn) =>
    row ? grid.at(cellOf(row, column), rowIndex.get(row)!, APPLICATION_COLUMNS.indexOf(column)) : null;
  const identities: Identity[] = [];
  for (const row of ordered) {
    const parts = APPLICANTS.map((c) => at(row, c));
    const total = at(row, 'total');
    if (total && parts.every((p) => p)) identities.push(identity({ kind: 'row-total', rule: 'table-sum', row, left: [total], right: parts as GridCell[] }));
  }
  for (const column of APPLICATION_COLUMNS) {
    const total = at(apps.rows.get('total'), column);
    if (outcomes && total) {
      const parts = outcomes.map((k) => at(apps.rows.get(k), column));
      if (parts.every((p) => p)) identities.push(identity({ kind: 'column-total', rule: 'table-sum', column, left: [total], right: parts as GridCell[] }));
    }
    const [a, b, d] = (['new', 'carried_over', 'carried_forward'] as const).map((k) => at(apps.rows.get(k), column));
    if (a && b && total && d) identities.push(identity({ kind: 'balance', rule: 'application-balance', column, left: [a, b], right: [total, d] }));
  }
  return { kind: 'applications', cells: grid.cells, identities, rowKeys: ordered.map((r) => r.key), columnKeys: [...APPLICATION_COLUMNS] };
}

const RESULTS: ReviewColumn[] = ['upheld', 'corrected', 'other', 'pending'];

/** Table 四: the three groups as rows of one grid. */
export function reviewIdentities(review: ReviewTable): TableIdentities {
  const grid = new Grid();
  const identities: Identity[] = [];
  review.groups.forEach((group, g) => {
    const at = (column: ReviewColumn) => grid.at(review.get(group.key, column), g, REVIEW_COLUMNS.indexOf(column));
    const parts = RESULTS.map(at);
    const total = at('total');
    if (total && parts.every((p) => p)) identities.push(identity({ kind: 'review', rule: 'table-sum', group: group.key, left: [total], right: parts as GridCell[] }));
  });
  return { kind: 'review', cells: grid.cells, identities, rowKeys: review.groups.map((g) => g.key), columnKeys: [...REVIEW_COLUMNS] };
}

/** A 附表: its "sum" groups in every value column (the channel and subset groups are inequalities, not identities). */
export function legacyIdentities(table: LegacyTable): TableIdentities {
  const grid = new Grid();
  const identities: Identity[] = [];
  const rowIndex = new Map(table.rows.map((r, i) => [r, i]));
  const columnIndex = (name: string) => Math.max(0, table.columns.indexOf(name));
  for (const group of legacyGroups(table)) {
    if (group.kind !== 'sum') continue;
    for (const ref of group.parent.cells) {
      const total = grid.at(ref, rowIndex.get(group.parent)!, columnIndex(ref.column));
      if (!total) continue;
      const refs = group.children.map((child) => table.get(child, ref.column));
      // Blank parts count as 0 only when some part is filled in.
      if (refs.every((p) => !p || p.value.kind === 'blank')) continue;
      const parts: GridCell[] = [];
      let blank = false;
      for (const [i, p] of refs.entries()) {
        const row = rowIndex.get(group.children[i]!)!;
        if (p && p.value.kind === 'blank' && !p.uncertain) {
          blank = true;
          parts.push(grid.blank(p, row, columnIndex(ref.column)));
          continue;
        }
        const cell = grid.at(p, row, columnIndex(ref.column));
        if (!cell) break;
        parts.push(cell);
      }
      if (parts.length < refs.length) continue;
      const column = table.columns.includes(ref.column) ? ref.column : '';
      identities.push(identity({ kind: 'legacy', rule: 'table-sum', parent: group.parent, parts: group.children, column, left: [total], right: parts, ...(blank ? { blank } : {}) }));
    }
  }
  return { kind: 'legacy', legacy: table, cells: grid.cells, identities, rowKeys: table.rows.map((r) => r.norm), columnKeys: table.columns };
}

/** The cell node of a grid cell (every grid cell has one: a certain value is never a missing cell). */
export const nodeOf = (cell: GridCell): Cell => cell.ref.cell!;
