import type { Position, Root, TextBearing } from '../ast/types.js';
import type { SourceText } from '../ast/source.js';
import type { ReportModel } from '../model/types.js';

import type { Args, Locale, Text } from '../i18n.js';

export type { Args, Locale, Text };
export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta<Id extends string = string> {
  /** The public rule id from RULES.md. */
  id: string;
  title: Text;
  /** Default severity. */
  severity: Severity;
  /** One-line description of what the rule catches. */
  description: Text;
  /** Whether `--fix` can repair some of its findings. */
  fixable: boolean;
  /** Rules that need several reports of one agency (cross-year rules). */
  scope?: 'file' | 'project';
  /**
   * Every message the rule reports, by id, in both languages, with `{{name}}`
   * placeholders filled from the `data` of a report (src/i18n.ts).
   */
  messages: Readonly<Record<Id, Text>>;
}

/**
 * A replacement of the reported span, or — with `index` and `length` — of
 * value[index, index + length) of the reported node (the engine turns it into
 * source offsets).
 */
export type Fix = { text: string } | { text: string; index: number; length: number };

/** A place: a node (optionally a span of its value) or an explicit position. */
export interface Place {
  node?: TextBearing | { position: Position };
  /** Index into node.value where the span starts. */
  index?: number;
  /** Length of the span in node.value. */
  length?: number;
  position?: Position;
}

/** A message of the rule's `meta.messages` with the values of its placeholders. */
export interface MessageRef<Id extends string = string> {
  messageId: Id;
  data?: Args<Id>;
}

export interface RelatedPlace<Id extends string = string> extends Place, Partial<MessageRef<Id>> {
  /** Another file's path, for cross-report findings. */
  filePath?: string;
  /** The other file's source, to resolve `node` spans there. */
  source?: SourceText;
}

export interface ReportDescriptor<Id extends string = string> extends Place, MessageRef<Id> {
  /** Overrides the configured severity downwards when the rule is unsure. */
  severity?: Severity;
  related?: RelatedPlace<Id>[];
  fix?: Fix;
  /** Replacement suggestions shown to the user, never applied automatically. */
  suggestions?: (MessageRef<Id> & { fix: Fix })[];
}

/** A report parsed and modelled: what a rule checks. */
export interface ProjectReport {
  filePath: string;
  root: Root;
  source: SourceText;
  model: ReportModel;
}

export interface RuleContext<Options = Record<string, unknown>, Id extends string = string> {
  readonly filePath: string;
  readonly root: Root;
  readonly source: SourceText;
  readonly model: ReportModel;
  readonly options: Options;
  readonly locale: Locale;
  /** Text of a node prepared for matching (width folded, Simplified script, unified punctuation), same length as node.value. */
  matchText(node: TextBearing): string;
  report(descriptor: ReportDescriptor<Id>): void;
}

/** A rule that checks one report at a time. */
export interface FileRule<Options = Record<string, unknown>, Id extends string = string> {
  meta: RuleMeta<Id> & { scope?: 'file' };
  defaultOptions?: Options;
  check(context: RuleContext<Options, Id>): void;
}

/**
 * A rule that compares the reports of one run (meta.scope "project"). A run
 * keeps no report's tree once its own rules ran, so such a rule says what it
 * needs of each report (`summarise`, while the tree is there) and compares
 * those summaries (`check`, once per report after every report was read).
 */
export interface ProjectRule<Options = Record<string, unknown>, Id extends string = string, Summary = unknown> {
  meta: RuleMeta<Id> & { scope: 'project' };
  defaultOptions?: Options;
  summarise(report: ProjectReport, context: SummaryContext): Summary;
  check(context: ProjectContext<Options, Id, Summary>): void;
}

export type Rule<Options = Record<string, unknown>, Id extends string = string> = FileRule<Options, Id> | ProjectRule<Options, Id, any>;

/** What `summarise` gets beside the report. */
export interface SummaryContext {
  /** Where a place of the report is, as a finding there would give it (what a summary keeps instead of nodes). */
  place(place: Place): Position;
  /** `RuleContext.matchText`. */
  matchText(node: TextBearing): string;
  /**
   * The string to keep for a text: one string for equal texts of the whole run,
   * holding nothing else of the report. Summaries keep text through it only.
   */
  intern(text: string): string;
}

/** One report of a run as the project rules see it: who wrote it, for which year, and what the rule kept of it. */
export interface ProjectEntry<Summary = unknown> {
  readonly filePath: string;
  /** The agency, spaces removed (for pairing reports); undefined when the report does not say. */
  readonly agency?: string;
  /** The agency as the report writes it. */
  readonly agencyName?: string;
  /** The report year, unless it was only guessed from the body. */
  readonly year?: number;
  /** Where the title is (the start of the report when it has none). */
  readonly title: Position;
  /** What the rule's `summarise` kept of the report. */
  readonly summary: Summary;
}

/** A finding of a project rule: places are positions kept in summaries (the other file's with its path). */
export interface ProjectReportDescriptor<Id extends string = string> extends MessageRef<Id> {
  position: Position;
  /** Overrides the configured severity downwards when the rule is unsure. */
  severity?: Severity;
  related?: (Partial<MessageRef<Id>> & { position: Position; filePath?: string })[];
}

export interface ProjectContext<Options = Record<string, unknown>, Id extends string = string, Summary = unknown> {
  readonly filePath: string;
  readonly options: Options;
  readonly locale: Locale;
  /** This report. */
  readonly self: ProjectEntry<Summary>;
  /** Every report of the run, this one included, in the order they were read. */
  readonly project: readonly ProjectEntry<Summary>[];
  report(descriptor: ProjectReportDescriptor<Id>): void;
}

export type SeveritySetting = 'off' | 'warn' | 'warning' | 'error' | 'info' | 0 | 1 | 2;
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface Config {
  rules?: Record<string, RuleSetting>;
  /** Settings shared by several rules (deadlines, thresholds). */
  settings?: Record<string, unknown>;
}
