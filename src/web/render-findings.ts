/**
 * The findings list, grouped by severity (errors, warnings, information),
 * and the filter bar (rule and severity) above it. Every finding carries the
 * stable attributes the end-to-end test reads: data-testid="finding",
 * data-rule, data-severity, data-line, data-column.
 */
import type { Rule } from '../engine/types.js';
import { locationWords } from '../formatters/location.js';
import type { LintMessage, SeverityNumber } from '../results.js';
import { h } from './dom.js';
import type { Quote } from './html-view.js';
import { localeOf, severityName, type Lang, type Texts } from './i18n.js';

/** What the filters let through: one rule id (or all), and the severities shown. */
export interface Filters {
  rule: string;
  severities: Set<SeverityNumber>;
}

export const ALL_RULES = '*';
const ORDER: SeverityNumber[] = [2, 1, 3];

/** Whether a finding passes the filters. */
export function shown(m: LintMessage, filters: Filters): boolean {
  return filters.severities.has(m.severity) && (filters.rule === ALL_RULES || (m.ruleId ?? '') === filters.rule);
}

/** The title of a rule in the page language, or the "parse problem" label for findings of no rule. */
export function ruleTitle(rules: Record<string, Rule<any>>, id: string | null, lang: Lang, t: Texts): string {
  const rule = id ? rules[id] : undefined;
  return rule ? rule.meta.title[lang] : id ?? t.unknownRule;
}

/** Where a finding is, in words: the Word paragraph or cell (or PDF page), else line and column. */
export function placeOf(m: LintMessage, lang: Lang, t: Texts): string {
  return m.location ? locationWords(m.location, localeOf(lang)) : t.at(m.line, m.column);
}

/** The words of a finding in the report (with a little text around them), when they can be shown. */
export type QuoteOf = (m: LintMessage) => Quote | undefined;

/** The list of findings that pass the filters, grouped by severity; indices are those of `messages`. */
export function renderFindings(messages: LintMessage[], filters: Filters, rules: Record<string, Rule<any>>, lang: Lang, t: Texts, quote?: QuoteOf): HTMLElement {
  const root = h('div', { class: 'findings', 'data-testid': 'findings' });
  if (messages.length === 0) {
    root.append(h('p', { class: 'all-clear' }, '✓ ', t.noFindings));
    return root;
  }
  for (const severity of ORDER) {
    const items = messages.map((m, index) => ({ m, index })).filter(({ m }) => m.severity === severity && shown(m, filters));
    if (items.length === 0) continue;
    const name = severityName(severity);
    root.append(
      h('section', { class: `group group-${name}` },
        h('h3', {}, h('span', { class: `dot dot-${name}` }), `${t.severity[severity]}${t.count(items.length)}`),
        h('ol', {}, ...items.map(({ m, index }) => findingItem(m, index, rules, lang, t, quote?.(m)))),
      ),
    );
  }
  if (!root.firstChild) root.append(h('p', { class: 'muted' }, t.noneShown));
  return root;
}

/**
 * One finding: severity, place, rule title and id, message, the quoted words
 * of the report (so a print-out says what is wrong where, not only "第8行第27列"),
 * and a button that opens the rule's explanation (in the page, offline).
 */
function findingItem(m: LintMessage, index: number, rules: Record<string, Rule<any>>, lang: Lang, t: Texts, quote: Quote | undefined): HTMLElement {
  const name = severityName(m.severity);
  const rule = m.ruleId ? rules[m.ruleId] : undefined;
  return h('li', {
      class: `finding sev-${name}`,
      'data-testid': 'finding',
      'data-rule': m.ruleId ?? '',
      'data-severity': name,
      'data-line': m.line,
      'data-column': m.column,
      'data-index': index,
      tabindex: 0,
    },
    h('div', { class: 'f-head' },
      h('span', { class: `badge badge-${name}` }, t.severity[m.severity]),
      h('span', { class: 'f-title' }, ruleTitle(rules, m.ruleId, lang, t)),
      m.ruleId ? h('code', { class: 'f-id' }, m.ruleId) : null,
    ),
    h('div', { class: 'f-msg' }, m.message),
    quote && quote.marked.trim()
      ? h('blockquote', { class: 'f-quote', 'data-testid': 'quote' }, quote.cutBefore ? '…' : '', quote.before, h('mark', {}, quote.marked), quote.after, quote.cutAfter ? '…' : '')
      : null,
    h('div', { class: 'f-foot' },
      h('span', { class: 'f-place' }, placeOf(m, lang, t)),
      rule && m.ruleId ? h('button', { type: 'button', class: 'f-doc', 'data-doc': m.ruleId, title: rule.meta.description[lang] }, t.ruleDocs) : null,
    ),
  );
}

/** The filter bar: a rule menu with counts and one check box per severity with its count. */
export function renderFilters(messages: LintMessage[], filters: Filters, rules: Record<string, Rule<any>>, lang: Lang, t: Texts, onChange: () => void): HTMLElement {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.ruleId ?? '', (counts.get(m.ruleId ?? '') ?? 0) + 1);
  const select = h('select', { 'data-testid': 'rule-filter', 'aria-label': t.ruleFilter },
    h('option', { value: ALL_RULES }, `${t.allRules}${t.count(messages.length)}`),
    ...[...counts].map(([id, n]) => h('option', { value: id, selected: id === filters.rule }, `${ruleTitle(rules, id || null, lang, t)}${t.count(n)}`)),
  );
  select.addEventListener('change', () => {
    filters.rule = select.value;
    onChange();
  });
  const boxes = ORDER.map((severity) => {
    const name = severityName(severity);
    const box = h('input', { type: 'checkbox', 'data-testid': `severity-${name}`, checked: filters.severities.has(severity) });
    box.addEventListener('change', () => {
      if (box.checked) filters.severities.add(severity);
      else filters.severities.delete(severity);
      onChange();
    });
    const n = messages.filter((m) => m.severity === severity).length;
    return h('label', { class: `check check-${name}` }, box, `${t.severity[severity]} ${n}`);
  });
  return h('div', { class: 'filters' },
    h('label', { class: 'field' }, h('span', {}, t.ruleFilter), select),
    h('span', { class: 'field' }, h('span', {}, t.severityFilter), ...boxes),
  );
}
