/**
 * The running text of the pages: text lines outside tables, read column by
 * column on two-column pages, without the page headers, footers and page
 * numbers, and joined into paragraphs (a line that reaches the right edge
 * continues on the next line unless that one is indented or starts a
 * heading; a title in large type over two lines is one title).
 */
import { lineText, joinLines, toLines, type Fragment } from './text.js';

export interface TextLine {
  page: number;
  text: string;
  x1: number;
  x2: number;
  /** Baseline, flow coordinates. */
  y: number;
  size: number;
  /** Width of the first word (a run of Latin letters and digits, or one character): could it have ended the line above? */
  lead: number;
  /** 'left' or 'right' on a two-column page, else 'full'. */
  column: 'full' | 'left' | 'right';
}

/** A paragraph, or one table, in reading order. */
export interface Paragraph {
  kind: 'paragraph';
  page: number;
  text: string;
  y: number;
  column: TextLine['column'];
}

/**
 * Splits a page's runs at a vertical gutter: a band near the middle of the
 * page that no run crosses while runs lie on both sides of it for a good
 * part of the page. Runs crossing it (a full-width title) stay 'full'.
 */
export function assignColumns(fragments: Fragment[], width: number): { fragment: Fragment; column: TextLine['column'] }[] {
  const plain = fragments.map((fragment) => ({ fragment, column: 'full' as TextLine['column'] }));
  if (fragments.length < 20) return plain;
  // Coverage of x by runs, in 2-point bins.
  const bins = new Uint32Array(Math.ceil(width / 2) + 1);
  for (const f of fragments) for (let b = Math.max(0, Math.floor(f.x / 2)); b <= Math.min(bins.length - 1, Math.floor((f.x + f.width) / 2)); b++) bins[b]!++;
  let best: [number, number] | undefined;
  for (let b = Math.floor(bins.length * 0.3); b < bins.length * 0.7; b++) {
    if (bins[b] !== 0) continue;
    let e = b;
    while (e + 1 < bins.length && bins[e + 1] === 0) e++;
    if ((e - b + 1) * 2 >= 10 && (!best || e - b > best[1] - best[0])) best = [b, e];
    b = e;
  }
  if (!best) return plain;
  const gutter = ((best[0] + best[1] + 1) * 2) / 2;
  const left = fragments.filter((f) => f.x + f.width < gutter);
  const right = fragments.filter((f) => f.x > gutter);
  // Both sides must carry text over a good vertical extent (not a label column beside a number).
  const extent = (fs: Fragment[]) => new Set(fs.map((f) => Math.round(f.y / 4))).size;
  if (extent(left) < 8 || extent(right) < 8) return plain;
  return fragments.map((fragment) => ({
    fragment,
    column: fragment.x + fragment.width < gutter ? 'left' : fragment.x > gutter ? 'right' : 'full',
  }));
}

/** The lines of a page, by column, top to bottom. */
export function pageLines(fragments: Fragment[], page: number, width: number): TextLine[] {
  const byColumn = new Map<TextLine['column'], Fragment[]>();
  for (const { fragment, column } of assignColumns(fragments, width)) {
    byColumn.set(column, [...(byColumn.get(column) ?? []), fragment]);
  }
  const lines: TextLine[] = [];
  for (const [column, fs] of byColumn) {
    for (const line of toLines(fs)) {
      const text = lineText(line);
      if (!text) continue;
      lines.push({
        page,
        text,
        x1: line[0]!.x,
        x2: Math.max(...line.map((f) => f.x + f.width)),
        y: line[0]!.y,
        size: Math.max(...line.map((f) => f.size)),
        lead: leadWidth(line[0]!),
        column,
      });
    }
  }
  return lines;
}

function leadWidth(f: Fragment): number {
  const str = f.str.trimStart();
  const word = /^[A-Za-z0-9.,%@:/_-]+/.exec(str)?.[0].length ?? 1;
  return (f.width / Math.max(1, str.length)) * Math.min(word, str.length);
}

