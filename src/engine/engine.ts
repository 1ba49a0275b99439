/**
 * Running the rules. A report's own rules (`checkReport`) run while its tree
 * is there, and the rules that compare reports keep a summary of it then;
 * once every report of the run was read, the project rules compare the
 * summaries (`checkProject`). Findings are plain objects in the shape of the
 * results (LintMessage), each with what orders it among the report's others.
 *
 * A rule that throws costs only its own findings (those it reported before
 * throwing are dropped): the crash becomes one finding of the tool (ruleId
 * null) naming the rule, and is listed among the crashes.
 */
import type { Position, TextBearing } from '../ast/types.js';
import { sourceRange, type SourceText } from '../ast/source.js';
import { matchTextOf } from '../text/node-text.js';
import type {
  Config, FileRule, Fix, Locale, MessageRef, Place, ProjectContext, ProjectEntry, ProjectReport, ProjectRule, RelatedPlace, Rule, RuleContext, Severity,
  SummaryContext,
} from './types.js';
import { format, t } from '../i18n.js';
import { detach } from '../text/detach.js';
import { resolveRules, type ResolvedRule } from './config.js';
import type { LintMessage, RelatedLocation, RuleCrash } from '../results.js';

export interface RunOptions {
  config?: Config;
  locale?: Locale;
  /** Only run these rule ids (after config). */
  only?: string[];
  /** Called with each rule's run time in ms (TIMING). */
  timing?: (ruleId: string, ms: number) => void;
}

/**
 * A finding and what orders it: the report's findings are sorted by start
 * offset, then rule id (as a string), then the rule's place in the run, then
 * the order the rule reported them in.
 */
export interface Finding {
  message: LintMessage;
  at: number;
  key: string;
  rank: number;
}

/** The findings and crashes of one report. */
export interface Checked {
  findings: Finding[];
  crashes: RuleCrash[];
}

/** The enabled rules of a configuration, in catalogue order, each with its rank. */
function planOf(rules: Record<string, Rule<any>>, options: RunOptions): (ResolvedRule & { rank: number })[] {
  return resolveRules(rules, options.config ?? {})
    .map((entry, rank) => ({ ...entry, rank }))
    .filter((entry) => !options.only || options.only.includes(entry.rule.meta.id));
}

const isProject = (rule: Rule<any>): rule is ProjectRule<any, string, unknown> => rule.meta.scope === 'project';
const isFile = (rule: Rule<any>): rule is FileRule<any, string> => rule.meta.scope !== 'project';

/** The cross-report rules that at least one of the configurations runs. */
export function enabledProjectRules(rules: Record<string, Rule<any>>, configs: Iterable<Config | undefined>, only?: string[]): string[] {
  const ids = new Set<string>();
  const seen = new Set<Config | undefined>();
  for (const config of configs) {
    if (seen.has(config)) continue;
    seen.add(config);
    for (const { rule } of planOf(rules, { ...(config ? { config } : {}), ...(only ? { only } : {}) })) if (isProject(rule)) ids.add(rule.meta.id);
  }
  return [...ids];
}

/** Runs the report's own rules (those of scope "file"). */
export function checkReport(report: ProjectReport, rules: Record<string, Rule<any>>, options: RunOptions = {}): Checked {
  const out: Checked = { findings: [], crashes: [] };
  const locale = options.locale ?? 'zh-CN';
  if (report.model.kind === 'not-report') {
    notReport(out, report.model.notReport === 'generated' ? 'generatedPage' : 'otherDocument', locale);
    return out;
  }
  for (const entry of planOf(rules, options)) {
    const { rule } = entry;
    if (!isFile(rule)) continue;
    const started = options.timing ? performance.now() : 0;
    const before = out.findings.length;
    try {
      rule.check(fileContext(report, entry, out.findings, locale, options.config?.settings ?? {}));
    } catch (error) {
      out.findings.length = before; // findings of a rule that did not finish are not trusted
      crashed(out, rule.meta.id, entry.rank, error, locale);
    }
    options.timing?.(rule.meta.id, performance.now() - started);
  }
  return out;
}

/** The identity of a report among the project rules' entries (who wrote it, for which year, where its title is). */
export type Identity = Omit<ProjectEntry, 'summary'>;

/** What the engine keeps of a report for the project rules: its identity and each rule's summary (or what `summarise` threw). */
export interface ReportSummaries {
  identity: Identity;
  /** By rule id. */
  summaries: Record<string, { summary: unknown } | { error: unknown }>;
}

