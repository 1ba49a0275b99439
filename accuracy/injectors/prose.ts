/** Prose defects: a figure that disagrees with the table, a breakdown that does not add up, a wrong percentage, a lost number, a fee statement that contradicts table 三. */
import { findSlot, rewrite, setCell, cellById, num, type Injector } from './types.js';

const TABLE_FIGURES = ['apps_new', 'apps_carried', 'apps_forward', 'review_total', 'normative_issued', 'apps_handled'];

export const proseMismatch: Injector = {
  name: 'prose-figure-differs',
  rule: 'prose-table-mismatch',
  inject(truth, rng) {
    const present = TABLE_FIGURES.filter((n) => findSlot(truth, n));
    if (!present.length) return null;
    const name = rng.pick(present);
    const { sentence, slot } = findSlot(truth, name)!;
    const was = slot.text;
    slot.text = String(Number(was) + rng.int(1, 9));
    return { note: `${name}: the text says ${slot.text}, the table ${was}`, places: [sentence.id] };
  },
};

export const proseSum: Injector = {
  name: 'breakdown-off',
  rule: 'prose-sum',
  inject(truth, rng) {
    const found = findSlot(truth, 'active_part_1') ?? findSlot(truth, 'active_part_0');
    const total = findSlot(truth, 'active_total');
    if (!found || !total) return null;
    const was = found.slot.text;
    found.slot.text = String(Number(was) + rng.int(1, 30));
    // The enumeration is the total and its parts (one sentence or two).
    return { note: `a part of 主动公开 changed ${was} → ${found.slot.text}: the parts no longer add up to the total`, places: [...new Set([total.sentence.id, found.sentence.id])] };
  },
};

export const growthRate: Injector = {
  name: 'wrong-percentage',
  rule: 'growth-rate',
  inject(truth, rng) {
    const growth = findSlot(truth, 'growth_rate');
    if (growth) {
      const amount = Number(findSlot(truth, 'growth_amount')!.slot.text);
      const total = Number(findSlot(truth, 'active_total')!.slot.text);
      // Seed 004's mistake: the increase divided by this year's figure; or a figure mistyped.
      const was = growth.slot.text;
      growth.slot.text = rng.chance(0.5) ? `${((amount / total) * 100).toFixed(2)}%` : `${(Number.parseFloat(was) + rng.int(3, 20)).toFixed(2)}%`;
      if (growth.slot.text === was) return null;
      return { note: `同比增长 ${was} written as ${growth.slot.text}`, places: [growth.sentence.id] };
    }
    const share = findSlot(truth, 'apps_granted_pct');
    if (!share) return null;
    const was = share.slot.text;
    share.slot.text = `${(Number.parseFloat(was) + rng.int(5, 30)).toFixed(2)}%`;
    return { note: `占 ${was} written as ${share.slot.text}`, places: [share.sentence.id] };
  },
};

export const lostNumber: Injector = {
  name: 'lost-number',
  rule: 'placeholder',
  inject(truth, rng) {
    const names = ['active_total', 'normative_issued', 'apps_new', 'review_total', 'active_cumulative'].filter((n) => findSlot(truth, n));
    if (!names.length) return null;
    const { sentence, slot } = findSlot(truth, rng.pick(names))!;
    const was = slot.text;
    slot.text = rng.pick([' ', 'XX', '××', '　']);
    return { note: `the figure ${was} left as "${slot.text}"`, places: [sentence.id] };
  },
};

export const feeContradiction: Injector = {
  name: 'fee-contradiction',
  rule: 'fee-consistency',
  generations: ['2021'],
  inject(truth) {
    const statement = findSlot(truth, 'fee_statement');
    if (!statement) return null;
    const cols = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other'];
    // One handled request moves to 逾期未按收费通知要求缴纳费用 (from 其他, 予以公开 or 不掌握): the table still balances.
    const pairs = ['other_3', 'granted', 'unable_1'].flatMap((row) => cols.map((c) => [row, c] as const));
    const from = pairs.find(([row, c]) => num(cellById(truth, `applications:${row}:${c}`)) > 0);
    if (!from) return null;
    const [source, col] = from;
    for (const [row, d] of [[source, -1], ['other_2', 1]] as const) {
      for (const c of [col, 'total']) {
        const id = `applications:${row}:${c}`;
        setCell(truth, id, String(num(cellById(truth, id)) + d));
      }
    }
    return { note: 'table 三 has a request dropped for unpaid fees while 六 says no fee was charged', places: [statement.sentence.id, `applications:other_2:${col}`, 'applications:other_2:total'] };
  },
};

