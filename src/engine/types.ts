import type { Position, Root, TextBearing } from '../ast/types.js';
import type { SourceText } from '../ast/source.js';
import type { ReportModel } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh-CN' | 'en';

/** A message in both languages; the engine picks one by locale. */
export interface Text {
  zh: string;
  en: string;
}

export interface RuleMeta {
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
}

export interface Fix {
  /** Source offsets, end exclusive. */
  range: [number, number];
  text: string;
}

/** A place: a node (optionally a span of its value) or an explicit position. */
export interface Place {
  node?: TextBearing | { position: Position };
  /** Index into node.value where the span starts. */
  index?: number;
  /** Length of the span in node.value. */
  length?: number;
  position?: Position;
}

export interface RelatedPlace extends Place {
  message?: Text;
  /** Another file's path, for cross-report findings. */
  filePath?: string;
  /** The other file's source, to resolve `node` spans there. */
  source?: SourceText;
}

export interface ReportDescriptor extends Place {
  message: Text;
  /** Overrides the configured severity downwards when the rule is unsure. */
  severity?: Severity;
  related?: RelatedPlace[];
  fix?: Fix;
  /** Replacement suggestions shown to the user, never applied automatically. */
  suggestions?: { message: Text; fix: Fix }[];
}

/** Another report linted in the same run (for cross-year rules). */
export interface ProjectReport {
  filePath: string;
  root: Root;
  source: SourceText;
  model: ReportModel;
}

export interface RuleContext<Options = Record<string, unknown>> {
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
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  defaultOptions?: Options;
  check(context: RuleContext<Options>): void;
}

export type SeveritySetting = 'off' | 'warn' | 'warning' | 'error' | 'info' | 0 | 1 | 2;
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface Config {
  rules?: Record<string, RuleSetting>;
  /** Settings shared by several rules (deadlines, thresholds). */
  settings?: Record<string, unknown>;
}
