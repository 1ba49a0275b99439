/**
 * Markdown: GFM with '#' headings and pipe tables that cannot merge cells
 * (a rowspan label in its first row, empty cells elsewhere, header rows as
 * body rows); and a PDF-to-Markdown conversion (r005): the title split over
 * two heading lines, multi-row headers collapsed into one cell, long row
 * labels wrapped into a second row, "— 3 —" page footers breaking a table,
 * stray line breaks inside sentences.
 */
import type { Rng } from '../prng.js';
import { sentenceText, type ParaBlock, type TableBlock } from '../truth/types.js';
import { cellIds, denseGrid, sentenceIds } from './common.js';
import { writeText } from './text-base.js';
import type { Layout, Writer } from './types.js';

/** A GFM table: every grid position a cell, covered positions empty. */
function gfm(w: Writer, t: TableBlock): void {
  const grid = denseGrid(t);
  grid.forEach((row, i) => {
    w.put('|');
    for (let c = 0; c < t.width; c++) {
      const p = row[c];
      w.put(' ');
      if (p && !p.covered) w.put(p.cell.text, ...cellIds(t, p.cell));
      w.put(' |');
    }
    w.put('\n');
    if (i === 0) w.put(`|${'---|'.repeat(t.width)}\n`);
  });
  w.put('\n');
}

export const mdGfm: Layout = {
  name: 'md-gfm',
  family: 'markdown',
  description: 'GFM: "#" headings, pipe tables with empty cells where a merged cell would be, the first grid row as the table head',
  render: (truth, rng) => ({
    kind: 'text', ext: 'md',
    pieces: writeText(truth, rng, {
      blockSep: '\n\n',
      heading: (text, level) => `${'#'.repeat(level + 1)} ${text}`,
      table: (w, t) => gfm(w, t),
    }),
  }),
};

/** Writes label segments with a break at character `at` (0: no break). */
export function putWrapped(w: Writer, segments: { text: string; ids: string[] }[], at: number, brk: string): void {
  let pos = 0;
  for (const seg of segments) {
    const end = pos + seg.text.length;
    if (at > pos && at < end) {
      w.put(seg.text.slice(0, at - pos), ...seg.ids).put(brk).put(seg.text.slice(at - pos), ...seg.ids);
    } else {
      if (at === pos && at > 0) w.put(brk);
      w.put(seg.text, ...seg.ids);
    }
    pos = end;
  }
}

/** A PDF-to-Markdown table: one collapsed header cell, wrapped labels, a page footer inside. */
function pdfTable(w: Writer, t: TableBlock, rng: Rng, page: { n: number }): void {
  const width = t.id === 'applications' ? 8 : t.id === 'review' ? 15 : 4;
  const empty = (n: number) => ' |'.repeat(Math.max(0, n));
  if (t.headerRows) {
    w.put('| ');
    for (const c of t.rows.slice(0, t.headerRows).flat()) w.put(c.text, ...cellIds(t, c));
    w.put(` |${empty(width - 1)}\n`);
  } else {
    w.put(`|${empty(width)}\n`);
  }
  w.put(`|${'---|'.repeat(width)}\n`);
  const footerAt = t.rows.length > 8 ? rng.int(t.headerRows + 2, t.rows.length - 2) : -1;
  for (let r = t.headerRows; r < t.rows.length; r++) {
    if (r === footerAt) w.put(`\n— ${++page.n} —\n\n|${empty(width)}\n|${'---|'.repeat(width)}\n`);
    const cells = t.rows[r]!;
    const labels = cells.filter((c) => c.role !== 'value').map((c) => ({ text: c.text, ids: cellIds(t, c) }));
    const values = cells.filter((c) => c.role === 'value');
    const length = labels.reduce((n, l) => n + l.text.length, 0);
    const wrap = length > 18 && values.length && rng.chance(0.6) ? rng.int(8, 14) : 0;
    w.put('| ');
    putWrapped(w, labels, wrap, ` |${empty(width - 1)}\n| `);
    for (const c of values) w.put(' | ').put(c.text, ...cellIds(t, c));
    w.put(` |${empty(width - 1 - values.length)}\n`);
  }
  w.put('\n');
}

/** Breaks a paragraph's text at a random point with a blank line, as PDF conversion does at page ends. */
function strayBreaks(w: Writer, p: ParaBlock, rng: Rng): void {
  const broken = rng.chance(0.15) ? rng.int(0, p.sentences.length - 1) : -1;
  p.sentences.forEach((s, i) => {
    const text = sentenceText(s);
    if (i === broken && text.length > 12) {
      const at = rng.int(4, text.length - 4);
      w.put(text.slice(0, at), ...sentenceIds(p, s)).put('\n\n').put(text.slice(at), ...sentenceIds(p, s));
    } else {
      w.put(text, ...sentenceIds(p, s));
    }
  });
}

export const pdfMarkdown: Layout = {
  name: 'pdf-md',
  family: 'pdf',
  description: 'r005: a PDF converted to Markdown — title over two heading lines, collapsed table headers, wrapped row labels, page footers inside tables, stray breaks',
  render: (truth, rng) => {
    const page = { n: 1 };
    const pieces = writeText(truth, rng, {
      blockSep: '\n\n',
      noTitle: true,
      chrome: (w) => {
        const title = truth.doc.blocks.find((b): b is ParaBlock => b.kind === 'para' && b.role === 'title')!;
        const s = title.sentences[0]!;
        const text = sentenceText(s);
        const at = text.indexOf('政府信息公开');
        w.put('# ').put(text.slice(0, at), ...sentenceIds(title, s)).put('\n# ').put(text.slice(at), ...sentenceIds(title, s)).put('\n\n');
      },
      heading: (text, level) => `${'#'.repeat(level + 1)} ${text}`,
      para: (w, p, r) => strayBreaks(w, p, r),
      table: (w, t, r) => pdfTable(w, t, r, page),
    });
    return { kind: 'text', ext: 'md', pieces };
  },
};
