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
  /** Why the value is uncertain (cells run together, a guessed row, an incomplete PDF ruling): what could not be read and what was assumed. */
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

/**
 * Cells of a standard table by name. `get` gives the cell and its reading;
 * `number` gives its value only when the model is certain of it (null for a
 * blank, a dash, text, a missing cell or an uncertain reading).
 */
export interface CellLookup<R extends string, C extends string> {
  get(row: R, column: C): CellRef | undefined;
  number(row: R, column: C): number | null;
}

/** Table 三: requests received and handled, by row key × column key. */
export interface ApplicationsTable extends CellLookup<string, ApplicationColumn> {
  table: Table;
  /** Column keys in the order of the data cells. */
  columns: ApplicationColumn[];
  rows: Map<string, ApplicationRow>;
  /** Rows whose labels were not recognised (kept, not dropped). */
  unknownRows: ApplicationRow[];
  /** "2019" when （六）其他处理 is one data row, "2021" when it has three sub-rows. */
  variant: '2019' | '2021' | null;
}

/** Table 三 as its reader gives it, before the model adds `number`. */
export type ApplicationsReading = Omit<ApplicationsTable, 'number'>;

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

/**
 * The value columns of table 二 by what they count, whatever the template calls them:
 * made 本年制发件数 / 本年新制作数量, repealed 本年废止件数, valid 现行有效件数,
 * published 本年新公开数量, total_published 对外公开总数量, last_year 上一年项目数量,
 * change 本年增/减, decisions (本年)处理决定数量, items 采购项目数量, amount 本年收费金额 / 采购总金额.
 */
export type ActiveColumn =
  | 'made' | 'repealed' | 'valid' | 'published' | 'total_published' | 'last_year' | 'change' | 'decisions' | 'items' | 'amount';

/** Table 二: its sub-tables, and cells by row key (rules, normative, license …) × column. */
export interface ActiveTable extends CellLookup<string, ActiveColumn> {
  items: ActiveItem[];
  /** The sub-table of 第二十条第（n）项. */
  item(n: number): ActiveItem | undefined;
  /** What the column of a cell of table 二 counts; null when its header is not a template column. */
  columnOf(ref: CellRef): ActiveColumn | null;
}

export type ReviewGroupKey = 'review' | 'litigation_direct' | 'litigation_after_review';
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];

/** Table 四: 15 cells in three groups of 维持/纠正/其他/尚未审结/总计, by group × column. */
export interface ReviewTable extends CellLookup<ReviewGroupKey, ReviewColumn> {
  table: Table;
  groups: { key: ReviewGroupKey; cells: CellRef[] }[];
}

/** Table 四 as its reader gives it, before the model adds the lookup. */
export type ReviewReading = Omit<ReviewTable, keyof CellLookup<ReviewGroupKey, ReviewColumn>>;

export interface LegacyRow {
  label: Cell;
  /** Normalised label. */
  norm: string;
  unit?: Cell;
  cells: CellRef[];
  row: Row;
}

/**
 * A column of a pre-2019 附表: 'year' is the column of the report year (the first
 * that is not a running total; the only value column of a table without
 * headers), 'cumulative' the running total (历年累计), or a header as written.
 */
export type LegacyColumn = 'year' | 'cumulative' | (string & {});

/** A pre-2019 附表 / 统计表; cells by row × column. */
export interface LegacyTable {
  table: Table;
  /** Value column headers (e.g. "2018年度", "历年累计"; "数量"). */
  columns: string[];
  rows: LegacyRow[];
  get(row: LegacyRow, column: LegacyColumn): CellRef | undefined;
  number(row: LegacyRow, column: LegacyColumn): number | null;
  /** The header of the year's column and of the running total's, as written ('' for a table without headers); null when absent. */
  columnName(column: 'year' | 'cumulative'): string | null;
}

/** A 附表 as its reader gives it, before the model adds the lookup. */
export type LegacyReading = Omit<LegacyTable, 'get' | 'number' | 'columnName'>;

export interface ReportModel {
  /** 'not-report' for a file that is not an annual report at all (a README, a page report-lint wrote): no rule checks it. */
  kind: ReportKind;
  /** Why a file is not a report. */
  notReport?: NotReportReason;
  generation: Generation | null;
  /** The six standard sections, by key, when recognised. */
  sections: Partial<Record<SectionKey, Section>>;
  /** Top-level sections in order. */
  topSections: Section[];
  active?: ActiveTable;
  applications?: ApplicationsTable;
  review?: ReviewTable;
  legacy: LegacyTable[];
  /** Set when the text stops part-way (an excerpt): where it stops. */
  truncated?: Truncation;
}

export type ReportKind = 'report' | 'not-report';

/** 'generated': a page report-lint wrote (its generator meta tag); 'content': no title, period or sections of a report, and the text of a document about something else (mostly Latin letters, or code blocks). */
export type NotReportReason = 'generated' | 'content';

/** A text that stops part-way: the last standard sections are missing and nothing closes the report. */
export interface Truncation {
  /** The standard table the text stops in, when it ends inside one. */
  table?: Table;
  /** The last table row of the text when it stops in a table (cells after it are cut off, not left out). */
  lastRow?: Row;
  /** The top-level section the text stops in. */
  section?: Section;
  /** The heading the text stops in when it stops in one ("三、收到"), as written. */
  heading?: string;
  /** The standard sections missing after it. */
  missing: SectionKey[];
}
