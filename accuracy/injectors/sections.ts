/** Section content: section 五 (问题及改进) left empty, answered "无", or given one short sentence. */
import type { Injector } from './types.js';

export const thinProblems: Injector = {
  name: 'thin-problems-section',
  rule: 'required-sections',
  generations: ['2021', '2019'],
  inject(truth, rng) {
    const blocks = truth.doc.blocks;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'h.5');
    if (at < 0) return null;
    const end = blocks.findIndex((b, i) => i > at && ((b.kind === 'heading' && b.level === 1) || (b.kind === 'para' && b.role)));
    const text = rng.pick(['', '无。', '暂无。', '本年度无此类情况。', '今后将继续做好政府信息公开工作。', '下一步将进一步加强政务公开工作。']);
    blocks.splice(at + 1, (end < 0 ? blocks.length : end) - at - 1, ...(text ? [{ kind: 'para' as const, id: 'p.thin', sentences: [{ id: 's.thin', parts: [text] }] }] : []));
    return { note: text ? `section 五 says only "${text}"` : 'section 五 left empty', places: ['h.5'] };
  },
};
