/** Structure defects: a declared number of parts that is wrong, an enumeration or sub-heading that skips a number. */
import { findSlot, type Injector } from './types.js';

const ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const wrongPartCount: Injector = {
  name: 'wrong-part-count',
  rule: 'declared-count',
  inject(truth, rng) {
    const found = findSlot(truth, 'parts');
    if (!found) return null;
    const n = Number(found.slot.text);
    found.slot.text = String(n + rng.pick([-1, 1]));
    return { note: `共${n}个部分 written as ${found.slot.text}`, places: [found.sentence.id] };
  },
};

export const skippedOrdinal: Injector = {
  name: 'skipped-ordinal',
  rule: 'numbering',
  inject(truth, rng) {
    const second = findSlot(truth, 'enum_1');
    const third = findSlot(truth, 'enum_2');
    if (rng.chance(0.6) && second && third) {
      // "一是…三是…三是" (r019) or "一是…三是" with the 二是 gone.
      second.slot.text = '三是';
      if (rng.chance(0.5)) third.slot.text = '四是';
      return { note: '二是 written as 三是', places: [second.sentence.id, third.sentence.id] };
    }
    const sub = truth.doc.blocks.find((b) => b.kind === 'heading' && b.id === 'h.1.3');
    if (!sub || sub.kind !== 'heading') return null;
    sub.text = sub.text.replace(`（${ORD[2]}）`, `（${ORD[3]}）`);
    const after = truth.doc.blocks.filter((b) => b.kind === 'heading' && /^h\.1\.[45]$/.test(b.id));
    for (const h of after) if (h.kind === 'heading') h.text = h.text.replace(/（([四五])）/, (_, c: string) => `（${ORD[ORD.indexOf(c) + 1]}）`);
    return { note: 'sub-heading （三） written as （四） and the rest shifted', places: ['h.1.3'] };
  },
};
