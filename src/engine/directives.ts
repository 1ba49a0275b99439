/**
 * Inline disable comments, read from the source text of any input format
 * (Markdown, HTML and plain text alike):
 *
 *     <!-- report-lint-disable -->                      every rule from here on
 *     <!-- report-lint-disable rule-a, rule-b -->       these rules from here on
 *     <!-- report-lint-enable -->  / … rule-a -->       back on (all / these)
 *     <!-- report-lint-disable-next-line rule-a -->     the next line with text only
 *                                                       (blank lines and other directive lines are skipped)
 *
 * Text after ` -- ` inside the comment is a free explanation. Findings of a
 * disabled rule that start in a disabled stretch are dropped after the rules
 * ran. A rule id the tool does not know is reported as a warning of the tool
 * (ruleId null), as are directives that hid nothing when asked for.
 */
import { SourceText } from '../ast/source.js';
import type { LintMessage } from '../results.js';
import { format, t, type Locale } from '../i18n.js';
import { didYouMean } from '../text/suggest.js';

/** The warnings about directive comments. */
export const MESSAGES = {
  unknownRule: t('{{comment}} 注释中的规则“{{id}}”不存在', 'Unknown rule "{{id}}" in a {{comment}} comment'),
  unknownRuleSuggest: t(
    '{{comment}} 注释中的规则“{{id}}”不存在（是不是“{{suggestion}}”？）',
    'Unknown rule "{{id}}" in a {{comment}} comment (did you mean "{{suggestion}}"?)',
  ),
  unused: t('没有用到的 {{comment}} 注释（没有屏蔽任何问题）', 'Unused {{comment}} comment (no findings were hidden)'),
  unusedForRule: t('没有用到的 {{comment}} 注释（没有屏蔽规则“{{id}}”的问题）', 'Unused {{comment}} comment (no findings of "{{id}}" were hidden)'),
};

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** The rule ids named; empty means every rule. */
  ruleIds: string[];
  /** Source offsets of the whole comment, end exclusive. */
  range: [number, number];
}

/**
 * One directive comment on one line. The run before `-->` excludes `<` and
 * `>`, so the runs of two match attempts never overlap and the scan is linear.
 */
const DIRECTIVE = /<!--[ \t]*report-lint-(disable-next-line|disable|enable)(?=[ \t]|-->)([^<>\r\n]*)-->/g;

/** Every directive comment of the text, in source order. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('report-lint-')) return [];
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const body = m[2]!.split(/(?:^|\s)--(?:\s|$)/)[0]!;
    const ruleIds = body.split(/[\s,，、]+/).filter((id) => id !== '');
    out.push({ kind: m[1] as DirectiveKind, ruleIds, range: [m.index, m.index + m[0].length] });
  }
  return out;
}

/**
 * The text with every directive comment replaced by spaces of the same
 * length, so a plain-text front end does not read the comments as report
 * text while every offset stays the same.
 */
export function maskDirectives(text: string): string {
  if (!text.includes('report-lint-')) return text;
  return text.replace(DIRECTIVE, (m) => ' '.repeat(m.length));
}

export interface DirectiveOptions {
  /** True for a rule id the tool knows. */
  isKnownRule: (id: string) => boolean;
  /** The known rule ids, for a did-you-mean when a comment names an unknown one. */
  knownRules?: readonly string[];
  locale?: Locale;
  /** Also warn about directives (or rule ids in them) that hid no finding. */
  reportUnused?: boolean;
}

interface Disabler {
  directive: Directive;
  /** The rule id named in the directive, or null for a blanket directive. */
  ruleId: string | null;
}

const key = (d: Disabler) => `${d.directive.range[0]}\u0000${d.ruleId ?? ''}`;

/**
 * The messages without those hidden by directives, plus the tool's warnings
 * about the directives, ordered by position. Messages without a rule id are
 * never hidden.
 */
