import { formatOf } from './parse.js';
import { SourceText } from './ast/source.js';
import { analyse, reportMeta, type LintInput } from './analyse.js';
import {
  checkProject, checkReport, enabledProjectRules, sortedMessages, summariseReport, type Finding, type Identity, type ReportSummaries, type RunOptions,
} from './engine/engine.js';
import type { Place, ProjectEntry, ProjectReport, Rule } from './engine/types.js';
import type { LintMessage, LintResult, ReportMeta, RuleCrash, TemplateTable } from './results.js';
import type { ReportModel } from './model/types.js';
import { applyDirectives } from './engine/directives.js';
import { pick, type Locale } from './i18n.js';
import { FRONT_ENDS, type Locate } from './frontends/registry.js';
import { agencyKey, reportYear } from './model/pairing.js';
import type { InputFormat, Position, Table } from './ast/types.js';
import { detach } from './text/detach.js';

export { analyse, reportMeta, type LintInput };

export interface LintOptions extends RunOptions {
  rules: Record<string, Rule<any>>;
  /** Per-file configuration (nearest config file); falls back to options.config. */
  configFor?: (filePath: string) => RunOptions['config'];
  /** Warn about `report-lint-disable` comments that hid nothing. */
  reportUnusedDisableDirectives?: boolean;
  /**
   * Called before each report is read (parsed and checked by its own rules),
   * then, in a run whose results wait for every report, before its
   * cross-report rules run (for progress bars).
   */
  onProgress?: (phase: 'parse' | 'check', index: number, total: number, filePath: string) => void;
}

export interface RunSetup extends LintOptions {
  /** How many reports will be added, when known: a run of one skips the cross-report summaries. */
  expected?: number;
  /** The cross-report rules that some report's configuration runs (default: every such rule). */
  projectRules?: readonly string[];
  /** Whether each result carries its report's text as `source` (default true). */
  keepSource?: boolean | ((input: LintInput) => boolean);
  /** Where the reports wait for their results (default: in memory). */
  store?: PendingStore;
  /**
   * Told about a report whose result could not be made (outside its rules, which
   * only cost their own findings); that report then has no result. Without it the error is thrown.
   */
  onError?: (filePath: string, error: unknown) => void;
}

/**
 * One run over several reports, read one at a time: `add` parses a report,
 * runs its own rules and keeps what the cross-report rules need (summaries,
 * not the tree); `results` then runs the cross-report rules and gives each
 * report's result, in the order the reports were added.
 */
export interface LintRun {
  /**
   * Whether the results wait for every report (cross-report rules are on and
   * the run may have several reports): then call `results` once, after the
   * last `add`. Otherwise each report's result can be taken right after it was added.
   */
  readonly deferred: boolean;
  add(input: LintInput): void;
  /** The results not given yet, one per report added, in that order; undefined for a report whose result failed (see `onError`). */
  results(): Generator<LintResult | undefined>;
}

/** A report between its own rules and its result. */
export interface PendingReport {
  filePath: string;
  findings: Finding[];
  crashes: RuleCrash[];
  meta: ReportMeta;
  /** The text, kept when the result needs it (its `source`, directive comments, a front end's locator). */
  text?: string;
  /** Whether the result carries the text as `source`. */
  source: boolean;
  format: InputFormat;
  /** A file that is not a report: its one note is its result (no directive comments, no places located). */
  notReport?: boolean;
  /** Where the template's tables lie (for the locations of a front end's locator). */
  tables?: TemplateSpan[];  /** What the report's reader left out to stay within its limits, as warnings of the tool (they come first). */
  notes?: LintMessage[];
}

/** Where a run keeps its reports between their own rules and their results (in memory unless the run is given one). */
export interface PendingStore {
  put(index: number, report: PendingReport): void;
  /** The report put at `index`; each is taken once, in order. */
  take(index: number): PendingReport;
}

function memoryStore(): PendingStore {
  const reports: (PendingReport | undefined)[] = [];
  return {
    put: (index, report) => void (reports[index] = report),
    take(index) {
      const report = reports[index]!;
      reports[index] = undefined;
      return report;
    },
  };
}