/** "3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 9 页", "3/9", "Page 3 of 9". */
const PAGE_NUMBER = /^[\s\-—–－~·•]*(?:第\s*)?[0-9０-９]+\s*(?:页)?\s*(?:(?:[/／]|共|of)\s*[0-9０-９]+\s*(?:页)?)?[\s\-—–－~·•]*$|^page\s*\d+(?:\s*of\s*\d+)?$/i;

/**
 * Drops page furniture: page numbers among the first or last two lines of
 * a page, and lines among them that repeat (digits aside) near the same
 * height on other pages — running headers and footers, a browser's print
 * header (date, title) and footer (address, "1/5").
 */
export function dropFurniture(pages: TextLine[][]): TextLine[][] {
  const edge = (lines: TextLine[]) => {
    const sorted = [...lines].sort((a, b) => a.y - b.y);
    return new Set([...sorted.slice(0, 2), ...sorted.slice(-2)]);
  };
  const edges = pages.map(edge);
  const key = (l: TextLine, i: number) => `${l.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '')}@${Math.round((l.y - i * 100_000) / 6)}`;
  const counts = new Map<string, number>();
  edges.forEach((set, i) => {
    for (const k of new Set([...set].map((l) => key(l, i)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const repeated = (n: number) => pages.length >= 2 && n >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, i) =>
    lines.filter((l) => {
      if (!edges[i]!.has(l)) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      return !repeated(counts.get(key(l, i)) ?? 0);
    }),
  );
}

/** Heading numbers that start a line of their own: "一、", "（二）", "1.", "第一章". */
const HEADING_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]\s*\S|第[一二三四五六七八九十]+[章节部分])/;

/**
 * Joins the lines of one page column into paragraphs. `bodySize` is the
 * most common font size of the document.
 */
export function paragraphs(lines: TextLine[], bodySize: number): Paragraph[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x1));
  const widest = Math.max(...lines.map((l) => l.x2));
  // The right edge of full lines: the median end of the long lines (ragged text, hanging punctuation).
  const long = lines.map((l) => l.x2).filter((x) => x >= left + 0.8 * (widest - left)).sort((a, b) => a - b);
  const right = long[Math.floor(long.length / 2)] ?? widest;
  const out: Paragraph[] = [];
  let current: { text: string; last: TextLine; first: TextLine } | undefined;
  const flush = () => {
    if (current) out.push({ kind: 'paragraph', page: current.first.page, text: current.text, y: current.first.y, column: current.first.column });
    current = undefined;
  };
  for (const line of lines) {
    const prev = current?.last;
    if (prev && continues(prev, line, { left, right, bodySize })) {
      current!.text = joinLines(current!.text, line.text);
      current!.last = line;
      continue;
    }
    flush();
    current = { text: line.text, last: line, first: line };
  }
  flush();
  return out;
}

function continues(prev: TextLine, line: TextLine, box: { left: number; right: number; bodySize: number }): boolean {
  if (Math.abs(prev.size - line.size) > 0.6) return false;
  const gap = line.y - prev.y;
  if (gap <= 0 || gap > 2.2 * line.size) return false;
  // A title over two lines, larger than the body text (centred or not).
  if (line.size > box.bodySize + 0.5 && gap <= 1.8 * line.size) return true;
  // Wrapped: the first word of this line would not have fitted at the end of the line above.
  const room = /[。！？!?]$/.test(prev.text) ? 0.5 * prev.size : 0.3 * prev.size;
  const wrapped = prev.x2 >= box.right - room || (!/[。！？!?：:；;]$/.test(prev.text) && prev.x2 + line.lead > box.right - room);
  const indented = line.x1 > box.left + 1.0 * line.size;
  return wrapped && !indented && !(HEADING_START.test(line.text) && line.x2 < box.right - 1.5 * line.size);
}
