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

/** Another report linted in the same run (for cross-year rules). */
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
  /** Every report of the run, this one included (rules with scope "project" compare them). */
  readonly project: readonly ProjectReport[];
  /** Text of a node prepared for matching (width folded, Simplified script, unified punctuation), same length as node.value. */
  matchText(node: TextBearing): string;
  report(descriptor: ReportDescriptor<Id>): void;
}

export interface Rule<Options = Record<string, unknown>, Id extends string = string> {
  meta: RuleMeta<Id>;
  defaultOptions?: Options;
  check(context: RuleContext<Options, Id>): void;
}

export type SeveritySetting = 'off' | 'warn' | 'warning' | 'error' | 'info' | 0 | 1 | 2;
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface Config {
  rules?: Record<string, RuleSetting>;
  /** Settings shared by several rules (deadlines, thresholds). */
  settings?: Record<string, unknown>;
}
