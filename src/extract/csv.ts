/**
 * Extract records as CSV: one row per report under a fixed header that does
 * not depend on the data, RFC 4180 quoting, CRLF line ends and a UTF-8 byte
 * order mark (so spreadsheet programs read the Chinese correctly). The header
 * is in the template's words by default ("表三/本年新收/自然人"), or the
 * machine keys ("applications.new.natural") on request; the column list is
 * documented in docs/extract.md. Reports come first, files that are not
 * reports after them. Pure — no Node APIs.
 */
import { pick, type Locale } from '../i18n.js';
import { indicators, INDICATOR_NAMES, INDICATORS } from './indicators.js';
import { APPLICATION_COLUMNS, OTHER_ROWS_2019, OTHER_ROWS_2021, REVIEW_COLUMNS, REVIEW_GROUPS, applicationRowKeys, type ExtractCell, type ExtractRecord } from './record.js';
import {
  ACTIVE_ROW_WORDS,
  activeColumnPath,
  APPLICATION_COLUMN_WORDS,
  applicationRowPath,
  REVIEW_COLUMN_WORDS,
  REVIEW_GROUP_WORDS,
  TEMPLATE_WORDS,
} from './words.js';

/** Table-三 rows of both templates: `other` (2019 trial) and `other_1..3` (2021) each get their columns. */
export const APPLICATION_ROWS = applicationRowKeys('2019').flatMap((key) => (key === OTHER_ROWS_2019[0] ? [key, ...OTHER_ROWS_2021] : [key]));

/**
 * Table-二 rows and how many value columns each gets, covering both templates
 * (the 2019 trial table has three columns where the 2021 one has one; the
 * `template` column tells which meaning applies).
 */
export const ACTIVE_CSV_ROWS: [key: string, width: number][] = [
  ['rules', 3],
  ['normative', 3],
  ['license', 3],
  ['other_services', 3],
  ['penalty', 3],
  ['enforcement', 3],
  ['fees', 2],
  ['procurement', 2],
];

const INFO_COLUMNS: [key: string, words: string][] = [
  ['filePath', '文件'],
  ['title', '标题'],
  ['agency', '机关'],
  ['year', '年度'],
  ['template', '模板'],
  ['period_start', '统计期限起'],
  ['period_end', '统计期限止'],
  ['published', '发布日期'],
  ['kind', '类型'],
];

/** Every column: its machine key and its header in the template's words. */
const COLUMNS: [key: string, words: string][] = [
  ...INFO_COLUMNS,
  ...INDICATORS.map((key): [string, string] => [key, `指标/${INDICATOR_NAMES[key].zh}`]),
  ...APPLICATION_ROWS.flatMap((row) =>
    APPLICATION_COLUMNS.map((col, c): [string, string] => [`applications.${row}.${col}`, `表三/${applicationRowPath(row)}/${APPLICATION_COLUMN_WORDS[c]}`]),
  ),
  ...REVIEW_GROUPS.flatMap((group) =>
    REVIEW_COLUMNS.map((col, c): [string, string] => [`review.${group}.${col}`, `表四/${REVIEW_GROUP_WORDS[group]}/${REVIEW_COLUMN_WORDS[c]}`]),
  ),
  ...ACTIVE_CSV_ROWS.flatMap(([key, width]) =>
    Array.from({ length: width }, (_, i): [string, string] => [`active.${key}.${i}`, `表二/${ACTIVE_ROW_WORDS[key]}/${activeColumnPath(key, i)}`]),
  ),
  ['legacy', '附表（2019年以前的格式，JSON）'],
  ['uncertain', '需要核对的单元格（JSON）'],
];

/** The machine keys of the columns, in order. */
export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([key]) => key);
/** The Chinese headers of the columns, in order. */
export const CSV_HEADERS: readonly string[] = COLUMNS.map(([, words]) => words);

export interface CsvOptions {
  /** Machine keys as headers and machine values (template "2021", kind "report") instead of words. */
  keys?: boolean;
}

/** The kind of a file in words. */
export const KIND_WORDS: Record<ExtractRecord['kind'], string> = { report: '年度报告', 'not-report': '不是年度报告' };

/** The values of one record, in the order of CSV_COLUMNS (null for an empty field). */
export function csvRow(record: ExtractRecord, options: CsvOptions = {}): ExtractCell[] {
  const { tables } = record;
  const words = !options.keys;
  const rates = indicators(record);
  const out: ExtractCell[] = [
    record.filePath,
    record.title,
    record.agency,
    record.year,
    words && record.template ? TEMPLATE_WORDS[record.template] : record.template,
    record.period?.start ?? null,
    record.period?.end ?? null,
    record.published,
    words ? KIND_WORDS[record.kind] : record.kind,
    ...INDICATORS.map((key) => (rates[key] === null ? null : Math.round(rates[key]! * 10000) / 10000)),
  ];
  for (const row of APPLICATION_ROWS) {
    const cells = tables.applications?.rows[row];
    for (let i = 0; i < APPLICATION_COLUMNS.length; i++) out.push(cells?.[i] ?? null);
  }
  for (const group of REVIEW_GROUPS) {
    const cells = tables.review?.[group];
    for (let i = 0; i < REVIEW_COLUMNS.length; i++) out.push(cells?.[i] ?? null);
  }
  // A table-二 row is looked up by key across the items; the first one found wins.
  const activeRows = (tables.active ?? []).flatMap((item) => item.rows);
  for (const [key, width] of ACTIVE_CSV_ROWS) {
    const cells = activeRows.find((r) => r.key === key)?.cells;
    for (let i = 0; i < width; i++) out.push(cells?.[i] ?? null);
  }
  out.push(tables.legacy ? JSON.stringify(tables.legacy) : null);
  out.push(record.uncertain.length ? JSON.stringify(record.uncertain) : null);
  return out;
}

/** One CSV field: numbers as JSON writes them, null empty, quoted when it holds a comma, quote or line break. */
export function csvField(value: ExtractCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? JSON.stringify(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Reports first, then the files that are not reports, each group in the given order. */
export function reportsFirst(records: readonly ExtractRecord[]): ExtractRecord[] {
  return [...records.filter((r) => r.kind !== 'not-report'), ...records.filter((r) => r.kind === 'not-report')];
}

/** The whole CSV document: BOM, header line, one line per record (reports first), every line ended by CRLF. */
export function toCsv(records: readonly ExtractRecord[], options: CsvOptions = {}): string {
  const header = options.keys ? CSV_COLUMNS : CSV_HEADERS;
  const lines = [header.map(csvField), ...reportsFirst(records).map((r) => csvRow(r, options).map(csvField))];
  return '\uFEFF' + lines.map((fields) => fields.join(',') + '\r\n').join('');
}

/** Whether the CSV/XLSX headers are machine keys: asked with --keys, or implied by --locale en. */
export function wantsKeys(locale: Locale, keys: boolean): boolean {
  return keys || pick({ zh: false, en: true }, locale);
}
