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
  fragments: Fragment[];
}

/** A paragraph, or one table, in reading order. */
export interface Paragraph {
  kind: 'paragraph';
  page: number;
  text: string;
  y: number;
  column: TextLine['column'];
  size: number;
  /** Its last line reaches the right edge: it may go on in the next column or page. */
  open: boolean;
  /** Its first line could continue a paragraph (not indented, not a heading). */
  continuation: boolean;
}

/**
 * Splits a page's runs at a vertical gutter: a band near the middle of the
 * page that (almost) no run crosses while runs lie on both sides of it for
 * a good part of the page. Runs crossing it (a full-width title) stay 'full'.
 */
export function assignColumns(fragments: Fragment[], width: number): { fragment: Fragment; column: TextLine['column'] }[] {
  const plain = fragments.map((fragment) => ({ fragment, column: 'full' as TextLine['column'] }));
  if (fragments.length < 20) return plain;
  // Coverage of x by runs, in 2-point bins.
  const bins = new Uint32Array(Math.ceil(width / 2) + 1);
  for (const f of fragments) for (let b = Math.max(0, Math.floor(f.x / 2)); b <= Math.min(bins.length - 1, Math.floor((f.x + f.width) / 2)); b++) bins[b]!++;
  // A few runs may cross the gutter (a title, a heading set across both columns).
  const few = Math.max(2, Math.floor(fragments.length / 50));
  let best: [number, number] | undefined;
  for (let b = Math.floor(bins.length * 0.3); b < bins.length * 0.7; b++) {
    if (bins[b]! > few) continue;
    let e = b;
    while (e + 1 < bins.length && bins[e + 1]! <= few) e++;
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
  // The columns run from the higher to the lower of their first lines and down to the higher of
  // their last lines; text above or below that (a title, a single-column part) is full width.
  const top = Math.max(Math.min(...left.map((f) => f.y)), Math.min(...right.map((f) => f.y))) - 2 * fragments[0]!.size;
  const bottom = Math.min(Math.max(...left.map((f) => f.y)), Math.max(...right.map((f) => f.y))) + 0.5 * fragments[0]!.size;
  return fragments.map((fragment) => ({
    fragment,
    column: fragment.y < top || fragment.y > bottom ? 'full' : fragment.x + fragment.width < gutter ? 'left' : fragment.x > gutter ? 'right' : 'full',
  }));
}

/** The lines of a page, by column (unless `columns` is false), top to bottom. */
export function pageLines(fragments: Fragment[], page: number, width: number, columns = true): TextLine[] {
  const byColumn = new Map<TextLine['column'], Fragment[]>();
  for (const { fragment, column } of columns ? assignColumns(fragments, width) : fragments.map((fragment) => ({ fragment, column: 'full' as const }))) {
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
        fragments: line,
      });
    }
  }
  return lines;
}

function leadWidth(f: Fragment): number {
  const str = f.str.trimStart();
  // A Latin word or one character, with the closing punctuation that may not start a line after it.
  const word = /^(?:[A-Za-z0-9.,%@:/_-]+|[\s\S])[”’）)】》」』〕，。、；：！？!?,.;:]*/u.exec(str)?.[0].length ?? 1;
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

/** The right edge of full lines: the median end of the long lines (ragged text, hanging punctuation). */
export function rightEdge(lines: TextLine[]): number {
  const left = Math.min(...lines.map((l) => l.x1));
  const widest = Math.max(...lines.map((l) => l.x2));
  const long = lines.map((l) => l.x2).filter((x) => x >= left + 0.8 * (widest - left)).sort((a, b) => a - b);
  return long[Math.floor(long.length / 2)] ?? widest;
}

/**
 * Joins the lines of one page column into paragraphs. `bodySize` is the
 * most common font size of the document; `textRight` the right edge of the
 * document's full-width text, for a page of a few short lines (a signature
 * and date alone on the last page: their own ends are no right edge).
 */
export function paragraphs(lines: TextLine[], bodySize: number, textRight = -Infinity): Paragraph[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x1));
  const right = Math.max(rightEdge(lines), textRight);
  const out: Paragraph[] = [];
  let current: { text: string; last: TextLine; first: TextLine } | undefined;
  const flush = () => {
    if (!current) return;
    const { first, last, text } = current;
    out.push({
      kind: 'paragraph',
      page: first.page,
      text,
      y: first.y,
      column: first.column,
      size: last.size,
      open: !/[。！？!?：:；;]$/.test(text) && last.x2 >= right - 1.5 * last.size,
      continuation: first.x1 <= left + first.size && !HEADING_START.test(first.text),
    });
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

/**
 * Joins a paragraph cut by a column or page break: one whose last line
 * reaches the right edge followed (in reading order) by one of the same
 * type size whose first line is neither indented nor a heading.
 */
export function joinBrokenParagraphs<T extends { kind: string }>(blocks: (T | Paragraph)[]): (T | Paragraph)[] {
  const out: (T | Paragraph)[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (block.kind === 'paragraph' && prev?.kind === 'paragraph') {
      const a = prev as Paragraph;
      const b = block as Paragraph;
      if (a.open && b.continuation && Math.abs(a.size - b.size) <= 0.6 && b.page <= a.page + 1) {
        out[out.length - 1] = { ...a, text: joinLines(a.text, b.text), open: b.open };
        continue;
      }
    }
    out.push(block);
  }
  return out;
}
