/**
 * Chinese and English, in one place. Every text the tool shows exists in both
 * languages as a `Text`; `pick` chooses by locale (the only place that tests
 * it), and `format` fills the `{{name}}` placeholders of a message template
 * (the syntax of ESLint's rule messages). This module imports nothing, so any
 * layer can use it.
 */

export type Locale = 'zh-CN' | 'en';

/** A text in both languages. */
export interface Text {
  zh: string;
  en: string;
}

/** A text in Chinese and English. */
export function t(zh: string, en: string): Text {
  return { zh, en };
}

/** The text in the language of the locale (Chinese unless English was asked for). */
export function pick<T>(text: { zh: T; en: T }, locale: Locale): T {
  return locale === 'en' ? text.en : text.zh;
}

/**
 * The value of a placeholder: the same in both languages (a string or a
 * number, e.g. a figure or a quotation from the report), a word or phrase
 * in each language, or another message of the same table with its own values.
 */
export type Arg<Id extends string = string> = string | number | Text | Phrase<Id>;
export type Args<Id extends string = string> = Readonly<Record<string, Arg<Id>>>;

/** A message of the table by id, with the values of its placeholders. */
export interface Phrase<Id extends string = string> {
  messageId: Id;
  data?: Args<Id>;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;

/** The placeholder names of a template, sorted, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/**
 * The longest string a placeholder shows, in characters. A string value is a
 * quotation from the report (a Text is the rule's own wording), normally a
 * label or a phrase; a page whose text ran together can make a "label" of
 * thousands of characters, and a message is read by a person (and a report
 * can have tens of thousands of them), so a longer quotation keeps its start
 * and end around "…".
 */
export const MAX_VALUE = 200;
const KEEP_START = 150;
const KEEP_END = 40;

/** `value` within MAX_VALUE characters (code points; a surrogate pair is never split). */
export function bounded(value: string): string {
  if (value.length <= MAX_VALUE) return value;
  const chars = Array.from(value);
  return chars.length <= MAX_VALUE ? value : `${chars.slice(0, KEEP_START).join('')}…${chars.slice(-KEEP_END).join('')}`;
}

/**
 * Message `id` of `messages` in the locale's language with its placeholders
 * filled from `data` (quotations within MAX_VALUE characters). An unknown id
 * or a placeholder without a value throws: both are mistakes in the code that
 * reports, never in the report.
 */
export function format(messages: Readonly<Record<string, Text>>, id: string, data: Args | undefined, locale: Locale): string {
  const template = Object.hasOwn(messages, id) ? messages[id] : undefined;
  if (!template) throw new Error(`unknown message id "${id}"`);
  return pick(template, locale).replace(PLACEHOLDER, (_, name: string) => {
    const value = data && Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined) throw new Error(`message "${id}" has no value for {{${name}}}`);
    if (typeof value !== 'object') return bounded(String(value));
    return 'messageId' in value ? format(messages, value.messageId, value.data, locale) : pick(value, locale);
  });
}

/** Texts joined into one, with a separator for each language (by default “、” and “, ”). */
export function join(items: readonly Text[], separator: Text = { zh: '、', en: ', ' }): Text {
  return { zh: items.map((x) => x.zh).join(separator.zh), en: items.map((x) => x.en).join(separator.en) };
}

/** Message `id` of `messages` in both languages. */
export function both(messages: Readonly<Record<string, Text>>, id: string, data?: Args): Text {
  return { zh: format(messages, id, data, 'zh-CN'), en: format(messages, id, data, 'en') };
}
