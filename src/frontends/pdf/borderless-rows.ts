/**
 * The rows and cells of a borderless table (borderless.ts found its lines).
 *
 * - Columns: value segments that overlap across the value lines of a part
 *   of the table are one column (cells never overlap, so two columns never
 *   do); header cells over no value add a column of their own (a column
 *   left blank).
 * - Rows: each value line is a row; the row labels left of the values are
 *   set in blocks (lines of one cell stacked close together). A label
 *   block with label text of other rows to its right is a group label
 *   spanning rows (a rowspan); it heads the rows it is centred on (or,
 *   where the page break cut it, that it starts at the top of). Any other
 *   label block belongs to the row whose values it is centred on.
 * - Header lines above a part become header rows: their blocks by height.
 *
 * Where the geometry leaves a choice (a label line as near to one row as
 * to the next, two numbers in one column, a group that could end on either
 * of two rows), the cells concerned carry a note of what was assumed and
 * are parse-uncertain.
 */
import { t, type Text } from '../../i18n.js';
import { segment, type Segment } from './segments.js';
import type { TableLines, TLine } from './borderless.js';
import { near, recurring } from './alignment.js';
import { joinLines } from './text.js';
import { placeGroups } from './borderless-groups.js';
import { prefixLength } from '../../text/sorted.js';

/** One row of the text written for a table: its cells, and the page it is on. */
export interface OutRow {
  page: number;
  cells: { text: string; uncertain?: Text }[];
}

/** A segment with the virtual height of its line. */
export interface Seg extends Segment {
  v: number;
  page: number;
}

/** Lines of one cell: segments stacked close together, overlapping. */
export interface Block {
  segs: Seg[];
  x1: number;
  x2: number;
  top: number;
  bottom: number;
  text: string;
}

/** A row of values with its labels, and the group labels that open it. */
export interface Row {
  line: TLine;
  v: number;
  /** Label text per label column (stacked blocks joined), with its lines' extent. */
  labels: (Block | undefined)[];
  values: (Seg | undefined)[];
  uncertain?: Text;
  groups: Block[];
}

const segsOf = (l: TLine): Seg[] => l.segments.map((s) => ({ ...s, v: l.v, page: l.page }));

function blockOf(segs: Seg[]): Block {
  const sorted = [...segs].sort((a, b) => a.v - b.v || a.x1 - b.x1);
  return {
    segs: sorted,
    x1: Math.min(...sorted.map((s) => s.x1)),
    x2: Math.max(...sorted.map((s) => s.x2)),
    top: sorted[0]!.v,
    bottom: sorted[sorted.length - 1]!.v,
    text: sorted.reduce((text, s) => joinLines(text, s.text), ''),
  };
}

/** Segments stacked into blocks: one below the other, overlapping, at most `reach` apart. */
function stack(segs: Seg[], reach: number): Block[] {
  const sorted = [...segs].sort((a, b) => a.v - b.v || a.x1 - b.x1);
  const open: Seg[][] = [];
  const done: Seg[][] = [];
  for (const s of sorted) {
    let best: Seg[] | undefined;
    let most = 0;
    for (let k = open.length - 1; k >= 0; k--) {
      const last = open[k]![open[k]!.length - 1]!;
      if (s.v - last.v > reach) {
        done.push(...open.splice(k, 1));
        continue;
      }
      if (s.v - last.v <= 0.3 * s.size) continue;
      const overlap = Math.min(s.x2, last.x2) - Math.max(s.x1, last.x1);
      if (overlap > most) [best, most] = [open[k], overlap];
    }
    if (best) best.push(s);
    else open.push([s]);
  }
  return [...done, ...open].map(blockOf);
}

/** Intervals that overlap merged, left to right, with how many each holds. */
function clusters(segs: { x1: number; x2: number }[]): { x1: number; x2: number; n: number }[] {
  const sorted = [...segs].sort((a, b) => a.x1 - b.x1);
  const out: { x1: number; x2: number; n: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.x1 <= last.x2) {
      last.x2 = Math.max(last.x2, s.x2);
      last.n++;
    } else out.push({ x1: s.x1, x2: s.x2, n: 1 });
  }
  return out;
}

const NOTE = {
  twoValues: t('有两个数字落在同一列，已按左边的一个读取', 'two numbers fall in one column; the left one was read'),
  betweenRows: t('行名的一行在两行之间，已按较近的一行读取', 'a line of the label lies between two rows; it was read with the nearer one'),
  noLabel: t('没有找到行名', 'no row label was found'),
};

