/**
 * The place a front end gave a finding (LintMessage.location) in words, for
 * every output people read: "第12段", "第3页", "表2第3行第5列" (English with
 * --locale en). Formatters show a message through `messageText`; the json
 * format keeps the message and the location apart.
 */
import type { DocLocation, FormatterContext, LintMessage } from '../results.js';

type Locale = FormatterContext['locale'];

/** The place in words: "第12段" / "第3页" / "表2第3行第5列", or "paragraph 12" / "page 3" / "table 2, row 3, column 5". */
export function locationWords(location: DocLocation, locale: Locale): string {
  const en = locale === 'en';
  if ('paragraph' in location) return en ? `paragraph ${location.paragraph}` : `第${location.paragraph}段`;
  if ('page' in location) return en ? `page ${location.page}` : `第${location.page}页`;
  const { table, row, column } = location;
  return en ? `table ${table}, row ${row}, column ${column}` : `表${table}第${row}行第${column}列`;
}

/** The message as people read it: with its place in words after it when the front end gave one. */
export function messageText(m: LintMessage, locale: Locale): string {
  if (!m.location) return m.message;
  const words = locationWords(m.location, locale);
  return locale === 'en' ? `${m.message} (${words})` : `${m.message}（${words}）`;
}
