/**
 * Crawler dumps (r004, r019, r020, seed 000): a header block of page fields
 * and then the whole report on one line — headings inline, tables reduced
 * to their cell texts run together ("规章000行政规范性文件8855698"), the next
 * heading glued to the last value of a table ("…5949.088667三、收到和处理…");
 * or a portal page whose navigation, title and introduction share one line.
 */
import type { TableBlock } from '../truth/types.js';
import { cellIds, titleOf } from './common.js';
import { metaLine, putTitle, writeText } from './text-base.js';
import type { Layout, Writer } from './types.js';
import type { Rng } from '../prng.js';

/** A table as a crawler's text extraction leaves it: cells run together, a space now and then between header words. */
function runTogether(w: Writer, t: TableBlock, rng: Rng, spaced: boolean): void {
  for (const row of t.rows) {
    for (const c of row) {
      w.put(c.text, ...cellIds(t, c));
      if (c.role === 'header' || c.role === 'caption' ? rng.chance(spaced ? 0.5 : 0.1) : spaced && c.role === 'value' && t.id === 'review') w.put(' ');
    }
  }
}

export const crawlerOneLine: Layout = {
  name: 'crawler-one-line',
  family: 'crawler',
  description: 'r004/r019/r020: page fields, then the whole report on one line with inline headings and run-together table digits; headings glued to the last table value',
  render: (truth, rng) => {
    const spaced = rng.chance(0.5);
    const pieces = writeText(truth, rng, {
      blockSep: ' ',
      noTitle: true,
      chrome: (w) => {
        w.put('标题: ');
        putTitle(w, truth);
        w.put('\n');
      },
      meta: (w, p) => {
        const s = p.sentences[0]!;
        const date = s.parts.find((x) => typeof x !== 'string');
        w.put('发布时间: ');
        if (date && typeof date !== 'string') w.put(date.text, s.id, p.id);
        w.put(` ${rng.int(8, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}\n文号: \n发布机构: ${truth.agency.office}\n栏目: 政府信息公开年报\n==================== 正文 ====================\n`);
      },
      noSignature: rng.chance(0.5),
      inlineSubheadings: true,
      table: (w, t, r) => runTogether(w, t, r, spaced),
    });
    // Tables are followed directly by the next heading (no space), as in r019.
    for (let i = 1; i < pieces.length; i++) {
      if (pieces[i]!.text === ' ' && pieces[i - 1]!.ids?.some((id) => id.startsWith('table.')) && rng.chance(0.7)) pieces[i] = { text: '' };
    }
    return { kind: 'text', ext: 'txt', pieces };
  },
};

export const crawlerPortal: Layout = {
  name: 'crawler-portal',
  family: 'crawler',
  description: 'seed 000: breadcrumb, title and introduction on one line after runs of "|", each section on one line with its sub-headings inline, tables run together',
  render: (truth, rng) => {
    const pieces = writeText(truth, rng, {
      blockSep: ' ',
      chrome: (w) => w.put(`当前位置 :首页 > 政务公开 > 政府信息公开年报 > |\n|\n`),
      meta: (w, p, r) => metaLine(w, p, r),
      inlineSubheadings: true,
      heading: (text, level) => (level === 1 ? `\n${text}` : text),
      table: (w, t, r) => {
        w.put('\n');
        runTogether(w, t, r, true);
      },
    });
    // The title line carries a long run of "|" as in seed 000.
    const title = pieces.findIndex((p) => p.ids?.includes(titleOf(truth).sentences[0]!.id));
    if (title >= 0) pieces.splice(title + 1, 0, { text: ` | ${'|'.repeat(rng.int(40, 200))}\n` });
    return { kind: 'text', ext: 'txt', pieces };
  },
};
