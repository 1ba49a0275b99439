/**
 * The extract record: the data of one report (title, agency, year, period and
 * the values of its standard tables) as plain JSON, read from the parsed
 * report and its model. Pure — no Node APIs — so it also runs in a browser.
 * The schema is documented in docs/extract.md.
 */
import type { Root, YMD } from '../ast/types.js';
import type { CellRef, ReportModel } from '../model/types.js';
import { APPLICATION_COLUMNS, OUTCOME_ROWS_2021, REVIEW_COLUMNS } from '../model/types.js';

/** A table value: a number, null for a blank or missing cell, the trimmed original text otherwise ("—", "/"). */
export type ExtractCell = number | string | null;

export type ApplicationColumnKey = (typeof APPLICATION_COLUMNS)[number];

export interface ExtractActiveRow {
  /** Row key: rules, normative, license, other_services, penalty, enforcement, fees, procurement — or the label when unknown. */
  key: string;
  /** The label as written, whitespace removed. */
  label: string;
  cells: ExtractCell[];
}

export interface ExtractActiveItem {
  /** 第二十条第（X）项: 1, 5, 6, 8, 9. */
  item: number;
  /** Value column headers (normalised labels), without 信息内容. */
  header: string[];
  rows: ExtractActiveRow[];
}

export interface ExtractApplications {
  columns: ApplicationColumnKey[];
  /** Row key → seven cells in the order of `columns`. */
  rows: Record<string, ExtractCell[]>;
}

export interface ExtractReview {
  /** 行政复议: 维持, 纠正, 其他, 尚未审结, 总计. */
  review: ExtractCell[];
  /** 行政诉讼 未经复议直接起诉: the same five. */
  litigation_direct: ExtractCell[];
  /** 行政诉讼 复议后起诉: the same five. */
  litigation_after_review: ExtractCell[];
}

export interface ExtractLegacyRow {
  /** The label as written, whitespace removed. */
  label: string;
  /** The unit column (条, 件, 万元 …) when the table has one. */
  unit?: string;
  cells: ExtractCell[];
}

export type ExtractTableName = 'active' | 'applications' | 'review' | 'legacy';

/** A cell whose value was rebuilt with assumptions (e.g. from a run of digits). */
export interface ExtractUncertain {
  table: ExtractTableName;
  row: string;
  column: string;
  note: string;
}

export interface ExtractRecord {
  filePath: string;
  title: string | null;
  agency: string | null;
  year: number | null;
  template: '2021' | '2019' | 'pre2019' | null;
  /** 'not-report' for a file that is not an annual report (a README, a page report-lint wrote); its other fields are what little was read. */
  kind: 'report' | 'not-report';
  period: { start: string | null; end: string | null } | null;
  published: string | null;
  tables: {
    active: ExtractActiveItem[] | null;
    applications: ExtractApplications | null;
    review: ExtractReview | null;
    legacy: ExtractLegacyRow[] | null;
  };
  uncertain: ExtractUncertain[];
}

/** Row keys of table 三 before the 其他处理 rows, common to both templates. */
const HEAD_ROWS = ['new', 'carried_over', ...OUTCOME_ROWS_2021.filter((k) => !k.startsWith('other_'))];
/** The 其他处理 rows of the 2019 trial template (one row) and of the 2021 template (three rows). */
export const OTHER_ROWS_2019 = ['other'] as const;
export const OTHER_ROWS_2021 = ['other_1', 'other_2', 'other_3'] as const;
const TAIL_ROWS = ['total', 'carried_forward'];

/** Table-三 row keys in record order for one variant. */
export function applicationRowKeys(variant: '2019' | '2021'): string[] {
  return [...HEAD_ROWS, ...(variant === '2021' ? OTHER_ROWS_2021 : OTHER_ROWS_2019), ...TAIL_ROWS];
}

/** The review groups in record order and their five columns (维持, 纠正, 其他, 尚未审结, 总计). */
export const REVIEW_GROUPS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
export { APPLICATION_COLUMNS, REVIEW_COLUMNS };

/** The value of a cell as the record writes it. */
export function cellValue(ref: CellRef | undefined): ExtractCell {
  if (!ref || !ref.cell) return null;
  const v = ref.value;
  if (v.kind === 'number') return v.value;
  if (v.kind === 'blank') return null;
  return v.raw.trim();
}

