/**
 * Extract records as an Excel workbook (exceljs, loaded on first use): a sheet
 * 概况 with one row per report and its indicators, one sheet per standard
 * table (表二, 表三, 表四 with one row per report; 附表 with one row per
 * report row), 问题 with the findings of each report, and — when there are
 * any — the files that are not reports and the expected agencies without a
 * report. Header rows are frozen, numbers are numbers, rates are percentages.
 * Headers are the template's words (表三: the row words over the column words,
 * two header rows), or the machine keys on request (one header row).
 */
import type ExcelJS from 'exceljs';
import { pick, type Locale } from '../i18n.js';
import { locationWords } from '../formatters/location.js';
import type { LintResult } from '../results.js';
import { ACTIVE_CSV_ROWS, APPLICATION_ROWS, KIND_WORDS, reportsFirst } from './csv.js';
import { indicators, INDICATOR_FORMULAS, INDICATOR_NAMES, INDICATORS } from './indicators.js';
import { APPLICATION_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, type ExtractCell, type ExtractRecord } from './record.js';
import { ACTIVE_ROW_WORDS, activeColumnPath, APPLICATION_COLUMN_WORDS, applicationRowPath, REVIEW_COLUMN_WORDS, REVIEW_GROUP_WORDS, TEMPLATE_WORDS } from './words.js';

export interface XlsxInput {
  records: readonly ExtractRecord[];
  /** The findings of the same reports (by filePath), for the 问题 sheet; absent: no such sheet. */
  results?: readonly LintResult[];
  /** Expected agencies without a report for the year (--expect). */
  missing?: readonly { agency: string; year: number | null }[];
  /** Machine keys as headers. */
  keys?: boolean;
  locale: Locale;
}

/** A header: a group spanning several columns over the column's own words (the group may be absent). */
interface Column {
  key: string;
  group?: string;
  words: string;
  width?: number;
  percent?: boolean;
}

const ID_COLUMNS: Column[] = [
  { key: 'filePath', words: '文件', width: 36 },
  { key: 'agency', words: '机关', width: 24 },
  { key: 'year', words: '年度', width: 7 },
  { key: 'template', words: '模板', width: 12 },
];

const idValues = (r: ExtractRecord, keys: boolean): ExtractCell[] => [r.filePath, r.agency, r.year, keys ? r.template : r.template ? TEMPLATE_WORDS[r.template] : null];

