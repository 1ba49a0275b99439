/**
 * PDF-to-text conversions (what pdftotext or a copy from a PDF viewer
 * gives): lines hard-wrapped at the page width, the title over two lines,
 * table headers collapsed into one run of words ("结果维持结果纠正其他结果…"),
 * a rowspan label on its own line in the middle of its group, long row
 * labels wrapped over two or three lines, table 四 as a header and one row
 * of fifteen numbers, table 二 as plain "行政许可 97" lines, page footers
 * "— 3 —" between table rows.
 *
 * Real PDF files (the HTML and Word renderings printed by LibreOffice or
 * Chromium, read by the product's PDF front end) are in printed.ts.
 */
import type { Rng } from '../prng.js';
import { sentenceText, type ParaBlock, type TableBlock } from '../truth/types.js';
import { cellIds, sentenceIds } from './common.js';
import { writeText } from './text-base.js';
import type { Layout, Writer } from './types.js';

/** Writes text hard-wrapped at `width` characters from column `col`; returns the column after it. */
function hardWrap(w: Writer, text: string, ids: string[], col: number, width: number): number {
  let rest = text;
  while (col + rest.length > width) {
    let take = Math.max(1, width - col);
    // Line breaking as typesetters do it: never inside a run of Latin letters or digits, never before closing punctuation.
    const word = /[A-Za-z0-9.:/%\-]/;
    const start = take;
    while (take > 0 && word.test(rest[take - 1] ?? '') && word.test(rest[take] ?? '')) take--;
    if (take === 0) take = start;
    while (take < rest.length && /[，。、；：）”》%,.;:)]/.test(rest[take]!)) take++;
    if (take >= rest.length) break;
    w.put(rest.slice(0, take), ...ids).put('\n');
    rest = rest.slice(take);
    col = 0;
  }
  w.put(rest, ...ids);
  return col + rest.length;
}

function table(w: Writer, t: TableBlock, rng: Rng, page: { n: number }): void {
  const width = 40;
  if (t.headerRows) {
    // Header rows collapse into one run of words, wrapped at the page width.
    let col = 0;
    for (const c of t.rows.slice(0, t.headerRows).flat()) col = hardWrap(w, c.text, cellIds(t, c), col, width);
    w.put('\n');
  }
  const footerAt = t.rows.length > 8 ? rng.int(t.headerRows + 3, t.rows.length - 2) : -1;
  const pending: { text: string; ids: string[]; at: number }[] = [];
  for (let r = t.headerRows; r < t.rows.length; r++) {
    if (r === footerAt) w.put(`\n— ${++page.n} —\n\n`);
    const cells = t.rows[r]!;
    const values = cells.filter((c) => c.role === 'value');
    let labels = cells.filter((c) => c.role !== 'value');
    // A label spanning several rows is printed in the middle of them, on a line of its own.
    const tall = labels.filter((c) => (c.rowSpan ?? 1) > 2);
    labels = labels.filter((c) => !tall.includes(c));
    for (const c of tall) pending.push({ text: c.text, ids: cellIds(t, c), at: r + Math.floor((c.rowSpan! - 1) / 2) });
    for (const p of pending.filter((x) => x.at === r)) w.put(p.text, ...p.ids).put('\n');
    const segs = labels.map((c) => ({ text: c.text, ids: cellIds(t, c) }));
    const length = segs.reduce((n, s) => n + s.text.length, 0);
    const putValues = () => {
      for (const c of values) w.put(' ').put(c.text, ...cellIds(t, c));
    };
    if (length > 18 && values.length && rng.chance(0.7)) {
      // Wrapped over two lines; the numbers on the first or on the last line.
      const [head, tail] = splitSegments(segs, rng.int(10, 16));
      const first = rng.chance(0.3);
      for (const x of head) w.put(x.text, ...x.ids);
      if (first) putValues();
      w.put('\n');
      for (const x of tail) w.put(x.text, ...x.ids);
      if (!first) putValues();
    } else {
      segs.forEach((x, i) => w.put(i && !values.length ? ' ' : '').put(x.text, ...x.ids));
      putValues();
    }
    w.put('\n');
  }
}

type Segment = { text: string; ids: string[] };

/** Splits label segments at character `at`. */
function splitSegments(segs: Segment[], at: number): [Segment[], Segment[]] {
  const head: Segment[] = [];
  const tail: Segment[] = [];
  let pos = 0;
  for (const s of segs) {
    const end = pos + s.text.length;
    if (end <= at) head.push(s);
    else if (pos >= at) tail.push(s);
    else {
      head.push({ text: s.text.slice(0, at - pos), ids: s.ids });
      tail.push({ text: s.text.slice(at - pos), ids: s.ids });
    }
    pos = end;
  }
  return [head, tail];
}

function wrappedPara(w: Writer, p: ParaBlock): void {
  let col = 2;
  w.put('  ');
  for (const s of p.sentences) col = hardWrap(w, sentenceText(s), sentenceIds(p, s), col, 38);
}

export const pdfText: Layout = {
  name: 'pdf-text',
  family: 'pdf',
  description: 'text copied out of a PDF: hard-wrapped lines, the title over two lines, collapsed table headers, wrapped row labels, table 四 as one row of 15 numbers, "— 3 —" footers',
  render: (truth, rng) => {
    const page = { n: 1 };
    const pieces = writeText(truth, rng, {
      blockSep: '\n',
      noTitle: true,
      chrome: (w) => {
        const title = truth.doc.blocks.find((b): b is ParaBlock => b.kind === 'para' && b.role === 'title')!;
        const s = title.sentences[0]!;
        const text = sentenceText(s);
        const at = text.indexOf('政府信息公开') > 0 ? text.indexOf('政府信息公开') : Math.floor(text.length / 2);
        w.put(text.slice(0, at), ...sentenceIds(title, s)).put('\n').put(text.slice(at), ...sentenceIds(title, s)).put('\n');
      },
      para: (w, p) => wrappedPara(w, p),
      table: (w, t, r) => table(w, t, r, page),
    });
    return { kind: 'text', ext: 'txt', pieces };
  },
};
