/** Date defects: a date that lost its 年/月, a statistics period that is not the report year, a publication after the deadline. */
import { bodySentences, findSlot, rewrite, type Injector } from './types.js';

export const garbledDate: Injector = {
  name: 'garbled-date',
  rule: 'malformed-date',
  inject(truth, rng) {
    const name = rng.pick(['period_start', 'period_end']);
    const found = findSlot(truth, name);
    if (!found) return null;
    const was = found.slot.text;
    const year = String(truth.year);
    found.slot.text = rng.pick([
      // "2022年1月1日" → "202211日", "2022年12月31日" → "20221231日" (seeds 001 and 003).
      () => was.replace(/[年月]/g, ''),
      // "2022年12月31日" → "1231日" (seed 003); the start losing only 月: "2022年1月1日" → "2022年11日".
      () => (name === 'period_end' ? was.replace(/^\d+年/, '').replace('月', '') : was.replace('月', '')),
      // The year typed twice: "202222年1月1日", "20222022年12月31日".
      () => was.replace(year, year + year.slice(2)),
      () => was.replace(year, year + year),
    ])();
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
    const y = truth.year;
    const others = () => bodySentences(truth, (t) => t.includes('统计期限')).map((s) => s.id);
    const choice = rng.int(0, 3);
    if (choice === 0) {
      const was = end.slot.text;
      // Another end, written out or with 年 and 月 lost ("20221130日", read as malformed-date repairs it).
      end.slot.text = rng.pick([`${y}年11月30日`, `${y + 1}年12月31日`, `${y}年6月30日`, `${y}1130日`]);
      return { note: `period end ${was} written as ${end.slot.text}`, places: [...new Set([end.sentence.id, ...others()])] };
    }
    if (choice === 1) {
      const start = findSlot(truth, 'period_start');
      if (!start) return null;
      start.slot.text = rng.pick([`${y}年2月1日`, `${y - 1}年12月1日`, `${y}年7月1日`]);
      return { note: `period start written as ${start.slot.text}`, places: [...new Set([start.sentence.id, ...others()])] };
    }
    if (choice === 2) {
      // The period given by a 截至 date inside the year.
      const date = rng.pick([`${y}年11月30日`, `${y}年10月31日`, `${y}年6月30日`]);
      const text = rng.pick([`本报告所列数据截至${date}。`, `本报告中所列数据统计期限截至${date}。`, `本报告数据统计截止到${date}。`]);
      rewrite(end.sentence, text);
      return { note: `the period given as "${text}"`, places: [end.sentence.id] };
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