/** The rows of a borderless table, or null when its lines make no table. */
export function buildRows(table: TableLines): OutRow[] | null {
  const out: OutRow[] = [];
  for (const section of table.sections) {
    const body = bodyRows(section.body, section.header, table);
    out.push(...headerRows(section.header, table, body.edges), ...body.rows);
  }
  return out.some((r) => r.cells.length > 1) ? out : null;
}

/** Header lines as rows: blocks of stacked words, grouped by the height of their middle. */
function headerRows(lines: TLine[], table: TableLines, edges: number[]): OutRow[] {
  if (!lines.length) return [];
  const reach = table.pitch ? Math.min(2.6 * table.size, Math.max(1.7 * table.size, 0.8 * table.pitch)) : 2.6 * table.size;
  const blocks = stack(resplit(lines.flatMap(segsOf), table.valueStart, edges), reach);
  blocks.sort((a, b) => (a.top + a.bottom) / 2 - (b.top + b.bottom) / 2);
  const rows: Block[][] = [];
  for (const b of blocks) {
    const last = rows[rows.length - 1];
    const mid = (b.top + b.bottom) / 2;
    if (last && mid - (last[0]!.top + last[0]!.bottom) / 2 <= 0.75 * table.size) last.push(b);
    else rows.push([b]);
  }
  return rows.map((row) => ({ page: row[0]!.segs[0]!.page, cells: row.sort((a, b) => a.x1 - b.x1).map((b) => ({ text: b.text })) }));
}

function bodyRows(lines: TLine[], header: TLine[], table: TableLines): { rows: OutRow[]; edges: number[] } {
  const { valueStart, size } = table;
  const pitch = table.pitch || 3 * size;
  const valueLines = lines.filter((l) => l.segments.some((s) => s.value && s.x1 >= valueStart - 0.5));
  const segs = resplit(lines.flatMap(segsOf), valueStart, []);
  const isLabel = (s: Seg) => s.x2 <= valueStart + 0.5 && !(s.value && s.x1 >= valueStart - 0.5);
  const labelSegs = segs.filter(isLabel);
  const valueSegs = segs.filter((s) => !isLabel(s));
  // Value columns: overlapping value-area segments of the rows, and header cells over none of them.
  const headerSegs = header.flatMap(segsOf).filter((s) => s.x1 >= valueStart - 0.5);
  const valueCols = clusters(valueLines.flatMap(segsOf).filter((s) => !isLabel(s)));
  const blank = stack(headerSegs, 2.6 * size).filter((b) => !valueCols.some((c) => b.x1 < c.x2 && c.x1 < b.x2));
  const columns = clusters([...valueCols, ...clusters(blank)]);
  const labelCols = labelColumns(labelSegs, valueLines.length);

  const rows: Row[] = valueLines.map((line) => ({ line, v: line.v, labels: labelCols.map(() => undefined), values: columns.map(() => undefined), groups: [] }));
  const edges = columns.map((c) => c.x1);
  if (!rows.length) return { rows: [], edges };
  const nearestRow = (v: number) => {
    // The last row whose v is at most v (rows are sorted by v), or the first; then the nearer of it and the next.
    let lo = Math.max(0, prefixLength(rows, (r) => r.v <= v) - 1);
    if (lo + 1 < rows.length && Math.abs(rows[lo + 1]!.v - v) < Math.abs(rows[lo]!.v - v)) lo++;
    return lo;
  };
  // Values (and text in the value columns) to their row and column.
  for (const s of valueSegs) {
    const r = rows[nearestRow(s.v)]!;
    const within = columns.filter((col) => s.x1 < col.x2 + 0.01 && col.x1 < s.x2 + 0.01);
    // Text under the values on a line of its own (a wrapped cell) must fall in one column.
    if (within.length !== 1) continue;
    const c = columns.indexOf(within[0]!);
    if (r.values[c]) {
      r.uncertain ??= NOTE.twoValues;
      continue;
    }
    r.values[c] = s;
  }
  // Labels, column by column.
  const reach = Math.min(2.6 * size, Math.max(1.1 * size, 0.8 * minPitch(rows, size)));
  labelCols.forEach((col, ci) => {
    const inCol = labelSegs.filter((s) => s.x1 >= col.x1 - 0.01 && s.x2 <= col.x2 + 0.01);
    const blocks = stack(inCol, reach);
    const own: Block[] = [];
    const groups: Block[] = [];
    for (const b of blocks) (isGroup(b, inCol, pitch) ? groups : own).push(b);
    for (const b of own) assignOwn(b, rows, ci, nearestRow, size);
    placeGroups(groups, rows, ci, size, pitch);
  });
  const out: OutRow[] = [];
  for (const row of rows) {
    for (const g of row.groups) out.push({ page: g.segs[0]!.page, cells: [{ text: g.text }] });
    const uncertain = row.uncertain ?? (labelCols.length && row.labels.every((l) => !l) ? NOTE.noLabel : undefined);
    const cells = [...row.labels.map((l) => l?.text ?? ''), ...row.values.map((v) => v?.text ?? '')].map((text) => ({ text, ...(uncertain ? { uncertain } : {}) }));
    out.push({ page: row.line.page, cells });
  }
  return { rows: out, edges };
}

