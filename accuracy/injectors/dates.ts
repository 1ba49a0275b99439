/** Date defects: a date that lost its 年/月, a statistics period that is not the report year, a publication after the deadline. */
import { bodySentences, findSlot, type Injector } from './types.js';

export const garbledDate: Injector = {
  name: 'garbled-date',
  rule: 'malformed-date',
  inject(truth, rng) {
    const name = rng.pick(['period_start', 'period_end']);
    const found = findSlot(truth, name);
    if (!found) return null;
    const was = found.slot.text;
    // "2022年1月1日" → "202211日", "2022年12月31日" → "20221231日" or "1231日" (seeds 001 and 003).
    found.slot.text = name === 'period_end' && rng.chance(0.4) ? was.replace(/^\d+年/, '').replace('月', '') : was.replace(/[年月]/g, '');
    return { note: `${was} written as ${found.slot.text}`, places: [found.sentence.id] };
  },
};

export const wrongPeriod: Injector = {
  name: 'wrong-period',
  rule: 'period-consistency',
  inject(truth, rng) {
    const end = findSlot(truth, 'period_end');
    const title = findSlot(truth, 'title_year');
    if (!end || !title) return null;
    if (rng.chance(0.5)) {
      const was = end.slot.text;
      end.slot.text = rng.pick([`${truth.year}年11月30日`, `${truth.year + 1}年12月31日`, `${truth.year}年6月30日`]);
      const others = bodySentences(truth, (t) => t.includes('统计期限')).map((s) => s.id);
      return { note: `period end ${was} written as ${end.slot.text}`, places: [...new Set([end.sentence.id, ...others])] };
    }
    title.slot.text = `${truth.year - 1}年`;
    // The title now disagrees with the period and with the body's own year: a finding at any of them is about it.
    const year = bodySentences(truth, (t) => t.startsWith(`${truth.year}年`) || t.includes(`统计期限`)).map((s) => s.id);
    return { note: `title year ${truth.year} written as ${truth.year - 1}`, places: [title.sentence.id, end.sentence.id, ...year] };
  },
};

export const latePublication: Injector = {
  name: 'late-publication',
  rule: 'publication-deadline',
  inject(truth, rng) {
    const meta = findSlot(truth, 'published');
    const signed = findSlot(truth, 'signed');
    if (!meta || !signed) return null;
    const y = truth.year + 1;
    const [m, d] = rng.pick([[5, 20], [6, 8], [4, 15], [9, 1]] as const);
    meta.slot.text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    signed.slot.text = `${y}年${m}月${d}日`;
    return { note: `published ${meta.slot.text}, after the deadline`, places: [meta.sentence.id, signed.sentence.id] };
  },
};
