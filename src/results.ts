/**
 * The results of a run, in the ESLint-compatible shape that every formatter
 * and the JSON output use. Lines and columns are 1-based, columns count UTF-16
 * code units, ends are exclusive.
 */

/** 2 = error, 1 = warning, 3 = info. */
export type SeverityNumber = 1 | 2 | 3;

export interface RelatedLocation {
  /** Present when the related place is in another file. */
  filePath?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message?: string;
}

/** A place inside a Word document or a PDF page, named in words as well as by line/column of the extracted text. */
export type DocLocation = { paragraph: number } | { table: number; row: number; column: number } | { page: number };

export interface LintMessage {
  /** null for problems of the tool itself (unreadable file, parse failure). */
  ruleId: string | null;
  severity: SeverityNumber;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Source offsets [start, end) — handy for editors and fixes. */
  range?: [number, number];
  /** True for problems that stopped the tool from checking the file. */
  fatal?: boolean;
  related?: RelatedLocation[];
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  location?: DocLocation;
}

export interface LintResult {
  /** The path as given on the command line (or the stdin file name). */
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The decoded source text, for code frames (not serialised by the json formatter). */
  source?: string;
  /** What the report says about itself, for summaries (not serialised by the json formatter). */
  report?: ReportMeta;
}

/** The report's own data as read by the parser; null where the report does not say. */
export interface ReportMeta {
  title: string | null;
  agency: string | null;
  year: number | null;
  /** The template generation: '2021', '2019' (trial) or 'pre2019'. */
  template: '2021' | '2019' | 'pre2019' | null;
}

/** Metadata of the rules that produced the results (titles, docs links) for formatters. */
export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  severity: 'error' | 'warning' | 'info';
  url: string;
  fixable: boolean;
}

export interface FormatterContext {
  cwd: string;
  locale: 'zh-CN' | 'en';
  color: boolean;
  rules: Record<string, RuleInfo>;
  version: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;
