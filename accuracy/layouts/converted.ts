/**
 * Layouts made from another layout's text: a Traditional-script conversion
 * (seed 004: whole words converted by OpenCC, now and then a word that an
 * older converter half-converted, 方面 → 方麵), and an excerpt cut off
 * part-way as stored crawls are (r023, r028, r034: page chrome on top, the
 * text ending inside table 二 or 三, sometimes in the middle of a heading).
 */
import * as OpenCC from 'opencc-js';
import type { Rng } from '../prng.js';
import type { ReportTruth } from '../truth/types.js';
import { txtCellPerLine, txtPipeRows } from './plain.js';
import type { Draft, Layout, Piece } from './types.js';

let s2t: ((s: string) => string) | undefined;

/** Words that old converters turned into the wrong Traditional characters (seed 004). */
const HALF: [RegExp, string][] = [[/方面/g, '方麵'], [/全面/g, '全麵'], [/当面/g, '當麵'], [/同志/g, '同誌'], [/制度/g, '製度'], [/制定/g, '製定']];

async function textOf(layout: Layout, truth: ReportTruth, rng: Rng): Promise<Piece[]> {
  const draft = (await layout.render(truth, rng)) as Draft;
  if (draft.kind !== 'text') throw new Error(`${layout.name} is not a text layout`);
  return draft.pieces;
}

export const traditional: Layout = {
  name: 'traditional',
  family: 'converted',
  description: 'seed 004: a "| cell |" page converted to Traditional script word by word (OpenCC), one report in three with an older converter\'s half-converted words (方麵, 製度)',
  expects: { 'mixed-script': 'the half-converted words (方麵, 同誌) are real conversion errors in the file' },
  async render(truth, rng) {
    const convert = (s2t ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
    const old = rng.chance(0.33);
    const pieces = (await textOf(txtPipeRows, truth, rng)).map((p) => {
      let text = p.text;
      if (old) for (const [re, bad] of HALF) text = text.replace(re, bad);
      return { ...p, text: convert(text) };
    });
    return { kind: 'text', ext: 'txt', pieces };
  },
};

export const excerpt: Layout = {
  name: 'excerpt',
  family: 'converted',
  description: 'r023/r028/r034: a stored crawl with page chrome, cut off inside section 二 or 三 (sometimes in the middle of a heading)',
  generations: ['2021', '2019'],
  expects: {
    'required-sections': 'the excerpt stops part-way: one finding where it stops (what it lost is not listed)',
  },
  async render(truth, rng) {
    const pieces = await textOf(txtCellPerLine, truth, rng);
    const chrome: Piece = { text: `关怀版 无障碍\n\n您当前所在位置: 首页 > 政务公开 > 政府信息公开年报\n\n` };
    // Cut somewhere after the heading of section 二, at a piece boundary (never inside a number).
    const start = pieces.findIndex((p) => p.ids?.includes('h.2'));
    const from = start < 0 ? Math.floor(pieces.length / 2) : start + 2;
    const cut = rng.int(from, Math.max(from, Math.floor(pieces.length * 0.8)));
    const kept = pieces.slice(0, cut);
    const next = pieces[cut];
    // A heading cut in the middle ("三、收到"): its first characters, no longer a place.
    if (next?.ids?.some((id) => /^h\.\d$/.test(id)) && rng.chance(0.5)) kept.push({ text: next.text.slice(0, 4) });
    return { kind: 'text', ext: 'txt', pieces: [chrome, ...kept] };
  },
};