/**
 * Segments cut where a piece starts at a left edge the table's cells share
 * (a label column, a value column) though the gap before it is narrow: a
 * label filling its cell up to the next cell ("三、本年度办（一）予以公开",
 * "其他对外管理服务事项0").
 */
function resplit(segs: Seg[], valueStart: number, columns: number[]): Seg[] {
  const edges = [...recurring(segs.map((s) => s.x1), 0.6), ...columns].sort((a, b) => a - b);
  const out: Seg[] = [];
  for (const s of segs) {
    let run = [s.pieces[0]!];
    for (let k = 1; k < s.pieces.length; k++) {
      const p = s.pieces[k]!;
      if (p.x1 - run[run.length - 1]!.x2 >= 0.5 && (near(edges, p.x1, 0.6) || (p.x1 >= valueStart - 0.5 && /^[0-9+\-]/.test(p.str)))) {
        out.push({ ...segment(run), v: s.v, page: s.page });
        run = [];
      }
      run.push(p);
    }
    out.push(run.length === s.pieces.length ? s : { ...segment(run), v: s.v, page: s.page });
  }
  return out;
}

/**
 * The label columns: label segments that overlap, left to right. A column
 * with fewer segments than half the rows holds group labels of the column
 * right of it (a rowspan), not cells of every row (a unit column).
 */
function labelColumns(segs: Seg[], rows: number): { x1: number; x2: number }[] {
  const cols = clusters(segs);
  const out: typeof cols = [];
  let pending: (typeof cols)[number] | undefined;
  for (let c of cols) {
    if (pending) c = { x1: pending.x1, x2: c.x2, n: pending.n + c.n };
    pending = undefined;
    if (c.n < rows / 2) pending = c;
    else out.push(c);
  }
  if (pending) {
    const last = out.pop();
    out.push(last ? { x1: last.x1, x2: pending.x2, n: last.n + pending.n } : pending);
  }
  return out.map(({ x1, x2 }) => ({ x1, x2 }));
}

function minPitch(rows: Row[], size: number): number {
  let min = Infinity;
  for (let k = 1; k < rows.length; k++) {
    if (rows[k]!.line.page !== rows[k - 1]!.line.page) continue;
    const d = rows[k]!.v - rows[k - 1]!.v;
    if (d > 0.8 * size) min = Math.min(min, d);
  }
  return Number.isFinite(min) ? min : 3 * size;
}

/** A group label: label text of the same label column to its right, within about half a row of it. */
function isGroup(b: Block, segs: Seg[], pitch: number): boolean {
  const lo = b.top - 0.6 * pitch;
  const hi = b.bottom + 0.6 * pitch;
  return segs.some((s) => !b.segs.includes(s) && s.x1 >= b.x2 - 1 && s.v >= lo && s.v <= hi);
}

/** A row label block to the row it is centred on; its lines to the nearest rows when it spans several. */
function assignOwn(b: Block, rows: Row[], ci: number, nearestRow: (v: number) => number, size: number): void {
  const covered = rows.filter((r) => r.v >= b.top - 0.6 * size && r.v <= b.bottom + 0.6 * size);
  const parts: [Row, Seg[]][] = [];
  if (covered.length <= 1) {
    const r = rows[nearestRow((b.top + b.bottom) / 2)]!;
    parts.push([r, b.segs]);
    if (!covered.length) {
      // Not centred on any row: as near to one row as to the next is a guess.
      const mid = (b.top + b.bottom) / 2;
      const i = rows.indexOf(r);
      const other = [rows[i - 1], rows[i + 1]].filter((x): x is Row => !!x).map((x) => Math.abs(x.v - mid));
      if (other.some((d) => d - Math.abs(r.v - mid) < 0.25 * size)) r.uncertain ??= NOTE.betweenRows;
    }
  } else {
    const byRow = new Map<Row, Seg[]>();
    for (const s of b.segs) {
      const r = rows[nearestRow(s.v)]!;
      byRow.set(r, [...(byRow.get(r) ?? []), s]);
    }
    parts.push(...byRow);
  }
  for (const [row, segs] of parts) {
    const prev = row.labels[ci];
    row.labels[ci] = blockOf(prev ? [...prev.segs, ...segs] : segs);
  }
}
