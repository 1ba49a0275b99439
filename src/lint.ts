import type { InputFormat } from './ast/types.js';
import { parseReport, formatOf } from './parse.js';
import { buildModel } from './model/index.js';
import { runRules, type ReportMessage, type RunOptions } from './engine/engine.js';
import type { ProjectReport, Rule } from './engine/types.js';
import type { LintMessage, LintResult, ReportMeta, SeverityNumber } from './results.js';
import { applyDirectives, maskDirectives } from './engine/directives.js';
import { withDocxPlaces } from './frontends/docx.js';
import { withPdfPages } from './frontends/pdf/pages.js';
import { markUncertain, type UncertainSpan } from './frontends/pdf/uncertain.js';

export interface LintInput {
  /** The path as given by the user; also picks the front end by extension. */
  filePath: string;
  /** Decoded text. */
  text: string;
  format?: InputFormat;
  /** Stretches of `text` its reader had to guess about (PDF tables): cells there are parse-uncertain. */
  uncertain?: UncertainSpan[];
}

export interface LintOptions extends Omit<RunOptions, 'project'> {
  rules: Record<string, Rule<any>>;
  /** Per-file configuration (nearest config file); falls back to options.config. */
  configFor?: (filePath: string) => RunOptions['config'];
  /** Warn about `report-lint-disable` comments that hid nothing. */
  reportUnusedDisableDirectives?: boolean;
  /** Called before each report is parsed, then before its rules run (for progress bars). */
  onProgress?: (phase: 'parse' | 'check', index: number, total: number, filePath: string) => void;
}

/** Parses a report and builds its model (the "shared analysis" every rule reads). */
export function analyse(input: LintInput): ProjectReport {
  const format = input.format ?? formatOf(input.filePath);
  // Plain text has no comments: directive comments are blanked out (same offsets) before parsing.
  const { root, source } = parseReport(format === 'txt' ? maskDirectives(input.text) : input.text, format);
  if (input.uncertain?.length) markUncertain(root, input.uncertain);
  return { filePath: input.filePath, root, source, model: buildModel(root) };
}

/**
 * Lints several reports in one run. Reports of one agency in consecutive
 * years see each other, so the cross-year rules can compare them.
 */
export function lintReports(inputs: LintInput[], options: LintOptions): LintResult[] {
  const progress = options.onProgress;
  const reports = inputs.map((input, i) => {
    progress?.('parse', i, inputs.length, input.filePath);
    return analyse(input);
  });
  return reports.map((report, i) => {
    progress?.('check', i, reports.length, report.filePath);
    const config = options.configFor?.(report.filePath) ?? options.config;
    const file = runRules(report, options.rules, { ...options, config, project: reports });
    const result = { ...toResult(inputs[i]!.filePath, file.messages as ReportMessage[], inputs[i]!.text), report: reportMeta(report) };
    // Findings hidden by <!-- report-lint-disable … --> comments go; warnings about the comments come.
    const messages = applyDirectives(inputs[i]!.text, result.messages, {
      isKnownRule: (id) => Object.hasOwn(options.rules, id),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.reportUnusedDisableDirectives ? { reportUnused: true } : {}),
    });
    const final = messages === result.messages ? result : summarise({ ...result, messages });
    // A Word document's findings name their paragraph or table cell (in `location` and in words).
    const format = inputs[i]!.format ?? formatOf(report.filePath);
    // A PDF's findings name their page (the page of an offset is known from the text's form feeds).
    if (format === 'pdf') return { ...final, messages: withPdfPages(final.messages, inputs[i]!.text, options.locale) };
    if (format !== 'docx') return final;
    return { ...final, messages: withDocxPlaces(final.messages, inputs[i]!.text, options.locale) };
  });
}

/** The title, agency, year and template the parser read from a report. */
export function reportMeta(report: ProjectReport): ReportMeta {
  const info = report.root.data;
  return {
    title: info.title?.value.trim() ?? null,
    agency: info.agency?.value.trim() ?? null,
    year: info.year?.value ?? null,
    template: info.generation,
  };
}

/** Lints one report. */
export function lintText(input: LintInput, options: LintOptions): LintResult {
  return lintReports([input], options)[0]!;
}

const SEVERITY: Record<string, SeverityNumber> = { error: 2, warning: 1, info: 3 };

export function toResult(filePath: string, messages: ReportMessage[], source: string): LintResult {
  const out: LintMessage[] = messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : undefined;
    const start = place?.start ?? { line: m.line ?? 1, column: m.column ?? 1 };
    const end = place?.end ?? start;
    const msg: LintMessage = {
      ruleId: m.ruleId ?? null,
      severity: SEVERITY[m.data.severity]!,
      message: m.reason,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      range: m.data.range,
    };
    if (m.data.related.length) {
      msg.related = m.data.related.map((r) => ({
        ...(r.filePath ? { filePath: r.filePath } : {}),
        line: r.position.start.line,
        column: r.position.start.column,
        endLine: r.position.end.line,
        endColumn: r.position.end.column,
        ...(r.message ? { message: r.message } : {}),
      }));
    }
    if (m.data.fix) msg.fix = m.data.fix;
    if (m.data.suggestions) msg.suggestions = m.data.suggestions;
    return msg;
  });
  return summarise({ filePath, messages: out, source });
}

/** Fills in the counts of a result from its messages (keeping its source and report data). */
export function summarise(r: { filePath: string; messages: LintMessage[]; source?: string; report?: ReportMeta }): LintResult {
  const count = (sev: SeverityNumber, extra: (m: LintMessage) => boolean = () => true) =>
    r.messages.filter((m) => m.severity === sev && extra(m)).length;
  return {
    filePath: r.filePath,
    messages: r.messages,
    errorCount: count(2),
    warningCount: count(1),
    infoCount: count(3),
    fatalErrorCount: r.messages.filter((m) => m.fatal).length,
    fixableErrorCount: count(2, (m) => !!m.fix),
    fixableWarningCount: count(1, (m) => !!m.fix),
    ...(r.source !== undefined ? { source: r.source } : {}),
    ...(r.report !== undefined ? { report: r.report } : {}),
  };
}
