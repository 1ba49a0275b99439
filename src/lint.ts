import { formatOf } from './parse.js';
import { analyse, reportMeta, type LintInput } from './analyse.js';
import { runRules, type ReportMessage, type RunOptions } from './engine/engine.js';
import type { Rule } from './engine/types.js';
import type { LintMessage, LintResult, ReportMeta, RuleCrash, SeverityNumber, TemplateTable } from './results.js';
import type { ProjectReport } from './engine/types.js';
import type { ReportModel } from './model/types.js';
import type { Table } from './ast/types.js';
import { applyDirectives } from './engine/directives.js';
import { pick, type Locale } from './i18n.js';
import { FRONT_ENDS, type Locate } from './frontends/registry.js';

export { analyse, reportMeta, type LintInput };

export interface LintOptions extends Omit<RunOptions, 'project'> {
  rules: Record<string, Rule<any>>;
  /** Per-file configuration (nearest config file); falls back to options.config. */
  configFor?: (filePath: string) => RunOptions['config'];
  /** Warn about `report-lint-disable` comments that hid nothing. */
  reportUnusedDisableDirectives?: boolean;
  /** Called before each report is parsed, then before its rules run (for progress bars). */
  onProgress?: (phase: 'parse' | 'check', index: number, total: number, filePath: string) => void;
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
  // Files that are not reports take no part in the comparisons between reports.
  const project = reports.filter((r) => r.model.kind === 'report');
  return reports.map((report, i) => {
    progress?.('check', i, reports.length, report.filePath);
    const config = options.configFor?.(report.filePath) ?? options.config;
    const file = runRules(report, options.rules, { ...options, config, project });
    const crashes = (file.data as { crashes?: RuleCrash[] }).crashes;
    const result = withNotes(
      {
        ...toResult(inputs[i]!.filePath, file.messages as ReportMessage[], inputs[i]!.text),
        report: reportMeta(report),
        ...(crashes ? { crashes } : {}),
      },
      report,
      options.locale ?? 'zh-CN',
    );
    if (report.model.kind === 'not-report') return result;
    // Findings hidden by <!-- report-lint-disable … --> comments go; warnings about the comments come.
    const messages = applyDirectives(inputs[i]!.text, result.messages, {
      isKnownRule: (id) => Object.hasOwn(options.rules, id),
      knownRules: Object.keys(options.rules),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.reportUnusedDisableDirectives ? { reportUnused: true } : {}),
    });
    const final = messages === result.messages ? result : summarise({ ...result, messages });
    // Formats whose line:column is not how a person finds a place (Word, PDF) name it in `location`.
    const locator = FRONT_ENDS[inputs[i]!.format ?? formatOf(report.filePath)].locator;
    if (!locator || final.messages.length === 0) return final;
    return { ...final, messages: located(final.messages, locator(inputs[i]!.text), report) };
  });
}

/**
 * The messages with the place of their start offset (from `range`, else from
 * line and column); a table cell also names the template table it lies in.
 */
function located(messages: LintMessage[], locate: Locate, report: ProjectReport): LintMessage[] {
  const tables = templateTables(report.model);
  return messages.map((m) => {
    const offset = m.range?.[0] ?? report.source.offset(m.line, m.column);
    const location = locate(offset);
    if (!location) return m;
    if (!('table' in location)) return { ...m, location };
    const template = tables.find((t) => t.start <= offset && offset < t.end)?.name;
    return { ...m, location: template ? { ...location, template } : location };
  });
}

/** The source spans of the template's tables the model recognised. */
function templateTables(model: ReportModel): { name: TemplateTable; start: number; end: number }[] {
  const spans: { name: TemplateTable; table: Table | undefined }[] = [
    ...(model.active?.items ?? []).map((item) => ({ name: 'active' as const, table: item.table })),
    { name: 'applications', table: model.applications?.table },
    { name: 'review', table: model.review?.table },
    ...model.legacy.map((legacy) => ({ name: 'legacy' as const, table: legacy.table })),
  ];
  return spans.flatMap(({ name, table }) => {
    const start = table?.position?.start.offset;
    const end = table?.position?.end.offset;
    return start === undefined || end === undefined ? [] : [{ name, start, end }];
  });
}

/** Lints one report. */
export function lintText(input: LintInput, options: LintOptions): LintResult {
  return lintReports([input], options)[0]!;
}

/** The reading notes of a report (what its reader left out to stay within its limits) as warnings of the tool, first. */
function withNotes(result: LintResult, report: ProjectReport, locale: Locale): LintResult {
  const notes = report.root.data.notes;
  if (!notes?.length) return result;
  const messages: LintMessage[] = notes.map(({ position: { start, end }, message }) => ({
    ruleId: null, severity: 1, message: pick(message, locale),
    line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    range: [start.offset ?? 0, end.offset ?? 0],
  }));
  return summarise({ ...result, messages: [...messages, ...result.messages] });
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
export function summarise(r: { filePath: string; messages: LintMessage[]; source?: string; report?: ReportMeta; crashes?: RuleCrash[] }): LintResult {
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
    ...(r.crashes !== undefined ? { crashes: r.crashes } : {}),
  };
}
