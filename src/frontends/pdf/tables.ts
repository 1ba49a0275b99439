/**
 * Tables rebuilt from a page's geometry: the ruling lines give the cell
 * boxes (a missing border between two grid slots means one merged cell),
 * the text items inside a box are its text (wrapped lines joined), and a
 * table cut by a page break is joined to its continuation on the next page.
 *
 * Coordinates here are "flow" coordinates: x in points from the left of
 * the page, y in points downwards from the top of the first page, each page
 * stacked below the previous one (see flowY), so that a table continued on
 * the next page is simply further down.
 */
import { t, type Text } from '../../i18n.js';
import type { Rulings, Segment } from './rulings.js';
import { readCell } from '../../text/numbers.js';
import { joinFragments, toLines, type Fragment } from './text.js';

/** A cell box with its text. */
export interface CellBox {
  x1: number;
  x2: number;
  top: number;
  bottom: number;
  fragments: Fragment[];
  /** No line is drawn along its bottom edge (a cell cut by the page break). */
  open?: boolean;
  /** Set when the text of the cell is a guess (the Chinese explanation, a newline, the English one). */
  uncertain?: Text;
}

export interface TableBox {
  page: number;
  x1: number;
  x2: number;
  top: number;
  bottom: number;
  cells: CellBox[];
}

/** Vertical distance between stacked pages in flow coordinates (more than any page is tall). */
export const PAGE_STRIDE = 100_000;

/** A page's y (points, upwards) in flow coordinates. */
export function flowY(page: number, height: number, y: number): number {
  return page * PAGE_STRIDE + (height - y);
}

/** Lines within this distance (points) are the same line; ends within it touch. */
const NEAR = 2;

function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Segment[] = [];
  // Group by position, then merge overlapping runs within a group.
  let group: Segment[] = [];
  const flush = () => {
    group.sort((p, q) => p.a - q.a);
    let cur: Segment | undefined;
    for (const s of group) {
      if (cur && s.a <= cur.b + NEAR) cur.b = Math.max(cur.b, s.b);
      else {
        if (cur) out.push(cur);
        cur = { ...s };
      }
    }
    if (cur) out.push(cur);
    group = [];
  };
  for (const s of sorted) {
    if (group.length && s.at - group[0]!.at > NEAR / 2) flush();
    group.push(s);
  }
  flush();
  return out;
}

/** Positions within NEAR of each other, as one (their mean), ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= NEAR) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** At most this many ruling segments are considered per page (bounded work on hostile input). */
const MAX_SEGMENTS = 4000;
/** A grid of more slots than this is not read as a table (a report table has a few hundred). */
const MAX_SLOTS = 20_000;

/**
 * The tables drawn on one page: groups of crossing ruling lines with at
 * least two cells. Cells are the grid slots between the lines, merged where
 * the line between two slots is missing.
 */
export function pageTables(rulings: Rulings, page: number, height: number): TableBox[] {
  const vs = mergeSegments(rulings.vertical).slice(0, MAX_SEGMENTS);
  // A border runs from one vertical line to another; a line under text (underlined words) does not.
  const touches = (x: number, y: number) => vs.some((v) => Math.abs(v.at - x) <= 2 * NEAR && v.a - NEAR <= y && y <= v.b + NEAR);
  const hs = mergeSegments(rulings.horizontal)
    .slice(0, MAX_SEGMENTS)
    .filter((h) => touches(h.a, h.at) && touches(h.b, h.at));
  const uf = new UnionFind(hs.length + vs.length);
  // Sort-and-sweep would be faster; the counts are bounded above.
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (v.at >= h.a - NEAR && v.at <= h.b + NEAR && h.at >= v.a - NEAR && h.at <= v.b + NEAR) uf.union(i, hs.length + j);
    }),
  );
  // A table cut by the page break has no line along the cut: vertical lines ending at the same
  // height (three or more) belong together.
  const ends = new Map<number, number[]>();
  vs.forEach((v, j) => {
    for (const y of [v.a, v.b]) {
      const key = Math.round(y / NEAR);
      const at = ends.get(key) ?? ends.get(key - 1) ?? ends.get(key + 1);
      if (at) at.push(j);
      else ends.set(key, [j]);
    }
  });
  for (const js of ends.values()) if (js.length >= 3) for (const j of js.slice(1)) uf.union(hs.length + js[0]!, hs.length + j);
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(uf.find(i)) ?? { h: [], v: [] };
    g.h.push(h);
    groups.set(uf.find(i), g);
  });
  vs.forEach((v, j) => groups.get(uf.find(hs.length + j))?.v.push(v));
  const tables: TableBox[] = [];
  for (const { h, v } of groups.values()) {
    if (v.length < 2 || (h.length < 2 && !(h.length === 1 && cutRow(h[0]!, v, height)))) continue;
    const table = gridCells(h, v, page, height);
    if (table && table.cells.length >= 2) tables.push(table);
  }
  return tables.sort((a, b) => a.top - b.top);
}

