/**
 * Plain-text layouts copied from the seeds: a clean copy (one paragraph a
 * line, tables as tab-separated rows as a browser copies them), one table
 * cell per line with blank lines (001), cells ending in " |" with "||||"
 * runs for merged cells (002), "| cell |" rows (r026, 004), and a 4-space
 * indented copy saved with a .md extension (003).
 */
import type { Rng } from '../prng.js';
import type { GridCell, TableBlock } from '../truth/types.js';
import { cellIds, denseGrid, splitWord } from './common.js';
import { halfWidth, metaLine, writeText } from './text-base.js';
import type { Layout, Writer } from './types.js';

/** Rows as a browser copies a table: the cells present in each row, tab-separated (a rowspan's text only in its first row). */
export function tabRows(w: Writer, t: TableBlock): void {
  for (const row of t.rows) {
    row.forEach((c, i) => {
      if (i) w.put('\t');
      w.put(c.text, ...cellIds(t, c));
    });
    w.put('\n');
  }
}

/** Header words wrapped in narrow cells: "本年新\n制作数量", "科研机 构". */
function wrapped(rng: Rng, c: GridCell): string {
  if (c.role !== 'header' || c.text.length < 5 || c.text.length > 8) return c.text;
  return rng.pick([c.text, `${c.text.slice(0, 3)}\n${c.text.slice(3)}`, `${c.text.slice(0, -1)} ${c.text.slice(-1)}`]);
}

export const txtClean: Layout = {
  name: 'txt-clean',
  family: 'plain',
  description: 'one paragraph a line, headings on their own lines, tables as tab-separated rows (a browser copy)',
  render: (truth, rng) => ({
    kind: 'text', ext: 'txt',
    pieces: writeText(truth, rng, { blockSep: '\n', meta: (w, p, r) => metaLine(w, p, r, false), table: (w, t) => tabRows(w, t) }),
  }),
};

export const txtCellPerLine: Layout = {
  name: 'txt-cell-per-line',
  family: 'plain',
  description: 'seed 001: one table cell per line with blank lines between, header words wrapped, "规    章" padding, page footer controls',
  render: (truth, rng) => ({
    kind: 'text', ext: 'txt',
    pieces: writeText(truth, rng, {
      blockSep: '\n\n',
      meta: (w, p, r) => metaLine(w, p, r),
      footer: (w) => w.put('扫一扫在手机打开当前页\n返回顶部 打印本页 关闭本页\n'),
      table: (w, t, r) => {
        for (const row of t.rows) {
          for (const c of row) {
            const text = c.text === '规章' ? '规    章' : wrapped(r, c);
            w.put(text, ...cellIds(t, c)).put('\n\n');
          }
        }
      },
    }),
  }),
};

export const txtPipeCells: Layout = {
  name: 'txt-pipe-cells',
  family: 'plain',
  description: 'seed 002: one cell per line ending in " |", a run of "|" for the grid positions a merged cell covers, half-width punctuation',
  render: (truth, rng) => ({
    kind: 'text', ext: 'txt',
    pieces: halfWidth(writeText(truth, rng, {
      blockSep: '\n',
      meta: (w, p, r) => {
        w.put(`${truth.agency.site.replace(/^www\./, 'www.')} `);
        metaLine(w, p, r);
      },
      noSignature: true,
      table: (w, t, r) => {
        const grid = denseGrid(t);
        t.rows.forEach((row, i) => {
          for (const c of row) w.put(splitWord(r, c.text, c.role === 'header' ? 0.4 : 0), ...cellIds(t, c)).put(' |\n');
          const covered = grid[i]!.filter((p) => p.covered).length;
          if (covered) w.put(`${'|'.repeat(covered)}\n`);
        });
      },
    })),
  }),
};

export const txtPipeRows: Layout = {
  name: 'txt-pipe-rows',
  family: 'plain',
  description: 'r026: a web table flattened to "label | 0 | 0 |" rows, a rowspan group label in the first cell of its first row, "|||" for merged cells',
  render: (truth, rng) => ({
    kind: 'text', ext: 'txt',
    pieces: writeText(truth, rng, {
      blockSep: '\n',
      table: (w, t) => {
        const grid = denseGrid(t);
        t.rows.forEach((row, i) => {
          row.forEach((c, j) => {
            if (j) w.put(' | ');
            w.put(c.text, ...cellIds(t, c));
          });
          const covered = grid[i]!.filter((p) => p.covered && p.row === i).length;
          w.put(covered ? ` | ${'|'.repeat(covered)}\n` : ' |\n');
        });
      },
    }),
  }),
};

export const mdIndented: Layout = {
  name: 'md-indented',
  family: 'plain',
  description: 'seed 003 saved as .md: every line indented by four spaces (a Markdown code block), blank lines between, the 附表 one cell per line',
  render: (truth, rng) => ({
    kind: 'text', ext: 'md',
    pieces: halfWidth(writeText(truth, rng, {
      blockSep: '\n\n',
      indent: '    ',
      meta: (w, p) => {
        w.put('    时间:');
        const s = p.sentences[0]!;
        const date = s.parts.find((x) => typeof x !== 'string');
        if (date && typeof date !== 'string') w.put(date.text, s.id, p.id);
        w.put(` ${rng.int(8, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}`);
      },
      footer: (w) => w.put('    附件下载\n\n    扫一扫在手机上查看当前页面\n'),
      table: (w, t) => {
        for (const row of t.rows) for (const c of row) w.put('    ').put(c.text, ...cellIds(t, c)).put('\n\n');
      },
    })),
  }),
};
