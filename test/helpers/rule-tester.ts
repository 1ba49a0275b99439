/**
 * Tables of valid and invalid reports for one rule, in the shape of ESLint's
 * RuleTester: a valid report gives no finding; an invalid one gives exactly
 * its findings, written as the rule docs write them
 * ("line:column-endLine:endColumn message"), optionally in English too, and
 * `output` is the text after applying the fixes once.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix.js';
import { lintText } from '../../src/lint.js';
import type { LintMessage } from '../../src/results.js';
import type { Locale, Rule } from '../../src/rule-kit.js';

export interface ValidCase {
  /** The name of the test (default: the first line of the text). */
  name?: string;
  text: string;
  /** The file name, which picks the front end (default example.txt). */
  file?: string;
  /** Options of the rule. */
  options?: Record<string, unknown>;
  /**
   * Stretches of the text its reader could not be sure of (the first occurrence of `at`): every table cell there
   * carries the note, as a front end leaves it on a cell it guessed.
   */
  uncertain?: { at: string; zh: string; en: string }[];
}

export interface InvalidCase extends ValidCase {
  /** Every finding, in order: "line:column-endLine:endColumn message". */
  findings: string[];
  /** The same findings with --locale en. */
  english?: string[];
  /** The text after the fixes are applied (once); omit when nothing is fixable. */
  output?: string;
}

/** Findings as the docs and the tester write them. */
export const written = (messages: LintMessage[]): string[] =>
  messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`);

function lint(rule: Rule<any>, c: ValidCase, locale: Locale = 'zh-CN'): LintMessage[] {
  const id = rule.meta.id;
  const config = c.options ? { rules: { [id]: [rule.meta.severity, c.options] as [typeof rule.meta.severity, Record<string, unknown>] } } : {};
  const uncertain = (c.uncertain ?? []).map(({ at, zh, en }) => {
    const start = c.text.indexOf(at);
    expect(start, at).toBeGreaterThanOrEqual(0);
    return { start, end: start + at.length, message: { zh, en } };
  });
  const input = { filePath: c.file ?? 'example.txt', text: c.text, ...(uncertain.length ? { uncertain } : {}) };
  const messages = lintText(input, { rules: { [id]: rule }, locale, config }).messages;
  for (const m of messages) expect(m.ruleId, m.message).toBe(id);
  return messages;
}

const nameOf = (c: ValidCase) => c.name ?? c.text.split('\n').find((l) => l.trim())!.slice(0, 40);

export function testRule(rule: Rule<any>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id}: valid`, () => {
    for (const c of cases.valid) it(nameOf(c), () => expect(written(lint(rule, c))).toEqual([]));
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const c of cases.invalid) {
      it(nameOf(c), () => {
        const messages = lint(rule, c);
        expect(written(messages)).toEqual(c.findings);
        if (c.english) expect(written(lint(rule, c, 'en'))).toEqual(c.english);
        const { output } = applyFixes(c.text, messages);
        expect(output).toBe(c.output ?? c.text);
      });
    }
  });
}
