import { describe, expect, it } from 'vitest';
import { lintReports } from '../src/lint.js';
import { rules } from '../rules/index.js';
import { ruleUrl } from '../src/engine/docs.js';
import { readRuleDocs, type Finding } from './helpers/docs.js';
import type { Locale, RuleSetting } from '../src/engine/types.js';
import type { LintMessage } from '../src/results.js';

const docs = readRuleDocs();

describe('rule documentation', () => {
  it('every rule has a doc and every doc names a rule', () => {
    expect(docs.map((d) => d.id).sort()).toEqual(Object.keys(rules).sort());
  });

  for (const doc of docs) {
    describe(doc.id, () => {
      const rule = rules[doc.id]!;
      it('has metadata that matches its doc', () => {
        expect(rule.meta.id).toBe(doc.id);
        expect(doc.content).toContain(`# ${doc.id}`);
        expect(doc.content).toContain(rule.meta.title.zh);
        expect(ruleUrl(doc.id)).toMatch(new RegExp(`/docs/rules/${doc.id}\\.md$`));
      });

      it('has at least one 正例 and one 反例', () => {
        expect(doc.examples.some((e) => e.kind === '正例')).toBe(true);
        expect(doc.examples.some((e) => e.kind === '反例' && e.findings.length > 0)).toBe(true);
      });

      it('gives at least one 反例 in English too', () => {
        expect(doc.examples.some((e) => e.english && e.english.length > 0)).toBe(true);
      });

      for (const example of doc.examples) {
        it(`${example.kind} at line ${example.at}`, () => {
          const inputs = [...example.context.map((c) => ({ filePath: c.file, text: c.text })), { filePath: example.file, text: example.text }];
          const lint = (locale: Locale) => {
            const options = { rules, locale, config: { rules: { [doc.id]: [rule.meta.severity, example.options] as RuleSetting } }, only: [doc.id] };
            return lintReports(inputs, options).at(-1)!.messages;
          };
          const found = (messages: LintMessage[]) => messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`);
          const written = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);
          const messages = lint('zh-CN');
          if (example.kind === '正例') {
            expect(found(messages)).toEqual([]);
            return;
          }
          expect(found(messages)).toEqual(written(example.findings));
          for (const m of messages) expect(m.ruleId).toBe(doc.id);
          if (example.english) expect(found(lint('en'))).toEqual(written(example.english));
        });
      }
    });
  }
});

describe('README', () => {
  it('lists every rule with a link to its doc, in catalogue order', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const listed = [...readme.matchAll(/^\| \[([a-z-]+)\]\(docs\/rules\/\1\.md\) \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(listed).toEqual(Object.values(rules).map((r) => [r.meta.id, r.meta.severity]));
  });
});
