import type { Cell, Generation, Row, Section, Table } from '../ast/types.js';
import type { CellValue } from '../text/numbers.js';
import type { SectionKey } from './vocabulary.js';
import type { Text } from '../i18n.js';

/** One value of a standard table: its cell (null when the cell is missing) and the reading of it. */
export interface CellRef {
  cell: Cell | null;
  value: CellValue;
  /** Row key (table 三: "new", "deny_3", …) or row label. */
  row: string;
  /** Column key (table 三: "natural" … "total") or header label. */
  column: string;
  /** Why the value is uncertain (rebuilt from a digit run with assumptions). */
  uncertain?: Text;
}

export const APPLICATION_COLUMNS = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'] as const;
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number];

export const OUTCOME_ROWS_2021 = [
  'granted', 'partial',
  'deny_1', 'deny_2', 'deny_3', 'deny_4', 'deny_5', 'deny_6', 'deny_7', 'deny_8',
  'unable_1', 'unable_2', 'unable_3',
  'reject_1', 'reject_2', 'reject_3', 'reject_4', 'reject_5',
  'other_1', 'other_2', 'other_3',
] as const;

export interface ApplicationRow {
  key: string;
  label: Cell;
  row: Row;
  cells: CellRef[];
}

/** Table 三: requests received and handled, by row key × column key. */
export interface ApplicationsTable {
  table: Table;
  /** Column keys in the order of the data cells. */
  columns: ApplicationColumn[];
  rows: Map<string, ApplicationRow>;
  /** Rows whose labels were not recognised (kept, not dropped). */
  unknownRows: ApplicationRow[];
  /** "2019" when （六）其他处理 is one data row, "2021" when it has three sub-rows. */
  variant: '2019' | '2021' | null;
  get(row: string, column: ApplicationColumn): CellRef | undefined;
}

export interface ActiveRow {
  key: string;
  label: Cell;
  cells: CellRef[];
}

/** One sub-table of table 二 ("第二十条第（一）项" …). */
export interface ActiveItem {
  /** The item number: 1, 5, 6, 8, 9. */
  item: number;
  table: Table;
  header: string[];
  rows: ActiveRow[];
}

export interface ActiveTable {
  items: ActiveItem[];
}

export type ReviewGroupKey = 'review' | 'litigation_direct' | 'litigation_after_review';
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** Table 四: 15 cells in three groups of 维持/纠正/其他/尚未审结/总计. */
export interface ReviewTable {
  table: Table;
  groups: { key: ReviewGroupKey; cells: CellRef[] }[];
}

export interface LegacyRow {
  label: Cell;
  /** Normalised label. */
  norm: string;
  unit?: Cell;
  cells: CellRef[];
  row: Row;
}

/** A pre-2019 附表 / 统计表. */
export interface LegacyTable {
  table: Table;
  /** Value column headers (e.g. "2018年度", "历年累计"; "数量"). */
  columns: string[];
  rows: LegacyRow[];
}

export interface ReportModel {
  generation: Generation | null;
  /** The six standard sections, by key, when recognised. */
  sections: Partial<Record<SectionKey, Section>>;
  /** Top-level sections in order. */
  topSections: Section[];
  active?: ActiveTable;
  applications?: ApplicationsTable;
  review?: ReviewTable;
  legacy: LegacyTable[];
}
