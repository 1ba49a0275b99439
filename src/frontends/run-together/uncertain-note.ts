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
      return { zh: '与本行总计相符', en: 'it matches the row total' };
    case 'no-row-sum':
      return { zh: '没有一种读法与本行总计相符', en: 'no reading matches the row total' };
    case 'group-sums':
      return { zh: '与三组的总计相符', en: 'it matches the three group totals' };
    case 'no-group-sums':
      return { zh: '没有一种读法与三组的总计相符', en: 'no reading matches the group totals' };
    case 'identities':
      return b.all
        ? { zh: '各列的（七）总计和勾稽关系也都相符', en: 'the column totals and the balance match too' }
        : { zh: '各列的总计和勾稽关系不能全部相符，取相符最多的读法', en: 'the column totals and the balance cannot all match; the reading matching most of them was taken' };
    case 'no-checks':
      return { zh: '本表没有合计可供核对', en: 'this table has no totals to check against' };
    case 'running-total':
      return b.holds
        ? t('历年累计不小于本年度', 'the running total is at least the year’s value')
        : t('没有一种读法能使历年累计不小于本年度', 'no reading keeps the running total at least the year’s value');
    case 'part-sums':
      return b.all
        ? t('合计等于各分项之和', 'totals equal the sum of their parts')
        : t('合计与分项不能全部相符，取相符最多的读法', 'not every total can match its parts; the reading matching most was taken');
    case 'prose':
      return {
        zh: `与正文${b.quotes.map((q) => `“${q}”`).join('、')}一致`,
        en: `it agrees with the text ${b.quotes.map((q) => `“${q}”`).join(', ')}`,
      };
    case 'prior':
      return b.rule === 'usual'
        ? { zh: '按申请多来自自然人的常见情况取值', en: 'the usual case (most requests from natural persons) was assumed' }
        : { zh: '取各格位数最均衡、最合常理的读法', en: 'the most even, plausible reading was taken' };
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

/**
 * The note for the uncertain cells of one row, in plain words: the cells'
 * digits ran together, how they were read and why, how else they could be
 * read. It follows the place of the row ("表三“…”一行的…").
 */
export function uncertainNote(info: UncertainInfo): Text {
  const parts = info.basis.map(basisText);
  if (info.unsplittable !== undefined) {
    return t(
      `${info.unsplittable} 格数字连成了“${info.digits}”，分不出各格的数值，按原样保留，不参与计算核对`,
      `the ${info.unsplittable} cells run together as “${info.digits}”, which cannot be divided among them; kept as written and left out of the arithmetic checks`,
    );
  }
  const others =
    info.alternatives < 0
      ? { zh: '还有许多种读法', en: 'many other readings fit' }
      : { zh: `另有 ${info.alternatives} 种读法`, en: `${info.alternatives} other ${info.alternatives === 1 ? 'reading fits' : 'readings fit'}` };
  const example = info.example ? { zh: `（如 ${info.example.join('、')}）`, en: ` (e.g. ${info.example.join(', ')})` } : { zh: '', en: '' };
  const zh = `各格数字连成了“${info.digits}”，已读作 ${info.values.join('、')}：${parts.map((p) => p.zh).join('；')}；${others.zh}${example.zh}，读不准的格不参与计算核对`;
  const en = `the cells run together as “${info.digits}”, read as ${info.values.join(', ')}: ${parts.map((p) => p.en).join('; ')}; ${others.en}${example.en}, so the uncertain cells are left out of the arithmetic checks`;
  return t(zh, en);
}
