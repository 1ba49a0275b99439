/**
 * Every message a rule reports is declared in its `meta.messages`, in Chinese
 * and in English with the same placeholders, and is used by the rule.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { placeholders } from '../src/i18n.js';
import { MESSAGES as ENGINE_MESSAGES } from '../src/engine/engine.js';
import { MESSAGES as CONFIG_MESSAGES } from '../src/engine/config.js';
import { MESSAGES as DIRECTIVE_MESSAGES } from '../src/engine/directives.js';
import { MESSAGES as LOCATION_MESSAGES } from '../src/formatters/location.js';

const RULES = join(import.meta.dirname, '..', 'rules');

/** The source of a rule: its file and the files of its own folder (helpers beside it). */
function sourceOf(id: string): string {
  const dir = join(RULES, id);
  const helpers = existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  return [readFileSync(join(RULES, `${id}.ts`), 'utf8'), ...helpers].join('\n');
}

function expectBilingual(messages: Record<string, { zh: string; en: string }>) {
  for (const [id, text] of Object.entries(messages)) {
    expect(text.zh.trim(), `${id}: Chinese`).not.toBe('');
    expect(text.en.trim(), `${id}: English`).not.toBe('');
    expect(placeholders(text.en), `${id}: the same placeholders in both languages`).toEqual(placeholders(text.zh));
  }
}

describe('rule messages', () => {
  for (const [id, rule] of Object.entries(rules)) {
    describe(id, () => {
      it('declares every message in Chinese and English with the same placeholders', () => {
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        expectBilingual(rule.meta.messages);
      });

      it('uses every message it declares', () => {
        const source = sourceOf(id);
        for (const messageId of Object.keys(rule.meta.messages)) {
          expect(source, `${messageId} is never reported`).toMatch(new RegExp(`['"]${messageId}['"]`));
        }
      });
    });
  }
});

describe('the messages of the tool itself', () => {
  it('exist in both languages with the same placeholders', () => {
    for (const messages of [ENGINE_MESSAGES, CONFIG_MESSAGES, DIRECTIVE_MESSAGES, LOCATION_MESSAGES]) expectBilingual(messages);
  });
});
