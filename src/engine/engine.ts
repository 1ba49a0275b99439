import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Position, TextBearing } from '../ast/types.js';
import { sourceRange, type SourceText } from '../ast/source.js';
import { matchText } from '../text/normalize.js';
import type { Config, Fix, Locale, MessageRef, Place, ProjectReport, RelatedPlace, Rule, RuleContext, Severity } from './types.js';
import { format, t } from '../i18n.js';
import { resolveRules, type ResolvedRule } from './config.js';
import { ruleUrl } from './docs.js';
import type { RuleCrash } from '../results.js';

/** Extra data a report-lint message carries beside the vfile fields. */
export interface MessageData {
  severity: Severity;
  related: { filePath?: string; position: Position; message?: string }[];
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  range: [number, number];
}

export type ReportMessage = VFileMessage & { data: MessageData };

export interface RunOptions {
  config?: Config;
  locale?: Locale;
  project?: readonly ProjectReport[];
  /** Only run these rule ids (after config). */
  only?: string[];
  /** Called with each rule's run time in ms (TIMING). */
  timing?: (ruleId: string, ms: number) => void;
}

/**
 * Runs the configured rules over one parsed report; messages land on a vfile,
 * sorted by place. A rule that throws costs only its own findings (those it
 * reported before throwing are dropped): the crash becomes one finding of the
 * tool (ruleId null) naming the rule, and is listed in `file.data.crashes`.
 */
export function runRules(report: ProjectReport, rules: Record<string, Rule<any>>, options: RunOptions = {}): VFile {
  const file = new VFile({ path: report.filePath, value: report.source.text });
  const locale = options.locale ?? 'zh-CN';
  if (report.model.kind === 'not-report') {
    notReport(file, report.model.notReport === 'generated' ? 'generatedPage' : 'otherDocument', locale);
    return file;
  }
  const resolved = resolveRules(rules, options.config ?? {});
  const cache = new WeakMap<TextBearing, string>();
  const project = options.project ?? [];
  for (const entry of resolved) {
    if (options.only && !options.only.includes(entry.rule.meta.id)) continue;
    if (entry.rule.meta.scope === 'project' && project.length < 2) continue;
    const started = options.timing ? performance.now() : 0;
    const context = makeContext(report, entry, file, locale, cache, project, options.config?.settings ?? {});
    const before = file.messages.length;
    try {
      entry.rule.check(context);
    } catch (error) {
      file.messages.length = before; // findings of a rule that did not finish are not trusted
      crashed(file, entry.rule.meta.id, error, locale);
    }
    options.timing?.(entry.rule.meta.id, performance.now() - started);
  }
  file.messages.sort(
    (a, b) =>
      (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) - (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId)),
  );
  return file;
}

function makeContext(
  report: ProjectReport,
  entry: ResolvedRule,
  file: VFile,
  locale: Locale,
  cache: WeakMap<TextBearing, string>,
  project: readonly ProjectReport[],
  settings: Record<string, unknown>,
): RuleContext<any> {
  const { rule, severity, options } = entry;
  const say = (m: MessageRef) => format(rule.meta.messages, m.messageId, m.data, locale);
  return {
    filePath: report.filePath,
    root: report.root,
    source: report.source,
    model: report.model,
    options: { ...(rule.defaultOptions ?? {}), ...settingsFor(rule, settings), ...options },
    locale,
    project,
    matchText(node) {
      let text = cache.get(node);
      if (text === undefined) {
        text = matchText(node.value);
        cache.set(node, text);
      }
      return text;
    },
    report(d) {
      const [start, end] = resolvePlace(d, report.source);
      const position = report.source.position(start, end);
      const level = lower(severity, d.severity);
      const message = new VFileMessage(say(d), {
        place: position,
        ruleId: rule.meta.id,
        source: 'report-lint',
      }) as ReportMessage;
      message.url = ruleUrl(rule.meta.id);
      message.fatal = level === 'error' ? true : level === 'warning' ? false : undefined;
      const related = (d.related ?? []).map((r) => relatedOf(r, report.source, say));
      if (related[0]) {
        const first = related[0];
        const cause = new VFileMessage(first.message ?? '', { place: first.position, ruleId: rule.meta.id, source: 'report-lint' });
        if (first.filePath) cause.file = first.filePath;
        message.cause = cause;
      }
      message.data = {
        severity: level,
        related,
        range: [start, end],
        ...(d.fix ? { fix: fixOf(d, d.fix, [start, end]) } : {}),
        ...(d.suggestions ? { suggestions: d.suggestions.map((s) => ({ desc: say(s), fix: fixOf(d, s.fix, [start, end]) })) } : {}),
      };
      file.messages.push(message);
    },
  };
}

/** The engine's own messages. */
export const MESSAGES = {
  ruleCrashed: t('规则 {{ruleId}} 运行出错，本文件缺少它的检查结果：{{detail}}', 'Rule {{ruleId}} failed, so this file lacks its findings: {{detail}}'),
  notReport: t('不是政府信息公开工作年度报告（{{reason}}），未作检查', 'Not a government information-disclosure annual report ({{reason}}); not checked'),
  generatedPage: t('这是 report-lint 生成的页面', 'a page report-lint wrote'),
  otherDocument: t('没有年度报告的标题、统计期限或章节，是其他文档', 'it has no title, statistics period or sections of an annual report'),
};

/** Records a rule's crash: one error of the tool at the start of the file, and the crash in `file.data.crashes`. */
function crashed(file: VFile, ruleId: string, error: unknown, locale: Locale): void {
  const detail = error instanceof Error ? error.message : String(error);
  const text = format(MESSAGES, 'ruleCrashed', { ruleId, detail }, locale);
  const start = { line: 1, column: 1, offset: 0 };
  const message = new VFileMessage(text, { place: { start, end: start }, source: 'report-lint' }) as ReportMessage;
  message.fatal = true;
  message.data = { severity: 'error', related: [], range: [0, 0] };
  file.messages.push(message);
  const crashes = ((file.data as { crashes?: RuleCrash[] }).crashes ??= []);
  crashes.push({ ruleId, message: detail });
}

/** A file that is not an annual report: one note of the tool (info) at its start, and no rule runs. */
function notReport(file: VFile, reason: 'generatedPage' | 'otherDocument', locale: Locale): void {
  const text = format(MESSAGES, 'notReport', { reason: { messageId: reason } }, locale);
  const start = { line: 1, column: 1, offset: 0 };
  const message = new VFileMessage(text, { place: { start, end: start }, source: 'report-lint' }) as ReportMessage;
  message.data = { severity: 'info', related: [], range: [0, 0] };
  file.messages.push(message);
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
function fixOf(place: Place, fix: Fix, reported: [number, number]): { range: [number, number]; text: string } {
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

function relatedOf(r: RelatedPlace, source: SourceText, say: (m: MessageRef) => string) {
  const src = r.source ?? source;
  const [s, e] = resolvePlace(r, src);
  return {
    ...(r.filePath ? { filePath: r.filePath } : {}),
    position: src.position(s, e),
    ...(r.messageId !== undefined ? { message: say({ messageId: r.messageId, ...(r.data ? { data: r.data } : {}) }) } : {}),
  };
}