/** 'YYYY-MM-DD' from a year-month-day, null when absent. */
function isoDate(d: YMD | undefined): string | null {
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.year).padStart(4, '0')}-${pad(d.month)}-${pad(d.day)}`;
}

/** A label as written, trimmed and without any whitespace inside. */
function labelText(value: string): string {
  return value.replace(/\s+/g, '');
}

/** Builds the extract record of one parsed report. */
export function extractRecord(filePath: string, report: { root: Root; model: ReportModel }): ExtractRecord {
  const info = report.root.data;
  const model = report.model;
  const uncertain: ExtractUncertain[] = [];
  // Reads a cell and notes it when it was rebuilt with assumptions.
  const read = (table: ExtractTableName, ref: CellRef | undefined, row: string, column: string): ExtractCell => {
    // The note in Chinese, a line break, and in English (see docs/extract.md).
    if (ref?.uncertain) uncertain.push({ table, row, column, note: `${ref.uncertain.zh}\n${ref.uncertain.en}` });
    return cellValue(ref);
  };

  const active = model.active
    ? model.active.items.map((item) => ({
        item: item.item,
        header: [...item.header],
        rows: item.rows.map((r) => ({
          key: r.key,
          label: labelText(r.label.value),
          cells: r.cells.map((c, i) => read('active', c, r.key, item.header[i] ?? String(i))),
        })),
      }))
    : null;

  let applications: ExtractApplications | null = null;
  const apps = model.applications;
  // A table with no data cell at all (a bare skeleton, an excerpt cut after the caption) counts as absent.
  if (apps && [...apps.rows.values()].some((r) => r.cells.some((c) => c.cell))) {
    // The variant decides between `other` and `other_1..3`; without one, the template does.
    const variant = apps.variant ?? (model.generation === '2021' ? '2021' : '2019');
    const rows: Record<string, ExtractCell[]> = {};
    for (const key of applicationRowKeys(variant)) {
      rows[key] = APPLICATION_COLUMNS.map((col) => read('applications', apps.get(key, col), key, col));
    }
    applications = { columns: [...APPLICATION_COLUMNS], rows };
  }

  let review: ExtractReview | null = null;
  if (model.review) {
    const group = (key: (typeof REVIEW_GROUPS)[number]) => {
      const cells = model.review!.groups.find((g) => g.key === key)?.cells ?? [];
      return REVIEW_COLUMNS.map((col, i) => read('review', cells[i], key, col));
    };
    review = { review: group('review'), litigation_direct: group('litigation_direct'), litigation_after_review: group('litigation_after_review') };
  }

  const legacyRows: ExtractLegacyRow[] = [];
  for (const table of model.legacy) {
    for (const r of table.rows) {
      const label = labelText(r.label.value);
      const unit = r.unit ? r.unit.value.trim() : undefined;
      const cells = r.cells.map((c, i) => read('legacy', c, label, table.columns[i] ?? String(i)));
      legacyRows.push({ label, ...(unit !== undefined ? { unit } : {}), cells });
    }
  }

  return {
    filePath,
    title: info.title?.value.trim() ?? null,
    agency: info.agency?.value.trim() ?? null,
    year: info.year?.value ?? null,
    template: model.generation,
    kind: model.kind,
    period: info.period ? { start: isoDate(info.period.start), end: isoDate(info.period.end) } : null,
    published: info.published?.value ?? null,
    tables: { active, applications, review, legacy: model.legacy.length ? legacyRows : null },
    uncertain,
  };
}

let collator: Intl.Collator | undefined;

/**
 * Orders records by agency (Chinese collation: by pinyin, 重庆 as chóng),
 * then year, then path; a missing agency or year sorts last, ties in the
 * collation fall back to code-unit order so the order is total.
 */
export function compareRecords(a: ExtractRecord, b: ExtractRecord): number {
  const zh = (collator ??= new Intl.Collator('zh-Hans-CN'));
  const text = (x: string | null, y: string | null) =>
    x === y ? 0 : x === null ? 1 : y === null ? -1 : zh.compare(x, y) || (x < y ? -1 : 1);
  const year = a.year === b.year ? 0 : a.year === null ? 1 : b.year === null ? -1 : a.year - b.year;
  const path = a.filePath === b.filePath ? 0 : a.filePath < b.filePath ? -1 : 1;
  return text(a.agency, b.agency) || year || path;
}