/**
 * One horizontal line with three or more vertical lines running from it to
 * the same height near the top or the foot of the page: the first (or last)
 * row of a table cut by the page break, before its second border was drawn.
 */
function cutRow(h: Segment, v: Segment[], height: number): boolean {
  if (v.length < 3) return false;
  const below = v.every((s) => s.a < h.at - 3 * NEAR && Math.abs(s.a - v[0]!.a) <= NEAR);
  const above = v.every((s) => s.b > h.at + 3 * NEAR && Math.abs(s.b - v[0]!.b) <= NEAR);
  return (below && v[0]!.a < 0.15 * height) || (above && v[0]!.b > 0.85 * height);
}

function covers(segments: Segment[], at: number, along: number): boolean {
  return segments.some((s) => Math.abs(s.at - at) <= NEAR && s.a - NEAR <= along && along <= s.b + NEAR);
}

function gridCells(h: Segment[], v: Segment[], page: number, height: number): TableBox | null {
  const xs = cluster(v.map((s) => s.at));
  // Rows are between the horizontal lines, and also between the outermost one and the end of the
  // vertical lines beyond it: a table cut by a page break has no line along the cut.
  const low = Math.min(...h.map((s) => s.at));
  const high = Math.max(...h.map((s) => s.at));
  const ends = v.flatMap((s) => [s.a, s.b]).filter((y) => y < low - 3 * NEAR || y > high + 3 * NEAR);
  const beyond = [...(ends.some((y) => y < low) ? [Math.min(...ends)] : []), ...(ends.some((y) => y > high) ? [Math.max(...ends)] : [])];
  const ys = cluster([...h.map((s) => s.at), ...beyond]).reverse(); // top first
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows * cols > MAX_SLOTS) return null;
  const slot = (r: number, c: number) => r * cols + c;
  const uf = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !covers(v, xs[c + 1]!, midY)) uf.union(slot(r, c), slot(r, c + 1));
      if (r + 1 < rows && !covers(h, ys[r + 1]!, midX)) uf.union(slot(r, c), slot(r + 1, c));
    }
  }
  const boxes = new Map<number, { r1: number; r2: number; c1: number; c2: number; n: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = uf.find(slot(r, c));
      const b = boxes.get(k);
      if (!b) boxes.set(k, { r1: r, r2: r, c1: c, c2: c, n: 1 });
      else {
        b.r1 = Math.min(b.r1, r);
        b.r2 = Math.max(b.r2, r);
        b.c1 = Math.min(b.c1, c);
        b.c2 = Math.max(b.c2, c);
        b.n++;
      }
    }
  }
  const cells: CellBox[] = [];
  for (const b of boxes.values()) {
    // A region that is not a rectangle (a border missing inside it) is taken as its bounding box.
    const cell: CellBox = { x1: xs[b.c1]!, x2: xs[b.c2 + 1]!, top: flowY(page, height, ys[b.r1]!), bottom: flowY(page, height, ys[b.r2 + 1]!), fragments: [] };
    if (b.r2 === rows - 1 && !covers(h, ys[rows]!, (cell.x1 + cell.x2) / 2)) cell.open = true;
    if (b.n !== (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1)) {
      cell.uncertain = t('表格线不完整，无法确定单元格的边界', 'the table rulings are incomplete: the cell boundaries are not certain');
    }
    cells.push(cell);
  }
  return { page, x1: xs[0]!, x2: xs[xs.length - 1]!, top: flowY(page, height, ys[0]!), bottom: flowY(page, height, ys[ys.length - 1]!), cells };
}