export function applyDirectives(text: string, messages: LintMessage[], options: DirectiveOptions): LintMessage[] {
  const directives = parseDirectives(text);
  if (directives.length === 0) return messages;
  const source = new SourceText(text);
  const offsetOf = (m: LintMessage) => m.range?.[0] ?? source.offset(m.line, m.column);

  // Blocks: sweep directives and messages in source order, tracking what is off.
  const order = messages.map((m, i) => ({ m, i, at: offsetOf(m) })).sort((a, b) => a.at - b.at || a.i - b.i);
  const blocks = directives.filter((d) => d.kind !== 'disable-next-line');
  const hidden = new Set<LintMessage>();
  const used = new Set<string>();
  let all: Disabler | null = null;
  const off = new Map<string, Disabler>(); // rules off while `all` is null
  const on = new Set<string>(); // rules back on while `all` is set
  let next = 0;
  for (const { m, at } of order) {
    while (next < blocks.length && blocks[next]!.range[0] <= at) {
      const d = blocks[next++]!;
      if (d.kind === 'disable' && d.ruleIds.length === 0) {
        all = { directive: d, ruleId: null };
        on.clear();
      } else if (d.kind === 'disable') {
        for (const id of d.ruleIds) {
          if (all) on.delete(id);
          else off.set(id, { directive: d, ruleId: id });
        }
      } else if (d.ruleIds.length === 0) {
        all = null;
        off.clear();
        on.clear();
      } else {
        for (const id of d.ruleIds) {
          if (all) on.add(id);
          else off.delete(id);
        }
      }
    }
    if (m.ruleId === null) continue;
    const by = all ? (on.has(m.ruleId) ? undefined : all) : off.get(m.ruleId);
    if (by) {
      hidden.add(m);
      used.add(key(by));
    }
  }

  // Next-line directives: the next line after the comment with any non-blank text.
  for (const d of directives.filter((x) => x.kind === 'disable-next-line')) {
    const target = nextNonBlankLine(source, source.point(d.range[1]).line);
    for (const m of messages) {
      if (m.ruleId === null || m.line !== target) continue;
      const named = d.ruleIds.length === 0 || d.ruleIds.includes(m.ruleId);
      if (!named) continue;
      hidden.add(m);
      used.add(key({ directive: d, ruleId: d.ruleIds.length === 0 ? null : m.ruleId }));
    }
  }

  const notes: LintMessage[] = [];
  const note = (d: Directive, messageId: keyof typeof MESSAGES, id?: string, suggestion?: string) => {
    const start = source.point(d.range[0]);
    const end = source.point(d.range[1]);
    const data = { comment: `report-lint-${d.kind}`, ...(id !== undefined ? { id } : {}), ...(suggestion !== undefined ? { suggestion } : {}) };
    const message = format(MESSAGES, messageId, data, options.locale ?? 'zh-CN');
    notes.push({ ruleId: null, severity: 1, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, range: d.range });
  };
  for (const d of directives) {
    for (const id of d.ruleIds.filter((x) => !options.isKnownRule(x))) {
      const suggestion = options.knownRules ? didYouMean(id, options.knownRules) : undefined;
      if (suggestion === undefined) note(d, 'unknownRule', id);
      else note(d, 'unknownRuleSuggest', id, suggestion);
    }
    if (!options.reportUnused || d.kind === 'enable') continue;
    if (d.ruleIds.length === 0 && !used.has(key({ directive: d, ruleId: null }))) note(d, 'unused');
    for (const id of d.ruleIds.filter((x) => options.isKnownRule(x) && !used.has(key({ directive: d, ruleId: x })))) {
      note(d, 'unusedForRule', id);
    }
  }

  const kept = messages.filter((m) => !hidden.has(m));
  if (notes.length === 0) return kept;
  return [...kept, ...notes].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The first line after `line` with text other than blanks and directive comments; 0 when there is none. */
function nextNonBlankLine(source: SourceText, line: number): number {
  for (let l = line + 1; l <= source.lineCount; l++) {
    if (source.line(l).replace(DIRECTIVE, '').trim() !== '') return l;
  }
  return 0;
}
