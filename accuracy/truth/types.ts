/**
 * The truth of one generated report: what it says (agency, year, period,
 * publication date, the values of its standard tables) and the document it
 * is written as (headings, paragraphs of sentences, tables of cells), each
 * piece with a stable id so a rendering can tell where it put it.
 */

export type Generation = '2021' | '2019' | 'pre2019';
export type AgencyLevel = 'government' | 'department' | 'town' | 'street';

export const APP_COLUMNS = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'] as const;
export const REVIEW_GROUPS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** A cell value as a person reads it: a number, or null for a blank. */
export type Value = number | null;

export interface Agency {
  /** Full name as in the title: 某某县人民政府, 某某市财政局, 某某镇人民政府. */
  name: string;
  /** The short name the body uses (本县 / 我局 / 我镇 …) and the self-reference word. */
  self: string;
  level: AgencyLevel;
  /** The place word of this level: 县, 区, 市, 镇, 街道. */
  unit: string;
  /** The county or district it belongs to (itself for a government). */
  parent: string;
  /** The portal's host name. */
  site: string;
  /** The office that compiles the report. */
  office: string;
}

export interface ActiveRowTruth {
  key: string;
  label: string;
  cells: Value[];
}

export interface ActiveItemTruth {
  item: number;
  header: string[];
  rows: ActiveRowTruth[];
}

export interface LegacyRowTruth {
  label: string;
  unit?: string;
  cells: Value[];
}

export interface TablesTruth {
  active: ActiveItemTruth[] | null;
  /** Row key → seven cells (natural … total). */
  applications: Record<string, Value[]> | null;
  /** Group key → five cells (upheld … total). */
  review: Record<string, Value[]> | null;
  legacy: { columns: string[]; rows: LegacyRowTruth[] } | null;
}

export interface ReportTruth {
  id: string;
  generation: Generation;
  agency: Agency;
  year: number;
  period: { start: string; end: string };
  /** YYYY-MM-DD. */
  published: string;
  title: string;
  tables: TablesTruth;
  doc: Doc;
}

// ---- the document ----

/** A named figure or phrase inside a sentence (what injectors change): "apps_new", "period_end" … */
export interface Slot {
  slot: string;
  text: string;
}

export interface Sentence {
  id: string;
  parts: (string | Slot)[];
}

/** The text of a sentence. */
export function sentenceText(s: Sentence): string {
  return s.parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

export interface GridCell {
  text: string;
  /** Place id for value cells: "<table>:<row>:<column>" (table: active.<item>, applications, review, legacy). */
  id?: string;
  role: 'caption' | 'header' | 'group' | 'label' | 'value' | 'unit';
  rowSpan?: number;
  colSpan?: number;
}

export interface TableBlock {
  kind: 'table';
  id: string;
  /** Rows as an HTML table would have them: cells covered by a span above are left out. */
  rows: GridCell[][];
  /** How many leading rows are header rows. */
  headerRows: number;
  /** Grid width. */
  width: number;
}

export interface HeadingBlock {
  kind: 'heading';
  id: string;
  level: 1 | 2;
  text: string;
}

export interface ParaBlock {
  kind: 'para';
  id: string;
  sentences: Sentence[];
  /** The role of short lines: a title, the page header line (发布时间), a signature or date line. */
  role?: 'title' | 'meta' | 'signature' | 'date' | 'caption';
}

export type Block = HeadingBlock | ParaBlock | TableBlock;

export interface Doc {
  blocks: Block[];
}
