/**
 * Shared pieces of the per-rule tests: lint a text or a fixture with one rule and
 * list every seed and corpus fixture. The rules' doc examples run in test/docs.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/lint.js';
import type { Rule } from '../../src/engine/types.js';
import type { LintMessage } from '../../src/results.js';

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

/** "line:column" of the first occurrence of `needle` in `text` (plus `offset` characters). */
export function at(text: string, needle: string, offset = 0): string {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, i + offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}
