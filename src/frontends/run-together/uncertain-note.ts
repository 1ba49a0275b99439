/**
 * The note carried by an uncertain cell (TextUnit.uncertain → Cell.uncertain →
 * CellRef.uncertain), in Chinese and English: what the digit run was, how it
 * was cut and on what assumptions.
 */
import { t, type Text } from '../../i18n.js';
import type { RowOutcome } from './choose-splits.js';
import type { Split } from './digit-split.js';

/** What a cut rested on, in the order it is told. */
export type Basis =
  | { kind: 'row-sum' }
  | { kind: 'no-row-sum' }
  | { kind: 'group-sums' }
  | { kind: 'no-group-sums' }
  | { kind: 'identities'; all: boolean }
  | { kind: 'no-checks' }
  /** Pre-2019 tables: the running total (历年累计) is at least the year's value. */
  | { kind: 'running-total'; holds: boolean }
  /** Pre-2019 tables: totals equal the sum of their numbered parts. */
  | { kind: 'part-sums'; all: boolean }
  | { kind: 'prose'; quotes: string[] }
  | { kind: 'prior'; rule: 'usual' | 'balanced' };

export interface UncertainInfo {
  digits: string;
  values: string[];
  basis: Basis[];
  /** Other splits still possible; -1 when the search was cut short. */
  alternatives: number;
  example?: string[];
  /** Set when the run could not be cut into the expected number of cells at all. */
  unsplittable?: number;
}

function basisText(b: Basis): Text {
  switch (b.kind) {
    case 'row-sum':
      return { zh: '满足本行合计', en: 'the row total holds' };
    case 'no-row-sum':
      return { zh: '没有拆法能使本行合计成立', en: 'no split makes the row total add up' };
    case 'group-sums':
      return { zh: '满足三组合计', en: 'the three group totals hold' };
    case 'no-group-sums':
      return { zh: '没有拆法能使三组合计成立', en: 'no split makes the group totals add up' };
    case 'identities':
      return b.all
        ? { zh: '并满足各列（七）总计与勾稽关系', en: 'the column totals and the balance hold too' }
        : { zh: '各列关系无法全部成立，取满足最多的拆法', en: 'the column identities cannot all hold; the split satisfying most of them was taken' };
    case 'no-checks':
      return { zh: '本表没有合计可供校验', en: 'this table has no totals to check against' };
    case 'running-total':
      return b.holds
        ? t('历年累计不小于本年度', 'the running total is at least the year’s value')
        : t('没有拆法能使历年累计不小于本年度', 'no split keeps the running total at least the year’s value');
    case 'part-sums':
      return b.all
        ? t('满足合计等于各分项之和', 'totals equal the sum of their parts')
        : t('合计与分项无法全部相符，取相符最多的拆法', 'not every total can match its parts; the split matching most was taken');
    case 'prose':
      return {
        zh: `按正文${b.quotes.map((q) => `“${q}”`).join('、')}`,
        en: `following the text ${b.quotes.map((q) => `“${q}”`).join(', ')}`,
      };
    case 'prior':
      return b.rule === 'usual'
        ? { zh: '按最常见的分布（申请集中在自然人一列）取值', en: 'the usual distribution (most requests from natural persons) was assumed' }
        : { zh: '取位数最均衡且合乎常理的拆法', en: 'the most even, plausible split was taken' };
  }
}

/** The note of a row whose run was cut as `split` (one of `run.splits`), with what the cut rested on. */
export function cutNote(
  run: { digits: string; splits: Split[] },
  split: Split,
  result: Pick<RowOutcome, 'alternatives' | 'example'>,
  basis: Basis[],
): Text {
  return uncertainNote({
    digits: run.digits,
    values: split.pieces.map((x) => x.raw),
    basis,
    alternatives: result.alternatives,
    ...(result.example !== undefined ? { example: run.splits[result.example]!.pieces.map((x) => x.raw) } : {}),
  });
}

/** The note for the uncertain cells of one row. */
export function uncertainNote(info: UncertainInfo): Text {
  const parts = info.basis.map(basisText);
  if (info.unsplittable !== undefined) {
    return t(
      `数字串“${info.digits}”无法拆成 ${info.unsplittable} 格，按原样保留；这些格不参与算术检查`,
      `The digit run “${info.digits}” cannot be cut into ${info.unsplittable} cells and is kept as written; its cells are left out of arithmetic checks`,
    );
  }
  const others =
    info.alternatives < 0
      ? { zh: '另有多种拆法', en: 'many other splits fit' }
      : { zh: `另有 ${info.alternatives} 种拆法`, en: `${info.alternatives} other split${info.alternatives === 1 ? '' : 's'} fit` };
  const example = info.example ? { zh: `（如 ${info.example.join('、')}）`, en: ` (e.g. ${info.example.join(', ')})` } : { zh: '', en: '' };
  const zh = `数字串“${info.digits}”拆为 ${info.values.join('、')}：${parts.map((p) => p.zh).join('；')}；${others.zh}${example.zh}，不确定的格不参与算术检查`;
  const en = `The digit run “${info.digits}” was read as ${info.values.join(', ')}: ${parts.map((p) => p.en).join('; ')}; ${others.en}${example.en}, so the uncertain cells are left out of arithmetic checks`;
  return t(zh, en);
}