/** The cell of a table holding a point, if any. */
export function cellAt(table: TableBox, x: number, y: number): CellBox | undefined {
  if (x < table.x1 - 1 || x > table.x2 + 1 || y < table.top - 1 || y > table.bottom + 1) return undefined;
  return table.cells.find((c) => x >= c.x1 - 0.5 && x <= c.x2 + 0.5 && y >= c.top - 0.5 && y <= c.bottom + 0.5);
}

/**
 * Text printed below a table's last ruling inside the columns of one of its
 * bottom cells left open (no line under it), line after line from that
 * cell's own text: the overflow of a cell cut by the page break (browsers
 * print it past the table's edge).
 * Returns the runs that are not such overflow.
 */
export function attachOverflow(table: TableBox, loose: Fragment[]): Fragment[] {
  const bottom = table.cells.filter((c) => c.open && Math.abs(c.bottom - table.bottom) <= NEAR && c.fragments.length);
  if (!bottom.length) return loose;
  const last = new Map(bottom.map((c) => [c, Math.max(...c.fragments.map((f) => f.y))]));
  const rest: Fragment[] = [];
  // Whole lines only: a line with text outside the cell (a heading under the table) is not overflow.
  for (const line of toLines(loose)) {
    const first = line[0]!;
    const cell = bottom.find(
      (c) =>
        line.every((f) => f.x >= c.x1 - 1 && f.x + f.width <= c.x2 + 1) &&
        first.y > table.bottom - first.size &&
        first.y > last.get(c)! &&
        first.y - last.get(c)! <= 2 * first.size,
    );
    if (cell) {
      cell.fragments.push(...line);
      last.set(cell, first.y);
    } else rest.push(...line);
  }
  return rest;
}

/** The text of a cell: its lines top to bottom, each left to right, joined as one line. */
export function cellText(cell: CellBox): string {
  return joinFragments(cell.fragments, { wrap: true });
}

/** Marks that begin a label of its own: "三、", "（二）", "1.", "第…". */
const LABEL_START = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、]|第[一二三四五六七八九十\d]+(?:章|节|条|部分))/;

/**
 * Joins a table continued at the top of the next page onto the table above
 * it: same left and right edges, nothing between them but the page break.
 * A merged cell cut by the break is drawn as two boxes; the lower one is
 * joined to the upper one when they have the same columns, the lower one's
 * text continues the upper one's label (it does not begin a label of its
 * own) or is empty, and one of them spans several rows (or the lower one is
 * an empty box of a header row, which holds no numbers). When the whole
 * first row of the continuation is such continued text and empty cells,
 * the row itself was cut and is joined. Header rows repeated at the top of
 * the continuation are dropped.
 */