/** Starts a run (see LintRun). A parse that throws throws from `add`, and that report is not in the run. */
export function startRun(options: RunSetup): LintRun {
  const store = options.store ?? memoryStore();
  const summaries: ReportSummaries[] = [];
  let added = 0;
  let given = 0;
  const interned = new Map<string, string>();
  const intern = (text: string) => {
    let known = interned.get(text);
    if (known === undefined) interned.set(text, (known = detach(text)));
    return known;
  };
  const projectRules =
    options.projectRules ?? Object.values(options.rules).filter((rule) => rule.meta.scope === 'project').map((rule) => rule.meta.id);
  const deferred = projectRules.length > 0 && (options.expected === undefined || options.expected > 1);
  const configOf = (filePath: string) => options.configFor?.(filePath) ?? options.config;
  const rank = new Map(Object.keys(options.rules).map((id, i) => [id, i]));
  let lookup: ReturnType<typeof projectLookup> | undefined;

  return {
    deferred,
    add(input) {
      const index = added;
      options.onProgress?.('parse', index, options.expected ?? index + 1, input.filePath);
      const report = analyse(input);
      const checked = checkReport(report, options.rules, { ...options, config: configOf(report.filePath) });
      const format = input.format ?? formatOf(input.filePath);
      const source = typeof options.keepSource === 'function' ? options.keepSource(input) : options.keepSource !== false;
      const locates = FRONT_ENDS[format].locator !== undefined;
      const keepText = source || locates || input.text.includes('report-lint-');
      // Files that are not reports take no part in the comparisons between reports.
      const isReport = report.model.kind === 'report';
      const summary = deferred && isReport ? summariseReport(report, options.rules, projectRules, intern, identity, options.timing) : undefined;
      store.put(index, {
        filePath: input.filePath,
        ...checked,
        meta: keptMeta(reportMeta(report)),
        format,
        source,
        ...(keepText ? { text: input.text } : {}),
        ...(isReport ? {} : { notReport: true }),
        ...(isReport && locates ? { tables: templateTables(report.model) } : {}),
        ...notesOf(report, options.locale ?? 'zh-CN'),
      });
      if (summary) summaries[index] = summary;
      added++;
    },
    *results() {
      if (deferred && given === 0) {
        interned.clear();
        if (summaries.filter(Boolean).length > 1) lookup = projectLookup(summaries);
        summaries.length = 0; // the lookup's entries hold them now
      }
      while (given < added) {
        const i = given++; // counted before yielding: a generator left after a yield resumes nothing
        const p = store.take(i);
        if (deferred) options.onProgress?.('check', i, added, p.filePath);
        let result: LintResult;
        try {
          const { findings, crashes } = p;
          if (lookup) {
            const more = checkProject(p.filePath, (id) => lookup!(id, i), options.rules, { ...options, config: configOf(p.filePath) });
            for (const f of more.findings) findings.push(f);
            if (more.crashes.length > 0) {
              // Crashes in rule order, whichever pass the rule ran in.
              crashes.push(...more.crashes);
              crashes.sort((a, b) => rank.get(a.ruleId)! - rank.get(b.ruleId)!);
            }
          }
          result = resultOf(p, sortedMessages(findings), crashes, options);
        } catch (error) {
          if (!options.onError) throw error;
          options.onError(p.filePath, error);
          yield undefined;
          continue;
        }
        yield result;
      }
    },
  };
}

/** The report data without ties to the report's text. */
function keptMeta(meta: ReportMeta): ReportMeta {
  return { ...meta, title: meta.title === null ? null : detach(meta.title), agency: meta.agency === null ? null : detach(meta.agency) };
}

/** Who wrote a report and for which year, and where its title is (or its start). */
function identity(report: ProjectReport, place: (p: Place) => Position): Identity {
  const { root } = report;
  const agency = agencyKey(root);
  const year = reportYear(root);
  const start = root.position.start;
  return {
    filePath: report.filePath,
    ...(agency !== undefined ? { agency: detach(agency) } : {}),
    ...(root.data.agency?.value !== undefined ? { agencyName: detach(root.data.agency.value) } : {}),
    ...(year !== undefined ? { year } : {}),
    title: place({ position: root.data.title ? root.data.title.position : { start, end: start } }),
  };
}

