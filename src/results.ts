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

/**
 * Where a person finds a finding in the original document, when line and
 * column of the decoded text do not say it (a Word document's paragraph or
 * table cell, a PDF's page); supplied by the front end, put in words by the
 * formatters. All numbers are 1-based.
 */
export type DocLocation =
  | { paragraph: number }
  | { page: number }
  | {
      /** The document's own table count (the 2nd table of the file), not the template's table number. */
      table: number;
      row: number;
      column: number;
      /** The template's table this is, when the model recognised it: 表二, 表三, 表四 or a pre-2019 附表. */
      template?: TemplateTable;
    };

/** The template's tables: 表二 (active), 表三 (applications), 表四 (review), 附表 (legacy, before 2019). */
export type TemplateTable = 'active' | 'applications' | 'review' | 'legacy';

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
  /** Where the finding is in the original document (Word, PDF); formatters add it to the message in words. */
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
  /** Rules that threw on this file (each also a finding of the tool); not serialised by the json formatter. */
  crashes?: RuleCrash[];
}

/** A rule that threw while checking a file: its findings for that file are missing. */
export interface RuleCrash {
  ruleId: string;
  /** The error's message. */
  message: string;
}

/** The report's own data as read by the parser; null where the report does not say. */
export interface ReportMeta {
  title: string | null;
  agency: string | null;
  year: number | null;
  /** The template generation: '2021', '2019' (trial) or 'pre2019'. */
  template: '2021' | '2019' | 'pre2019' | null;
  /** 'not-report' for a file that is not an annual report (a README, a page report-lint wrote): it was not checked. */
  kind: 'report' | 'not-report';
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
  /**
   * Width of the terminal the output goes to, for formats people read there
   * (stylish wraps its rows to it); absent when the output is not a terminal
   * (a pipe, a file, a CI log), where every row stays on one line.
   */
  columns?: number;
  /** Files written in the same run (the data beside a summary page), by kind. */
  outputs?: { csv?: string; xlsx?: string };
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;
