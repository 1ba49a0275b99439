/**
 * The report AST: unist nodes produced by every front end.
 *
 * Every node carries a `position` into the original (decoded) file: 1-based
 * line and column in UTF-16 code units plus a 0-based offset, end exclusive.
 * Text-bearing nodes carry `value`; when the value is not a verbatim slice of
 * the source (HTML entities, markup between text runs) they also carry
 * `segments`, which map value indexes back to source offsets.
 */
import type { Text } from '../i18n.js';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/** A run of `length` UTF-16 units starting at value index `index` that sits at source offset `offset`. */
export interface Segment {
  index: number;
  offset: number;
  length: number;
}

export interface TextBearing {
  value: string;
  position: Position;
  segments?: Segment[];
}

export type Generation = '2021' | '2019' | 'pre2019';
export type InputFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface Located<T> {
  value: T;
  position: Position;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export interface ReportInfo {
  format: InputFormat;
  title?: Located<string>;
  agency?: Located<string>;
  /** The report year and where it was read from. */
  year?: Located<number> & { source: 'title' | 'period' | 'body' };
  period?: { start?: YMD; end?: YMD; raw: string; position: Position };
  published?: Located<string> & { source: 'header' | 'signature' };
  generation: Generation | null;
}

export interface Heading extends TextBearing {
  type: 'heading';
  /** The number as written: "一、", "（二）", "1." */
  marker: string;
  /** Text after the marker. */
  title: string;
}

export interface Paragraph extends TextBearing {
  type: 'paragraph';
  /** "chrome": page furniture around the report (breadcrumbs, 打印 关闭, 来源:…). */
  role?: 'chrome';
}

export interface Cell extends TextBearing {
  type: 'cell';
  /** True when the cell was on a header row or is a label cell. */
  header?: boolean;
  /**
   * Set when the cell could not be read with certainty: what could not be read and
   * what was assumed, in both languages, written to follow the place of its row
   * ("表三“…”一行的" / "In table 三, row “…”: "), e.g. "行名跨了两行，已按（三）不予公开
   * 2.其他法律行政法规禁止公开读取"; reasons after the first clause are separated by
   * "；" / "; " so that parse-uncertain can say reasons shared by several rows once.
   * The rules leave such cells alone (see parse-uncertain).
   */
  uncertain?: Text;
}

export interface Row {
  type: 'row';
  children: Cell[];
  position: Position;
}

export interface Table {
  type: 'table';
  children: Row[];
  position: Position;
}

export type Block = Paragraph | Table | Section;

export interface Section {
  type: 'section';
  /** Numeral of the heading, normalised: "一", "（一）" → "一"; null when unnumbered. */
  number: string | null;
  /** 1 for 一、, 2 for （一）, 3 for 1. */
  level: 1 | 2 | 3;
  /** Numeric value of the number (一 → 1), null when unnumbered. */
  ordinal: number | null;
  title: string;
  heading: Heading;
  children: Block[];
  position: Position;
}

export interface Root {
  type: 'root';
  children: Block[];
  position: Position;
  data: ReportInfo;
}

export type Node = Root | Section | Heading | Paragraph | Table | Row | Cell;
