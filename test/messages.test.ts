/**
 * Every message a rule reports is declared in its `meta.messages`, in Chinese
 * and in English with the same placeholders, and is used by the rule; a
 * quotation from the report in a message is kept to a readable length.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { bounded, format, MAX_VALUE, placeholders, t } from '../src/i18n.js';
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

describe('quotations in messages', () => {
  const messages = { row: t('表三“{{row}}”为空', 'table 三, “{{row}}” is blank'), note: t('{{note}}', '{{note}}') };

  it('keep a label of ordinary length whole', () => {
    expect(format(messages, 'row', { row: '（一）予以公开' }, 'zh-CN')).toBe('表三“（一）予以公开”为空');
  });

  it(`keep the start and end of a quotation longer than ${MAX_VALUE} characters, never splitting a character`, () => {
    const label = `编制说明：${'本年度报告根据条例编制'.repeat(400)}附表𠀀`;
    const message = format(messages, 'row', { row: label }, 'en');
    const quoted = message.slice('table 三, “'.length, -'” is blank'.length);
    expect(Array.from(quoted)).toHaveLength(MAX_VALUE - 9);
    expect(quoted.startsWith('编制说明：本年度报告')).toBe(true);
    expect(quoted.endsWith('本年度报告根据条例编制附表𠀀')).toBe(true);
    expect(quoted).toContain('…');
    expect(bounded('a'.repeat(MAX_VALUE))).toBe('a'.repeat(MAX_VALUE));
    expect(bounded(`${'a'.repeat(149)}𠀀${'b'.repeat(60)}`)).toBe(`${'a'.repeat(149)}𠀀…${'b'.repeat(40)}`);
  });

  it("leave a rule's own wording (a Text) whole, however long", () => {
    const note = t('甲'.repeat(1000), 'a'.repeat(1000));
    expect(format(messages, 'note', { note }, 'zh-CN')).toBe('甲'.repeat(1000));
  });
});
