/**
 * Hand-written extract expectations: shared shapes and helpers, and the
 * corpus reports. Every value was read off the report text (for r004, r019
 * and r020 off the HTML tables). Seeds are in expected-seeds.ts.
 */
export type Cell = number | string | null;

export interface ExpectedActiveItem {
  item: number;
  header: string[];
  rows: { key: string; label: string; cells: Cell[] }[];
}

export interface Expected {
  file: string;
  info: {
    title: string | null;
    agency: string | null;
    year: number | null;
    template: '2021' | '2019' | 'pre2019' | null;
    period: { start: string | null; end: string | null } | null;
    published: string | null;
  };
  tables: {
    active: ExpectedActiveItem[] | null;
    applications: { columns: string[]; rows: Record<string, Cell[]> } | null;
    review: { review: Cell[]; litigation_direct: Cell[]; litigation_after_review: Cell[] } | null;
    legacy: { label: string; unit?: string; cells: Cell[] }[] | null;
  };
  /**
   * Parts that come out wrong because of a known parsing bug ("active.8", "legacy"):
   * the expectation stays as written and the test is marked as failing.
   */
  bugs?: Record<string, string>;
}

export const Z3 = [0, 0, 0];
export const N3 = [null, null, null];
export const Z5 = [0, 0, 0, 0, 0];
export const Z7 = [0, 0, 0, 0, 0, 0, 0];
export const N7 = [null, null, null, null, null, null, null];

// Table-二 headers as the record writes them (normalised: half-width brackets and colon).
export const T19_1 = ['本年新制作数量', '本年新公开数量', '对外公开总数量'];
export const T19_5 = ['上一年项目数量', '本年增/减', '处理决定数量'];
export const T19_8 = ['上一年项目数量', '本年增/减'];
export const T19_9 = ['采购项目数量', '采购总金额'];
export const T21_1 = ['本年制发件数', '本年废止件数', '现行有效件数'];
export const T21_5 = ['本年处理决定数量'];
export const T21_8 = ['本年收费金额(单位:万元)'];

export const row = (key: string, label: string, cells: Cell[]) => ({ key, label, cells });

const COLUMNS = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'];
const HEAD = ['new', 'carried_over', 'granted', 'partial', 'deny_1', 'deny_2', 'deny_3', 'deny_4', 'deny_5', 'deny_6', 'deny_7', 'deny_8', 'unable_1', 'unable_2', 'unable_3', 'reject_1', 'reject_2', 'reject_3', 'reject_4', 'reject_5'];

/** Table 三 of a template variant: the rows given, every other row equal to `rest` (seven zeros, or seven nulls for a cut table). */
export function table3(variant: '2019' | '2021', rest: Cell[], rows: Record<string, Cell[]>) {
  const keys = [...HEAD, ...(variant === '2021' ? ['other_1', 'other_2', 'other_3'] : ['other']), 'total', 'carried_forward'];
  for (const k of Object.keys(rows)) if (!keys.includes(k)) throw new Error(`no row ${k} in the ${variant} table`);
  return { columns: COLUMNS, rows: Object.fromEntries(keys.map((k) => [k, rows[k] ?? rest])) };
}

export const review = (r: Cell[], direct: Cell[], after: Cell[]) => ({ review: r, litigation_direct: direct, litigation_after_review: after });