/** The names of the three parts of 主动公开 as the breakdown injectors write them. */
const BREAKDOWN_NAMES = ['工作动态', '通知公告', '政策文件'];

/**
 * The total of 主动公开 and its three parts when the parts stand in a sentence of their own (the one the
 * breakdown injectors rewrite), with their values; null when the report has no such breakdown.
 */
function activeBreakdown(truth: Parameters<Injector['inject']>[0]) {
  const total = findSlot(truth, 'active_total');
  const slots = [0, 1, 2].map((i) => findSlot(truth, `active_part_${i}`));
  if (!total || slots.some((s) => !s) || slots[0]!.sentence === total.sentence) return null;
  return { total, list: slots[0]!.sentence, whole: Number(total.slot.text), values: slots.map((s) => Number(s!.slot.text)) };
}

/**
 * The breakdown of 主动公开 rewritten in one of the shapes reports use besides "其中…": after
 * "在…的N条政府信息中，", after "主要类别有：", in brackets after the total (with or without 其中), or one
 * item a sentence with its share — and one part changed, so the parts no longer make the total.
 */
export const proseSumShapes: Injector = {
  name: 'breakdown-shape-off',
  rule: 'prose-sum',
  inject(truth, rng) {
    const found = activeBreakdown(truth);
    if (!found) return null;
    const { total, list, whole, values } = found;
    const k = rng.int(0, 2);
    const was = values[k]!;
    values[k] = Math.max(0, was + (rng.chance(0.5) ? 1 : -1) * rng.int(1, Math.max(1, Math.min(30, Math.floor(was / 2)))));
    if (values[k] === was) return null;
    const names = BREAKDOWN_NAMES;
    const share = (v: number) => `占${((v / whole) * 100).toFixed(2)}%`;
    const items = (sep: string, withShare: boolean) => names.map((n, i) => `${n}${values[i]}条${withShare ? `，${share(values[i]!)}` : ''}`).join(sep);
    const shape = rng.pick(['in', 'colon', 'bracket', 'bare-bracket', 'sentences'] as const);
    if (shape === 'bracket' || shape === 'bare-bracket') {
      // The total's sentence carries the list in brackets; the old list sentence says something else.
      const at = total.sentence.parts.indexOf(total.slot);
      const after = total.sentence.parts[at + 1];
      if (typeof after !== 'string' || !after.startsWith('条')) return null;
      total.sentence.parts[at + 1] = `条（${shape === 'bracket' ? '其中' : ''}${items('、', false)}）${after.slice(1)}`;
      rewrite(list, '各类信息均按规定及时发布。');
    } else if (shape === 'in') {
      rewrite(list, `在全年主动公开的${whole}条政府信息中，${items('；', true)}。`);
    } else if (shape === 'colon') {
      rewrite(list, `主动公开信息的主要类别有：${items('，', false)}。`);
    } else {
      rewrite(list, `其中，${names.map((n, i) => `${n}${values[i]}条，${share(values[i]!)}`).join('。')}。`);
    }
    return { note: `主动公开 broken down as "${shape}", ${names[k]} ${was} → ${values[k]}: the parts no longer make ${whole}`, places: [total.sentence.id, list.id] };
  },
};

/**
 * Facts of the text against the tables beyond the plain counts: the 附表's 主动公开 total, application channels,
 * replies and 行政复议数 (pre-2019); a combined bucket "予以公开及部分公开N件" or "均已办结" while requests are
 * carried forward, or "收到N份…行政复议申请" (2019 and 2021).
 */
