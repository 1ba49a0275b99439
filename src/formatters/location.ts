/**
 * The place a front end gave a finding (LintMessage.location) in words, for
 * every output people read: "第12段", "第3页", "表2第3行第5列" (English with
 * --locale en). Formatters show a message through `messageText`; the json
 * format keeps the message and the location apart.
 */
import { format, t, type Locale } from '../i18n.js';
import type { DocLocation, LintMessage } from '../results.js';

export const MESSAGES = {
  paragraph: t('第{{paragraph}}段', 'paragraph {{paragraph}}'),
  page: t('第{{page}}页', 'page {{page}}'),
  cell: t('表{{table}}第{{row}}行第{{column}}列', 'table {{table}}, row {{row}}, column {{column}}'),
  located: t('{{message}}（{{place}}）', '{{message}} ({{place}})'),
};

/** The place in words: "第12段" / "第3页" / "表2第3行第5列", or "paragraph 12" / "page 3" / "table 2, row 3, column 5". */
export function locationWords(location: DocLocation, locale: Locale): string {
  const id = 'paragraph' in location ? 'paragraph' : 'page' in location ? 'page' : 'cell';
  return format(MESSAGES, id, location, locale);
}

/** The message as people read it: with its place in words after it when the front end gave one. */
export function messageText(m: LintMessage, locale: Locale): string {
  if (!m.location) return m.message;
  return format(MESSAGES, 'located', { message: m.message, place: locationWords(m.location, locale) }, locale);
}