/** Runs `summarise` of the project rules `ruleIds` over the report. */
export function summariseReport(
  report: ProjectReport,
  rules: Record<string, Rule<any>>,
  ruleIds: Iterable<string>,
  intern: (text: string) => string,
  identity: (report: ProjectReport, place: (p: Place) => Position) => Identity,
  timing?: RunOptions['timing'],
): ReportSummaries {
  const place = (p: Place) => report.source.position(...resolvePlace(p, report.source));
  const context: SummaryContext = { place, matchText: matchTextOf, intern };
  const summaries: ReportSummaries['summaries'] = {};
  for (const id of ruleIds) {
    const rule = rules[id];
    if (!rule || !isProject(rule)) continue;
    const started = timing ? performance.now() : 0;
    try {
      summaries[id] = { summary: rule.summarise(report, context) };
    } catch (error) {
      summaries[id] = { error };
    }
    timing?.(id, performance.now() - started);
  }
  return { identity: identity(report, place), summaries };
}

/** Where one report stands among the project rule's entries of the run: its own entry (or what `summarise` threw) and them all. */
export type ProjectLookup = (ruleId: string) => { self: ProjectEntry; project: readonly ProjectEntry[] } | { error: unknown } | undefined;

/** Runs the project rules for one report of a run (after every report was summarised). */
export function checkProject(filePath: string, lookup: ProjectLookup, rules: Record<string, Rule<any>>, options: RunOptions = {}): Checked {
  const out: Checked = { findings: [], crashes: [] };
  const locale = options.locale ?? 'zh-CN';
  for (const entry of planOf(rules, options)) {
    const { rule } = entry;
    if (!isProject(rule)) continue;
    const found = lookup(rule.meta.id);
    if (!found) continue;
    const started = options.timing ? performance.now() : 0;
    const before = out.findings.length;
    try {
      if ('error' in found) throw found.error;
      rule.check(projectContext(filePath, found.self, found.project, entry, out.findings, locale, options.config?.settings ?? {}));
    } catch (error) {
      out.findings.length = before;
      crashed(out, rule.meta.id, entry.rank, error, locale);
    }
    options.timing?.(rule.meta.id, performance.now() - started);
  }
  return out;
}

/** Sorts a report's findings (see Finding) and returns its messages. */
export function sortedMessages(findings: Finding[]): LintMessage[] {
  return findings.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key) || a.rank - b.rank).map((f) => f.message);
}

const SEVERITY: Record<Severity, 1 | 2 | 3> = { error: 2, warning: 1, info: 3 };

function optionsOf(rule: Rule<any>, options: Record<string, unknown>, settings: Record<string, unknown>) {
  return { ...(rule.defaultOptions ?? {}), ...settingsFor(rule, settings), ...options };
}

function fileContext(
  report: ProjectReport,
  entry: ResolvedRule & { rank: number },
  findings: Finding[],
  locale: Locale,
  settings: Record<string, unknown>,
): RuleContext<any> {
  const { rule, severity, options, rank } = entry;
  const say = (m: MessageRef) => format(rule.meta.messages, m.messageId, m.data, locale);
  return {
    filePath: report.filePath,
    root: report.root,
    source: report.source,
    model: report.model,
    options: optionsOf(rule, options, settings),
    locale,
    matchText: matchTextOf,
    report(d) {
      const [start, end] = resolvePlace(d, report.source);
      const position = report.source.position(start, end);
      const related = (d.related ?? []).map((r) => relatedOf(r, report.source, say));
      const fix = d.fix ? fixOf(d, d.fix, [start, end]) : undefined;
      const suggestions = d.suggestions?.map((s) => ({ desc: say(s), fix: fixOf(d, s.fix, [start, end]) }));
      findings.push(finding(rule.meta.id, rank, lower(severity, d.severity), say(d), position, [start, end], related, fix, suggestions));
    },
  };
}

function projectContext(
  filePath: string,
  self: ProjectEntry,
  project: readonly ProjectEntry[],
  entry: ResolvedRule & { rank: number },
  findings: Finding[],
  locale: Locale,
  settings: Record<string, unknown>,
): ProjectContext<any> {
  const { rule, severity, options, rank } = entry;
  const say = (m: MessageRef) => format(rule.meta.messages, m.messageId, m.data, locale);
  return {
    filePath,
    options: optionsOf(rule, options, settings),
    locale,
    self,
    project,
    report(d) {
      const related = (d.related ?? []).map((r) => ({
        ...(r.filePath ? { filePath: r.filePath } : {}),
        position: r.position,
        ...(r.messageId !== undefined ? { message: say({ messageId: r.messageId, ...(r.data ? { data: r.data } : {}) }) } : {}),
      }));
      const range: [number, number] = [d.position.start.offset, d.position.end.offset];
      findings.push(finding(rule.meta.id, rank, lower(severity, d.severity), say(d), d.position, range, related));
    },
  };
}

type Related = { filePath?: string; position: Position; message?: string };
type FixOut = { range: [number, number]; text: string };

