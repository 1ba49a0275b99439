/**
 * Shared pieces of the per-rule tests: lint a text or a fixture with one rule,
 * list every seed and corpus fixture, and run a rule's doc examples (正例 must be
 * clean, 反例 must give exactly its findings) without the rule being registered.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import type { Rule } from '../../src/engine/types.js';
import type { LintMessage } from '../../src/results.js';
import { parseDoc } from './docs.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Every seed and corpus report (relative to fixtures/), text and Markdown, plus the HTML copies. */
export const FIXTURES = [
  ...readdirSync(join(ROOT, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`),
  ...readdirSync(join(ROOT, 'fixtures/corpus')).filter((f) => /^r\d+\.(?:txt|md)$/.test(f)).map((f) => `corpus/${f}`),
  ...readdirSync(join(ROOT, 'fixtures/corpus/html')).filter((f) => f.endsWith('.html')).map((f) => `corpus/html/${f}`),
];

export const readFixture = (rel: string): string => readFileSync(join(ROOT, 'fixtures', rel), 'utf8');

export function linter(id: string, rule: Rule<any>) {
  return (text: string, filePath = 'example.txt', options?: Record<string, unknown>): LintMessage[] =>
    lintText({ filePath, text }, { rules: { [id]: rule }, ...(options ? { config: { rules: { [id]: [rule.meta.severity, options] } } } : {}) }).messages;
}

export const places = (messages: LintMessage[]): string[] => messages.map((m) => `${m.line}:${m.column}`);

/** Runs docs/rules/<id>.md: metadata, 正例 clean, 反例 with exactly the listed findings. */
export function describeDoc(id: string, rule: Rule<any>): void {
  describe(`${id} documentation`, () => {
    const doc = parseDoc(id, join(ROOT, 'docs/rules', `${id}.md`));
    it('has the id and title and both kinds of example', () => {
      expect(doc.content).toContain(`# ${id}`);
      expect(doc.content).toContain(rule.meta.title.zh);
      expect(doc.examples.some((e) => e.kind === '正例')).toBe(true);
      expect(doc.examples.some((e) => e.kind === '反例' && e.findings.length > 0)).toBe(true);
    });
    for (const example of doc.examples) {
      it(`${example.kind} at line ${example.at}`, () => {
        const result = lintText(
          { filePath: example.file, text: example.text },
          { rules: { [id]: rule }, config: { rules: { [id]: [rule.meta.severity, example.options] } }, only: [id] },
        );
        if (example.kind === '正例') return expect(places(result.messages)).toEqual([]);
        expect(places(result.messages)).toEqual(example.findings.map((f) => `${f.line}:${f.column}`));
        example.findings.forEach((f, i) => f.text && expect(result.messages[i]!.message).toContain(f.text));
      });
    }
  });
}
