/**
 * The place a front end gave a finding (LintMessage.location) in words, for
 * every output people read: "第12段", "第3页", "文档中第2个表格第3行第5列"
 * (English with --locale en). A table cell never reads "表2": the template's
 * tables are 表二/表三/表四 in every message, so the document's own count is
 * said as "第2个表格", and when the model knows which template table it is,
 * that name leads: "表三（文档中第2个表格）第25行第7列". Formatters show a message
 * through `messageText`; the json format keeps the message and the location apart.
 */
import { format, t, type Locale } from '../i18n.js';
import type { DocLocation, LintMessage } from '../results.js';

export const MESSAGES = {
  paragraph: t('第{{paragraph}}段', 'paragraph {{paragraph}}'),
  page: t('第{{page}}页', 'page {{page}}'),
  cell: t('文档中第{{table}}个表格第{{row}}行第{{column}}列', "the document's table {{table}}, row {{row}}, column {{column}}"),
  templateCell: t('{{name}}（文档中第{{table}}个表格）第{{row}}行第{{column}}列', "{{name}} (the document's table {{table}}), row {{row}}, column {{column}}"),
  active: t('表二', 'table 二'),
  applications: t('表三', 'table 三'),
  review: t('表四', 'table 四'),
  legacy: t('附表', 'the 附表'),
  located: t('{{message}}（{{place}}）', '{{message}} ({{place}})'),
};

/** The place in words: "第12段" / "第3页" / "文档中第2个表格第3行第5列" / "表三（文档中第2个表格）第25行第7列", or in English. */
export function locationWords(location: DocLocation, locale: Locale): string {
  if ('paragraph' in location) return format(MESSAGES, 'paragraph', location, locale);
  if ('page' in location) return format(MESSAGES, 'page', location, locale);
  const { table, row, column, template } = location;
  if (template === undefined) return format(MESSAGES, 'cell', { table, row, column }, locale);
  return format(MESSAGES, 'templateCell', { name: format(MESSAGES, template, {}, locale), table, row, column }, locale);
}

/** The message as people read it: with its place in words after it when the front end gave one. */
export function messageText(m: LintMessage, locale: Locale): string {
  if (!m.location) return m.message;
  return format(MESSAGES, 'located', { message: m.message, place: locationWords(m.location, locale) }, locale);
}
