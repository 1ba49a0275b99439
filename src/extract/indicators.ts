/**
 * Indicators a supervising office ranks reports by, computed from the extract
 * record (docs/extract.md gives the formulas):
 *
 * - 纠错率 (correction rate): cases corrected ÷ cases concluded, over
 *   行政复议 and both kinds of 行政诉讼 together; concluded = 结果维持 +
 *   结果纠正 + 其他结果 (a case 尚未审结 is not concluded yet).
 * - 申请办结率 (completion rate): requests handled ÷ requests to handle;
 *   handled = （七）总计, to handle = 本年新收 + 上年结转 (总计 column of 表三).
 * - 公开率 (disclosure rate): (（一）予以公开 + （二）部分公开) ÷ （七）总计
 *   (总计 column of 表三).
 *
 * An indicator is null when a value it needs is missing, not a number, or
 * was rebuilt with assumptions (record.uncertain), or when it would divide by
 * zero. Pure — no Node APIs.
 */
import type { Text } from '../i18n.js';
import type { ExtractCell, ExtractRecord } from './record.js';

export const INDICATORS = ['correction_rate', 'completion_rate', 'disclosure_rate'] as const;
export type IndicatorKey = (typeof INDICATORS)[number];

export const INDICATOR_NAMES: Record<IndicatorKey, Text> = {
  correction_rate: { zh: '纠错率', en: 'correction rate' },
  completion_rate: { zh: '申请办结率', en: 'completion rate' },
  disclosure_rate: { zh: '公开率', en: 'disclosure rate' },
};

export const INDICATOR_FORMULAS: Record<IndicatorKey, Text> = {
  correction_rate: {
    zh: '表四 结果纠正之和 ÷ (结果维持 + 结果纠正 + 其他结果)之和，行政复议与两类行政诉讼合计',
    en: 'table 四: corrected ÷ (upheld + corrected + other), review and both kinds of litigation together',
  },
  completion_rate: {
    zh: '表三总计列：（七）总计 ÷ (本年新收 + 上年结转)',
    en: 'table 三, total column: (7) total ÷ (new + carried over)',
  },
  disclosure_rate: {
    zh: '表三总计列：(（一）予以公开 + （二）部分公开) ÷ （七）总计',
    en: 'table 三, total column: ((1) granted + (2) partly granted) ÷ (7) total',
  },
};

export type Indicators = Record<IndicatorKey, number | null>;

/** The three indicators of a record, as fractions (0.25 for 25%), null where they cannot be computed. */
export function indicators(record: ExtractRecord): Indicators {
  const doubtful = new Set(record.uncertain.map((u) => `${u.table}/${u.row}/${u.column}`));
  const num = (value: ExtractCell | undefined, place: string): number | null =>
    typeof value === 'number' && !doubtful.has(place) ? value : null;
  const ratio = (parts: (number | null)[], whole: (number | null)[]): number | null => {
    if ([...parts, ...whole].some((v) => v === null)) return null;
    const denominator = (whole as number[]).reduce((a, b) => a + b, 0);
    if (denominator <= 0) return null;
    return (parts as number[]).reduce((a, b) => a + b, 0) / denominator;
  };

  const apps = record.tables.applications;
  const total = (row: string) => num(apps?.rows[row]?.[6], `applications/${row}/total`);
  const review = record.tables.review;
  const groups = review ? (['review', 'litigation_direct', 'litigation_after_review'] as const) : [];
  const value = (group: (typeof groups)[number], i: number, column: string) => num(review![group][i], `review/${group}/${column}`);

  return {
    correction_rate: review
      ? ratio(
          groups.map((g) => value(g, 1, 'corrected')),
          groups.flatMap((g) => [value(g, 0, 'upheld'), value(g, 1, 'corrected'), value(g, 2, 'other')]),
        )
      : null,
    completion_rate: apps ? ratio([total('total')], [total('new'), total('carried_over')]) : null,
    disclosure_rate: apps ? ratio([total('granted'), total('partial')], [total('total')]) : null,
  };
}
