/** Structure defects: a declared number of parts that is wrong, an enumeration or sub-heading that skips a number. */
import { findSlot, rewrite, type Injector } from './types.js';

const ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export const wrongPartCount: Injector = {
  name: 'wrong-part-count',
  rule: 'declared-count',
  inject(truth, rng) {
    const found = findSlot(truth, 'parts');
    if (!found) return null;
    const n = Number(found.slot.text);
    const wrong = n + rng.pick([-1, 1]);
    // The parts by name, as the intro lists them.
    const titles = truth.doc.blocks.flatMap((b) => (b.kind === 'heading' && /^h\.\d$/.test(b.id) ? [b.text.replace(/^[一二三四五六七八九十]、/, '').replace('、', '和')] : []));
    const extra = truth.generation === 'pre2019' ? '政务公开其他工作情况' : '政府信息公开的收费及减免情况';
    const choice = rng.int(0, 3);
    if (choice === 0) {
      found.slot.text = String(wrong);
      return { note: `共${n}个部分 written as ${wrong}`, places: [found.sentence.id] };
    }
    if (choice === 1) {
      // A Chinese numeral after the list: "…其他需要报告的事项共七个部分。"
      rewrite(found.sentence, `本报告由${titles.join('、')}共${ORD[wrong - 1]}个部分组成。`);
      return { note: `共${ORD[n - 1]}个部分 written as ${ORD[wrong - 1]}`, places: [found.sentence.id] };
    }
    // The parts named without a number, one left out or one too many.
    const dropped = rng.int(1, titles.length - 2);
    const listed = choice === 2 ? titles.filter((_, i) => i !== dropped) : [...titles.slice(0, 3), extra, ...titles.slice(3)];
    const text = rng.pick([
      () => `本报告包括${listed.join('、')}等内容。`,
      () => `全文分为${listed.join('，')}。`,
      () => `年度报告内容包括：${listed.join('、')}。`,
    ])();
    rewrite(found.sentence, text);
    return { note: `the parts listed without a number, ${listed.length} for ${titles.length} sections`, places: [found.sentence.id] };
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