export function joinContinued(upper: TableBox, lower: TableBox): TableBox | null {
  if (Math.abs(upper.x1 - lower.x1) > NEAR * 2 || Math.abs(upper.x2 - lower.x2) > NEAR * 2) return null;
  const lowerCells = dropRepeatedHeader(upper, lower);
  const bottomRow = upper.cells.filter((c) => Math.abs(c.bottom - upper.bottom) <= NEAR);
  const firstTop = Math.min(...lowerCells.map((c) => c.top));
  const topRow = lowerCells.filter((c) => Math.abs(c.top - firstTop) <= NEAR);
  const label = (t: string) => t !== '' && readCell(t).kind === 'text';
  const spansRows = (cell: CellBox, part: CellBox[]) => part.some((c) => c.top > cell.top + NEAR && c.top < cell.bottom - NEAR);
  const pairs = topRow.map((low) => {
    const up = bottomRow.find((c) => Math.abs(c.x1 - low.x1) <= NEAR && Math.abs(c.x2 - low.x2) <= NEAR);
    const a = up ? cellText(up) : '';
    const b = cellText(low);
    // Text continuing the label above (not a label of its own), or nothing under a label.
    const continued = !!up && label(a) && ((label(b) && !LABEL_START.test(b)) || b === '');
    return { low, up, b, continued };
  });
  // A row cut by the break: its lower part is continued labels and empty cells only.
  const rowCut = pairs.some((p) => p.continued && p.b) && pairs.every((p) => p.up && (p.continued || p.b === ''));
  // A header row (no numbers) continued on the next page: its empty boxes belong to the labels above.
  const headerRow = !pairs.some((p) => readCell(p.b).kind === 'number');
  const merged = new Map<CellBox, CellBox>();
  for (const { low, up, b, continued } of pairs) {
    // Otherwise only a merged cell (spanning rows on either side of the break) was cut.
    const cut = continued && (spansRows(up!, upper.cells) || spansRows(low, lowerCells) || (headerRow && b === ''));
    if (up && (cut || rowCut)) merged.set(low, up);
  }
  const cells = [...upper.cells];
  for (const c of lowerCells) {
    const up = merged.get(c);
    if (up) {
      up.fragments = [...up.fragments, ...c.fragments];
      up.bottom = c.bottom;
    } else cells.push(c);
  }
  return { page: upper.page, x1: upper.x1, x2: upper.x2, top: upper.top, bottom: lower.bottom, cells };
}

/** The lower part's cells without the rows that repeat the upper part's first rows. */
function dropRepeatedHeader(upper: TableBox, lower: TableBox): CellBox[] {
  const rowsOf = (t: { cells: CellBox[] }) => {
    const tops = cluster(t.cells.map((c) => c.top));
    return tops.map((top) => t.cells.filter((c) => Math.abs(c.top - top) <= NEAR).sort((p, q) => p.x1 - q.x1));
  };
  const up = rowsOf(upper);
  const low = rowsOf(lower);
  const key = (row: CellBox[]) => row.map((c) => `${Math.round(c.x1)}:${cellText(c)}`).join('|');
  let k = 0;
  while (k < low.length && k < up.length - 1 && key(low[k]!) === key(up[k]!) && low[k]!.some((c) => cellText(c))) k++;
  return low.slice(k).flat();
}

/** A cell on the logical grid of its table. */
export interface GridCell {
  cell: CellBox;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** The table's cells on a grid made of all their edges: rows top to bottom, cells left to right. */
export function tableGrid(table: TableBox): GridCell[][] {
  const xs = cluster(table.cells.flatMap((c) => [c.x1, c.x2]));
  const ys = cluster(table.cells.flatMap((c) => [c.top, c.bottom]));
  const index = (values: number[], v: number) => {
    let best = 0;
    for (let i = 1; i < values.length; i++) if (Math.abs(values[i]! - v) < Math.abs(values[best]! - v)) best = i;
    return best;
  };
  const rows: GridCell[][] = Array.from({ length: Math.max(0, ys.length - 1) }, () => []);
  for (const cell of table.cells) {
    const row = index(ys, cell.top);
    const col = index(xs, cell.x1);
    const rowSpan = Math.max(1, index(ys, cell.bottom) - row);
    const colSpan = Math.max(1, index(xs, cell.x2) - col);
    rows[Math.min(row, rows.length - 1)]?.push({ cell, row, col, rowSpan, colSpan });
  }
  for (const r of rows) r.sort((a, b) => a.col - b.col);
  return rows.filter((r) => r.length > 0);
}
