/**
 * Extract records as CSV: one row per report under a fixed header that does
 * not depend on the data, RFC 4180 quoting, CRLF line ends and a UTF-8 byte
 * order mark (so spreadsheet programs read the Chinese correctly). The
 * column list is documented in docs/extract.md. Pure — no Node APIs.
 */
import { APPLICATION_COLUMNS, OTHER_ROWS_2019, OTHER_ROWS_2021, REVIEW_COLUMNS, REVIEW_GROUPS, applicationRowKeys, type ExtractCell, type ExtractRecord } from './record.js';

/** Table-三 rows of both templates: `other` (2019 trial) and `other_1..3` (2021) each get their columns. */
const APPLICATION_ROWS = applicationRowKeys('2019').flatMap((key) => (key === OTHER_ROWS_2019[0] ? [key, ...OTHER_ROWS_2021] : [key]));

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

const INFO_COLUMNS = ['filePath', 'title', 'agency', 'year', 'template', 'period_start', 'period_end', 'published'] as const;

/** The CSV header, in order. */
export const CSV_COLUMNS: readonly string[] = [
  ...INFO_COLUMNS,
  ...APPLICATION_ROWS.flatMap((row) => APPLICATION_COLUMNS.map((col) => `applications.${row}.${col}`)),
  ...REVIEW_GROUPS.flatMap((group) => REVIEW_COLUMNS.map((col) => `review.${group}.${col}`)),
  ...ACTIVE_CSV_ROWS.flatMap(([key, width]) => Array.from({ length: width }, (_, i) => `active.${key}.${i}`)),
  'legacy',
  'uncertain',
];

/** The values of one record, in the order of CSV_COLUMNS (null for an empty field). */
export function csvRow(record: ExtractRecord): ExtractCell[] {
  const { tables } = record;
  const out: ExtractCell[] = [
    record.filePath,
    record.title,
    record.agency,
    record.year,
    record.template,
    record.period?.start ?? null,
    record.period?.end ?? null,
    record.published,
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

/** The whole CSV document: BOM, header line, one line per record, every line ended by CRLF. */
export function toCsv(records: readonly ExtractRecord[]): string {
  const lines = [CSV_COLUMNS.map(csvField), ...records.map((r) => csvRow(r).map(csvField))];
  return '\uFEFF' + lines.map((fields) => fields.join(',') + '\r\n').join('');
}