/** Each project rule's entries (the reports whose summary it has), and every report's own entry. */
function projectLookup(reports: readonly ReportSummaries[]) {
  const byRule = new Map<string, { entries: ProjectEntry[]; own: (ProjectEntry | { error: unknown } | undefined)[] }>();
  reports.forEach((p, i) => {
    for (const [id, kept] of Object.entries(p.summaries)) {
      let rule = byRule.get(id);
      if (!rule) byRule.set(id, (rule = { entries: [], own: [] }));
      if ('error' in kept) {
        rule.own[i] = kept;
        continue;
      }
      const entry: ProjectEntry = { ...p.identity, summary: kept.summary };
      rule.entries.push(entry);
      rule.own[i] = entry;
    }
  });
  return (ruleId: string, i: number) => {
    const rule = byRule.get(ruleId);
    const own = rule?.own[i];
    if (!rule || !own) return undefined;
    return 'error' in own ? own : { self: own as ProjectEntry, project: rule.entries };
  };
}

/** The reading notes of a report (what its reader left out to stay within its limits) as warnings of the tool. */
function notesOf(report: ProjectReport, locale: Locale): { notes?: LintMessage[] } {
  const notes = report.root.data.notes;
  if (!notes?.length) return {};
  return {
    notes: notes.map(({ position: { start, end }, message }) => ({
      ruleId: null, severity: 1, message: pick(message, locale),
      line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      range: [start.offset ?? 0, end.offset ?? 0],
    })),
  };
}

/** The result of a report: its messages, with directive comments applied and places located. */
function resultOf(p: PendingReport, messages: LintMessage[], crashes: RuleCrash[], options: RunSetup): LintResult {
  const result = summarise({
    filePath: p.filePath,
    messages: p.notes ? [...p.notes, ...messages] : messages,
    ...(p.source && p.text !== undefined ? { source: p.text } : {}),
    report: p.meta,
    ...(crashes.length ? { crashes } : {}),
  });
  if (p.text === undefined || p.notReport) return result;
  // Findings hidden by <!-- report-lint-disable … --> comments go; warnings about the comments come.
  const kept = applyDirectives(p.text, result.messages, {
    isKnownRule: (id) => Object.hasOwn(options.rules, id),
    knownRules: Object.keys(options.rules),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnused: true } : {}),
  });
  const final = kept === result.messages ? result : summarise({ ...result, messages: kept });
  // Formats whose line:column is not how a person finds a place (Word, PDF) name it in `location`.
  const locator = FRONT_ENDS[p.format ?? formatOf(p.filePath)].locator;
  if (!locator || final.messages.length === 0) return final;
  return { ...final, messages: located(final.messages, locator(p.text), new SourceText(p.text), p.tables ?? []) };
}

/**
 * Lints several reports in one run. Reports of one agency in consecutive
 * years see each other, so the cross-year rules can compare them.
 */
export function lintReports(inputs: LintInput[], options: LintOptions): LintResult[] {
  const configs = inputs.map((input) => options.configFor?.(input.filePath) ?? options.config);
  const run = startRun({ ...options, expected: inputs.length, projectRules: enabledProjectRules(options.rules, configs, options.only) });
  for (const input of inputs) run.add(input);
  return [...run.results()].filter((result) => result !== undefined);
}

/**
 * The messages with the place of their start offset (from `range`, else from
 * line and column); a table cell also names the template table it lies in.
 */
function located(messages: LintMessage[], locate: Locate, source: SourceText, tables: readonly TemplateSpan[]): LintMessage[] {
  return messages.map((m) => {
    const offset = m.range?.[0] ?? source.offset(m.line, m.column);
    const location = locate(offset);
    if (!location) return m;
    if (!('table' in location)) return { ...m, location };
    const template = tables.find((t) => t.start <= offset && offset < t.end)?.name;
    return { ...m, location: template ? { ...location, template } : location };
  });
}

/** A template table's span in the source. */
interface TemplateSpan {
  name: TemplateTable;
  start: number;
  end: number;
}

/** The source spans of the template's tables the model recognised. */
function templateTables(model: ReportModel): TemplateSpan[] {
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

/** Fills in the counts of a result from its messages (keeping its source and report data). */
export function summarise(r: { filePath: string; messages: LintMessage[]; source?: string; report?: ReportMeta; crashes?: RuleCrash[] }): LintResult {
  const count = (sev: LintMessage['severity'], extra: (m: LintMessage) => boolean = () => true) =>
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