/** A finding in the shape of the results (the keys in the order the JSON output shows them). */
function finding(
  ruleId: string | null,
  rank: number,
  level: Severity,
  message: string,
  position: Position,
  range: [number, number],
  related: Related[],
  fix?: FixOut,
  suggestions?: { desc: string; fix: FixOut }[],
): Finding {
  const m: LintMessage = {
    ruleId,
    severity: SEVERITY[level],
    message: detach(message),
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
    range,
  };
  if (related.length) m.related = related.map(relatedLocation);
  // Texts may be cut from the report; a kept finding must not keep the report's text.
  if (fix) m.fix = { range: fix.range, text: detach(fix.text) };
  if (suggestions) m.suggestions = suggestions.map((s) => ({ desc: s.desc, fix: { range: s.fix.range, text: detach(s.fix.text) } }));
  return { message: m, at: position.start.offset, key: String(ruleId ?? undefined), rank };
}

function relatedLocation(r: Related): RelatedLocation {
  return {
    ...(r.filePath ? { filePath: r.filePath } : {}),
    line: r.position.start.line,
    column: r.position.start.column,
    endLine: r.position.end.line,
    endColumn: r.position.end.column,
    ...(r.message ? { message: detach(r.message) } : {}),
  };
}

/** The engine's own messages. */
export const MESSAGES = {
  ruleCrashed: t('规则 {{ruleId}} 运行出错，本文件缺少它的检查结果：{{detail}}', 'Rule {{ruleId}} failed, so this file lacks its findings: {{detail}}'),
  notReport: t('不是政府信息公开工作年度报告（{{reason}}），未作检查', 'Not a government information-disclosure annual report ({{reason}}); not checked'),
  generatedPage: t('这是 report-lint 生成的页面', 'a page report-lint wrote'),
  otherDocument: t('没有年度报告的标题、统计期限或章节，是其他文档', 'it has no title, statistics period or sections of an annual report'),
};

/** Records a rule's crash: one error of the tool at the start of the file, and the crash in the list. */
function crashed(out: Checked, ruleId: string, rank: number, error: unknown, locale: Locale): void {
  const detail = error instanceof Error ? error.message : String(error);
  const text = format(MESSAGES, 'ruleCrashed', { ruleId, detail }, locale);
  const start = { line: 1, column: 1, offset: 0 };
  out.findings.push(finding(null, rank, 'error', text, { start, end: start }, [0, 0], []));
  out.crashes.push({ ruleId, message: detail });
}

/** A file that is not an annual report: one note of the tool (info) at its start, and no rule runs. */
function notReport(out: Checked, reason: 'generatedPage' | 'otherDocument', locale: Locale): void {
  const text = format(MESSAGES, 'notReport', { reason: { messageId: reason } }, locale);
  const start = { line: 1, column: 1, offset: 0 };
  out.findings.push(finding(null, 0, 'info', text, { start, end: start }, [0, 0], []));
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** A rule may lower its own severity (when unsure), never raise it above the configured one. */
function lower(configured: Severity, requested: Severity | undefined): Severity {
  if (!requested) return configured;
  return RANK[requested] < RANK[configured] ? requested : configured;
}

function settingsFor(rule: Rule<any>, settings: Record<string, unknown>): Record<string, unknown> {
  const own = settings[rule.meta.id];
  return own && typeof own === 'object' ? (own as Record<string, unknown>) : {};
}

/** A fix in source offsets: the reported span, or a span of the reported node's value. */
function fixOf(place: Place, fix: Fix, reported: [number, number]): FixOut {
  if (!('index' in fix)) return { range: reported, text: fix.text };
  const node = place.node;
  if (!node || !('value' in node) || typeof node.value !== 'string') throw new Error('a fix with an index needs a text node');
  return { range: sourceRange(node as TextBearing, fix.index, fix.length), text: fix.text };
}

export function resolvePlace(place: Place, source: SourceText): [number, number] {
  if (place.position) return [place.position.start.offset, place.position.end.offset];
  const node = place.node;
  if (!node) return [0, 0];
  if ('value' in node && typeof node.value === 'string') {
    const index = place.index ?? 0;
    const length = place.length ?? node.value.length - index;
    return sourceRange(node as TextBearing, index, length);
  }
  return [node.position.start.offset, node.position.end.offset];
}

function relatedOf(r: RelatedPlace, source: SourceText, say: (m: MessageRef) => string): Related {
  const src = r.source ?? source;
  const [s, e] = resolvePlace(r, src);
  return {
    ...(r.filePath ? { filePath: r.filePath } : {}),
    position: src.position(s, e),
    ...(r.messageId !== undefined ? { message: say({ messageId: r.messageId, ...(r.data ? { data: r.data } : {}) }) } : {}),
  };
}