export const proseFactsDiffer: Injector = {
  name: 'prose-fact-differs',
  rule: 'prose-table-mismatch',
  inject(truth, rng) {
    if (truth.generation === 'pre2019') {
      const names = ['active_total', 'apps_part_0', 'apps_part_1', 'apps_part_2', 'reply_0', 'reply_1', 'review_total'].filter((n) => findSlot(truth, n));
      if (!names.length) return null;
      const { sentence, slot } = findSlot(truth, rng.pick(names))!;
      const was = slot.text;
      slot.text = String(Number(was) + rng.int(1, 9));
      return { note: `${slot.slot}: the text says ${slot.text}, the 附表 ${was}`, places: [sentence.id] };
    }
    const apps = truth.tables.applications;
    const forward = apps?.carried_forward?.[6] ?? 0;
    const granted = (apps?.granted?.[6] ?? 0) + (apps?.partial?.[6] ?? 0);
    const handled = findSlot(truth, 'apps_handled');
    const reviews = findSlot(truth, 'review_total');
    const options = [
      ...(forward && findSlot(truth, 'apps_forward') ? ['done'] : []),
      ...(handled && granted ? ['bucket'] : []),
      ...(reviews ? ['review'] : []),
    ];
    if (!options.length) return null;
    const kind = rng.pick(options);
    if (kind === 'done') {
      const s = findSlot(truth, 'apps_forward')!.sentence;
      rewrite(s, rng.pick(['收到的申请均已办结。', '所有申请已全部办理完成。', '上述申请均已按时答复。']));
      return { note: `"all handled" while ${forward} requests are carried forward`, places: [s.id] };
    }
    if (kind === 'bucket') {
      const told = granted + rng.int(1, 9);
      rewrite(handled!.sentence, `${rng.pick(['全年办结', '共办结'])}${handled!.slot.text}件，其中${rng.pick(['予以公开及部分公开', '予以公开和部分公开', '同意公开或部分公开'])}${told}件。`);
      return { note: `予以公开及部分公开 ${told}, the table ${granted}`, places: [handled!.sentence.id] };
    }
    const was = Number(reviews!.slot.text);
    const told = was + rng.int(1, 5);
    rewrite(reviews!.sentence, rng.pick([
      `全年共收到${told}份涉及政府信息公开的行政复议申请。`,
      `全年发生因政府信息公开引起的行政复议案件${told}起。`,
      `本年度因政府信息公开申请行政复议${told}件。`,
    ]));
    return { note: `行政复议 ${told} in the text, ${was} in table 四`, places: [reviews!.sentence.id] };
  },
};

/** Requests handled beyond those received in one sentence ("受理117件，办结171件"), no carry-over named. */
export const handledOverReceived: Injector = {
  name: 'handled-over-received',
  rule: 'impossible-value',
  inject(truth, rng) {
    const found = findSlot(truth, 'apps_new');
    if (!found) return null;
    const got = Number(found.slot.text);
    if (!got) return null;
    const done = got + rng.int(1, Math.max(2, got));
    const text = rng.pick([
      `依申请公开方面，全年受理${got}件，办结${done}件。`,
      `全年共收到政府信息公开申请${got}件，已办结${done}件。`,
      `本年度受理依申请公开事项${got}件，答复${done}件。`,
    ]);
    rewrite(found.sentence, text);
    return { note: `${done} handled of ${got} received in one sentence`, places: [found.sentence.id] };
  },
};

/** A number lost from one item of a counted list ("施工许可证76条、核准企业资质条、…"), its siblings keeping theirs. */
export const lostListNumber: Injector = {
  name: 'lost-list-number',
  rule: 'placeholder',
  inject(truth, rng) {
    const lists = [['active_part_0', 'active_part_1', 'active_part_2'], ['apps_part_0', 'apps_part_1', 'apps_part_2'], ['reply_0', 'reply_1', 'reply_2', 'reply_3']]
      .filter((names) => names.every((n) => findSlot(truth, n)));
    if (!lists.length) return null;
    const names = rng.pick(lists);
    const { sentence, slot } = findSlot(truth, rng.pick(names))!;
    const was = slot.text;
    slot.text = '';
    return { note: `the figure ${was} of one list item lost`, places: [sentence.id] };
  },
};

/**
 * The breakdown of 主动公开 given with shares, in a shape other than "其中…" (after "在…的N条政府信息中，", in
 * brackets after the total, one item a sentence), one share computed wrong.
 */
export const shareInListOff: Injector = {
  name: 'share-in-list-off',
  rule: 'growth-rate',
  inject(truth, rng) {
    const found = activeBreakdown(truth);
    if (!found) return null;
    const { list, whole, values } = found;
    const k = rng.int(0, 2);
    const shares = values.map((v) => (v / whole) * 100);
    shares[k] = shares[k]! + rng.pick([-1, 1]) * rng.int(3, 15);
    if (shares[k]! <= 0) shares[k] = shares[k]! + 20;
    const names = BREAKDOWN_NAMES;
    const item = (i: number) => `${names[i]}${values[i]}条，占${shares[i]!.toFixed(2)}%`;
    const shape = rng.pick(['in', 'sentences'] as const);
    rewrite(list, shape === 'in' ? `在全年主动公开的${whole}条政府信息中，${[0, 1, 2].map(item).join('；')}。` : `其中，${[0, 1, 2].map(item).join('。')}。`);
    return { note: `the share of ${names[k]} written as ${shares[k]!.toFixed(2)}% ("${shape}")`, places: [list.id] };
  },
};