/** Writes the workbook and returns the bytes of the .xlsx file. */
export async function toXlsx(input: XlsxInput): Promise<Uint8Array> {
  const { default: Excel } = (await import('exceljs')) as unknown as { default: typeof ExcelJS };
  const book = new Excel.Workbook();
  book.creator = 'report-lint';
  const keys = Boolean(input.keys);
  const ordered = reportsFirst(input.records);
  const reports = ordered.filter((r) => r.kind !== 'not-report');
  const others = ordered.filter((r) => r.kind === 'not-report');
  const resultOf = new Map((input.results ?? []).map((r) => [r.filePath, r]));

  const sheet = (name: string, columns: Column[], rows: ExtractCell[][]) => addSheet(book, name, columns, rows, keys);

  // 概况: the report's data, indicators and counts.
  const overview: Column[] = [
    ...ID_COLUMNS,
    { key: 'title', words: '标题', width: 40 },
    { key: 'period_start', words: '统计期限起', width: 12 },
    { key: 'period_end', words: '统计期限止', width: 12 },
    { key: 'published', words: '发布日期', width: 12 },
    ...INDICATORS.map((key) => ({ key, words: INDICATOR_NAMES[key].zh, width: 11, percent: true })),
    ...(input.results ? [{ key: 'errors', words: '错误', width: 7 }, { key: 'warnings', words: '警告', width: 7 }, { key: 'infos', words: '提示', width: 7 }] : []),
    { key: 'uncertain', words: '需要核对的单元格', width: 10 },
  ];
  sheet(
    '概况',
    overview,
    reports.map((r) => {
      const rates = indicators(r);
      const result = resultOf.get(r.filePath);
      return [
        ...idValues(r, keys),
        r.title,
        r.period?.start ?? null,
        r.period?.end ?? null,
        r.published,
        ...INDICATORS.map((key) => rates[key]),
        ...(input.results ? [result?.errorCount ?? null, result?.warningCount ?? null, result?.infoCount ?? null] : []),
        r.uncertain.length,
      ];
    }),
  );

  // 表二: one row per report, the values of each row of the sub-tables by position.
  const activeColumns: Column[] = ACTIVE_CSV_ROWS.flatMap(([key, width]) =>
    Array.from({ length: width }, (_, i) => ({ key: `active.${key}.${i}`, group: ACTIVE_ROW_WORDS[key], words: activeColumnPath(key, i), width: 12 })),
  );
  sheet(
    '表二',
    [...ID_COLUMNS, ...activeColumns],
    reports.map((r) => {
      const rows = (r.tables.active ?? []).flatMap((item) => item.rows);
      return [...idValues(r, keys), ...ACTIVE_CSV_ROWS.flatMap(([key, width]) => Array.from({ length: width }, (_, i) => rows.find((x) => x.key === key)?.cells[i] ?? null))];
    }),
  );

  // 表三: one row per report, 26 rows × 7 columns.
  const appColumns: Column[] = APPLICATION_ROWS.flatMap((row) =>
    APPLICATION_COLUMNS.map((col, c) => ({ key: `applications.${row}.${col}`, group: applicationRowPath(row), words: APPLICATION_COLUMN_WORDS[c]!, width: 9 })),
  );
  sheet(
    '表三',
    [...ID_COLUMNS, ...appColumns],
    reports.map((r) => [...idValues(r, keys), ...APPLICATION_ROWS.flatMap((row) => APPLICATION_COLUMNS.map((_, c) => r.tables.applications?.rows[row]?.[c] ?? null))]),
  );

  // 表四: one row per report, three groups × five columns.
  const reviewColumns: Column[] = REVIEW_GROUPS.flatMap((group) =>
    REVIEW_COLUMNS.map((col, c) => ({ key: `review.${group}.${col}`, group: REVIEW_GROUP_WORDS[group], words: REVIEW_COLUMN_WORDS[c]!, width: 9 })),
  );
  sheet(
    '表四',
    [...ID_COLUMNS, ...reviewColumns],
    reports.map((r) => [...idValues(r, keys), ...REVIEW_GROUPS.flatMap((group) => REVIEW_COLUMNS.map((_, c) => r.tables.review?.[group][c] ?? null))]),
  );

  // 附表 (before 2019): one row per row of the report's tables.
  const legacyRows = reports.flatMap((r) => (r.tables.legacy ?? []).map((row) => ({ r, row })));
  const legacyWidth = Math.max(1, ...legacyRows.map(({ row }) => row.cells.length));
  sheet(
    '附表',
    [
      ...ID_COLUMNS,
      { key: 'label', words: '项目', width: 40 },
      { key: 'unit', words: '单位', width: 7 },
      ...Array.from({ length: legacyWidth }, (_, i) => ({ key: `cells.${i}`, words: `第${i + 1}个数`, width: 11 })),
    ],
    legacyRows.map(({ r, row }) => [...idValues(r, keys), row.label, row.unit ?? null, ...Array.from({ length: legacyWidth }, (_, i) => row.cells[i] ?? null)]),
  );

  // 问题: every finding of every report.
  if (input.results) {
    const severity = (n: number) => (keys ? ['', 'warning', 'error', 'info'][n]! : ['', '警告', '错误', '提示'][n]!);
    const byPath = new Map(ordered.map((r) => [r.filePath, r]));
    // In the order of the other sheets: by agency, then year.
    const rank = new Map(ordered.map((r, i) => [r.filePath, i]));
    sheet(
      '问题',
      [
        { key: 'filePath', words: '文件', width: 36 },
        { key: 'agency', words: '机关', width: 24 },
        { key: 'year', words: '年度', width: 7 },
        { key: 'line', words: '行', width: 6 },
        { key: 'column', words: '列', width: 6 },
        { key: 'location', words: '位置', width: 16 },
        { key: 'severity', words: '级别', width: 6 },
        { key: 'ruleId', words: '规则', width: 22 },
        { key: 'message', words: '说明', width: 90 },
      ],
      [...input.results].sort((a, b) => (rank.get(a.filePath) ?? Infinity) - (rank.get(b.filePath) ?? Infinity)).flatMap((result) =>
        result.messages.map((m) => [
          result.filePath,
          byPath.get(result.filePath)?.agency ?? null,
          byPath.get(result.filePath)?.year ?? null,
          m.line,
          m.column,
          m.location ? locationWords(m.location, input.locale) : null,
          severity(m.severity),
          m.ruleId,
          m.message,
        ]),
      ),
    );
  }

  if (others.length) {
    sheet(
      '不是年度报告',
      [
        { key: 'filePath', words: '文件', width: 36 },
        { key: 'title', words: '标题', width: 40 },
        { key: 'kind', words: '类型', width: 14 },
      ],
      others.map((r) => [r.filePath, r.title, keys ? r.kind : KIND_WORDS[r.kind]]),
    );
  }
  if (input.missing) {
    sheet(
      '未见报告',
      [
        { key: 'agency', words: '机关', width: 30 },
        { key: 'year', words: '年度', width: 7 },
      ],
      input.missing.map((m) => [m.agency, m.year]),
    );
  }

  // 说明: what the indicators are.
  const notes = book.addWorksheet('说明');
  notes.columns = [{ width: 14 }, { width: 90 }];
  notes.addRow([pick({ zh: '指标', en: 'indicator' }, input.locale), pick({ zh: '计算方法', en: 'formula' }, input.locale)]).font = { bold: true };
  for (const key of INDICATORS) notes.addRow([pick(INDICATOR_NAMES[key], input.locale), pick(INDICATOR_FORMULAS[key], input.locale)]);
  notes.addRow([]);
  notes.addRow([pick({ zh: '说明', en: 'note' }, input.locale), pick({ zh: '缺少某个数、数值需要核对或分母为零时，该指标留空。', en: 'An indicator is empty when a value is missing, needs checking, or the denominator is zero.' }, input.locale)]);

  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A sheet with its header rows (two when a column has a group, one with machine keys), frozen, then the rows. */
function addSheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: ExtractCell[][], keys: boolean): void {
  const twoRows = !keys && columns.some((c) => c.group);
  const idCount = columns.findIndex((c) => c.group !== undefined);
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: idCount > 0 ? idCount : 1, ySplit: twoRows ? 2 : 1 }] });
  ws.columns = columns.map((c) => ({ width: c.width ?? 10 }));
  if (twoRows) {
    const top = ws.addRow(columns.map((c) => c.group ?? c.words));
    const bottom = ws.addRow(columns.map((c) => (c.group ? c.words : null)));
    top.font = bottom.font = { bold: true };
    // Columns without a group span both header rows; a group spans its columns.
    columns.forEach((c, i) => {
      if (!c.group) ws.mergeCells(1, i + 1, 2, i + 1);
    });
    for (let i = 0; i < columns.length; ) {
      let j = i;
      while (j + 1 < columns.length && columns[i]!.group && columns[j + 1]!.group === columns[i]!.group) j++;
      if (j > i) ws.mergeCells(1, i + 1, 1, j + 1);
      i = j + 1;
    }
  } else {
    ws.addRow(columns.map((c) => (keys ? c.key : c.words))).font = { bold: true };
  }
  for (const values of rows) ws.addRow(values.map((v) => (v === null ? null : v)));
  columns.forEach((c, i) => {
    if (c.percent) ws.getColumn(i + 1).numFmt = '0.0%';
  });
}