const none = { active: null, applications: null, review: null, legacy: null };
const period = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/** The three Pingtan HTML reports (tables read off the HTML); the .txt versions must extract to the same tables. */
export const PINGTAN: Expected[] = [
  {
    file: 'fixtures/corpus/html/r004.html',
    info: { title: '平潭综合实验区2022年度政府信息公开工作年度报告', agency: '平潭综合实验区', year: 2022, template: '2021', period: period(2022), published: null },
    tables: {
      active: [
        { item: 1, header: T21_1, rows: [row('rules', '规章', Z3), row('normative', '行政规范性文件', [88, 55, 698])] },
        { item: 5, header: T21_5, rows: [row('license', '行政许可', [10690])] },
        { item: 6, header: T21_5, rows: [row('penalty', '行政处罚', [2113]), row('enforcement', '行政强制', [0])] },
        { item: 8, header: T21_8, rows: [row('fees', '行政事业性收费', [9116.36])] },
      ],
      applications: table3('2021', Z7, {
        new: [71, 3, 0, 0, 0, 0, 74],
        carried_over: [1, 0, 0, 0, 0, 0, 1],
        granted: [21, 0, 0, 0, 0, 0, 21],
        partial: [8, 1, 0, 0, 0, 0, 9],
        deny_5: [1, 0, 0, 0, 0, 0, 1],
        deny_6: [2, 0, 0, 0, 0, 0, 2],
        deny_7: [1, 0, 0, 0, 0, 0, 1],
        unable_1: [37, 0, 0, 0, 0, 0, 37],
        other_1: [2, 0, 0, 0, 0, 0, 2],
        other_3: [0, 2, 0, 0, 0, 0, 2],
        total: [72, 3, 0, 0, 0, 0, 75],
      }),
      review: review([0, 1, 1, 0, 2], [1, 0, 0, 0, 1], Z5),
      legacy: null,
    },
  },
  {
    file: 'fixtures/corpus/html/r019.html',
    info: { title: '平潭综合实验区2023年度政府信息公开工作年度报告', agency: '平潭综合实验区', year: 2023, template: '2021', period: period(2023), published: null },
    tables: {
      active: [
        { item: 1, header: T21_1, rows: [row('rules', '规章', Z3), row('normative', '行政规范性文件', [77, 132, 470])] },
        { item: 5, header: T21_5, rows: [row('license', '行政许可', [2629])] },
        { item: 6, header: T21_5, rows: [row('penalty', '行政处罚', [1330]), row('enforcement', '行政强制', [54])] },
        { item: 8, header: T21_8, rows: [row('fees', '行政事业性收费', [5949.088667])] },
      ],
      applications: table3('2021', Z7, {
        new: [80, 1, 0, 0, 0, 0, 81],
        granted: [22, 0, 0, 0, 0, 0, 22],
        partial: [19, 1, 0, 0, 0, 0, 20],
        deny_4: [1, 0, 0, 0, 0, 0, 1],
        deny_6: [1, 0, 0, 0, 0, 0, 1],
        deny_7: [1, 0, 0, 0, 0, 0, 1],
        deny_8: [2, 0, 0, 0, 0, 0, 2],
        unable_1: [31, 0, 0, 0, 0, 0, 31],
        reject_2: [1, 0, 0, 0, 0, 0, 1],
        other_1: [1, 0, 0, 0, 0, 0, 1],
        other_3: [1, 0, 0, 0, 0, 0, 1],
        total: [80, 1, 0, 0, 0, 0, 81],
      }),
      review: review([1, 1, 0, 0, 2], [4, 0, 0, 1, 5], [1, 0, 1, 0, 2]),
      legacy: null,
    },
  },
  {
    file: 'fixtures/corpus/html/r020.html',
    info: { title: '平潭综合实验区2024年度政府信息公开工作年度报告', agency: '平潭综合实验区', year: 2024, template: '2021', period: period(2024), published: null },
    tables: {
      active: [
        { item: 1, header: T21_1, rows: [row('rules', '规章', Z3), row('normative', '行政规范性文件', [62, 33, 440])] },
        { item: 5, header: T21_5, rows: [row('license', '行政许可', [4529])] },
        { item: 6, header: T21_5, rows: [row('penalty', '行政处罚', [1100]), row('enforcement', '行政强制', [65])] },
        { item: 8, header: T21_8, rows: [row('fees', '行政事业性收费', [18651.06])] },
      ],
      applications: table3('2021', Z7, {
        new: [217, 1, 0, 0, 0, 0, 218],
        granted: [71, 0, 0, 0, 0, 0, 71],
        partial: [29, 0, 0, 0, 0, 0, 29],
        deny_1: [4, 0, 0, 0, 0, 0, 4],
        deny_4: [3, 0, 0, 0, 0, 0, 3],
        deny_5: [32, 0, 0, 0, 0, 0, 32],
        unable_1: [75, 0, 0, 0, 0, 0, 75],
        reject_2: [1, 0, 0, 0, 0, 0, 1],
        other_1: [1, 0, 0, 0, 0, 0, 1],
        other_3: [1, 1, 0, 0, 0, 0, 2],
        total: [217, 1, 0, 0, 0, 0, 218],
      }),
      review: review([2, 1, 3, 1, 7], Z5, [13, 2, 4, 0, 19]),
      legacy: null,
    },
  },
];

/** Publication dates of the .txt versions (the HTML fragments lost the page header that carries them). */
export const PINGTAN_TEXT_PUBLISHED: Record<string, string> = {
  'fixtures/corpus/r004.txt': '2023-02-20',
  'fixtures/corpus/r019.txt': '2024-03-08',
  'fixtures/corpus/r020.txt': '2025-03-10',
};

export { none, period };
