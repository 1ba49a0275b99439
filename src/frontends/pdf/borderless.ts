/**
 * Tables without ruling lines, found in the text geometry a PDF keeps.
 * Browsers print HTML tables without borders unless styled, and many
 * offices' PDFs have none: only the alignment of the text tells the cells.
 *
 * A *value line* is a line holding numbers set apart from the rest of the
 * line by a cell gap (a label and its values, or several values). Value
 * lines that follow each other with nothing in between but lines of the
 * table — row labels left of the values (wrapped labels, group labels
 * spanning rows) or header lines whose text lines up with the table's
 * columns — make one table; the table goes on across a page break. Above
 * its first value line, the lines that line up with its columns are its
 * header. The rows and cells are then rebuilt by borderless-rows.ts.
 *
 * All positions are flow coordinates (tables.ts); distances between lines
 * are measured on a "virtual" axis that leaves out the page breaks, so a
 * table continued on the next page is one continuous block.
 */
import type { Fragment } from './text.js';
import { PAGE_STRIDE } from './tables.js';
import { segmentLines, type SegLine, type Segment } from './segments.js';
import { Anchors, near, recurring } from './alignment.js';
import { buildRows, type OutRow } from './borderless-rows.js';

export type { OutRow };

/** A line of the document with its page and its place on the virtual axis. */
export interface TLine extends SegLine {
  page: number;
  /** Position on the axis without page breaks. */
  v: number;
  index: number;
}

/** A borderless table: the rows to write, and where it starts. */
export interface BorderlessTable {
  page: number;
  y: number;
  rows: OutRow[];
}

/** The parts of one table the row builder needs. */
export interface TableLines {
  /** Lines above each run of value lines that head it (none for a run that continues the one before). */
  sections: { header: TLine[]; body: TLine[] }[];
  /** Where the values begin: text left of it is a row label. */
  valueStart: number;
  /** Typical distance between value lines (virtual axis). */
  pitch: number;
  size: number;
}

/** More segments than this on one line, or lines in one table, and it is not read as a table (bounded work). */
const MAX_SEGMENTS = 120;
const MAX_TABLE_LINES = 2000;

/** Numbered headings ("一、", "（二）", "1.", "第一章"): a line of running text, unless it lines up with a table. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]\s*\S|第[一二三四五六七八九十]+[章节部分])/;

/** A section heading of the report: "三、收到和处理政府信息公开申请情况". */
const SECTION = /^[一二三四五六七八九十]+、/;

const valueSegments = (l: SegLine) => l.segments.filter((s) => s.value);

/**
 * A line of a table row: at least one number (or dash) set apart from a
 * label by a wide gap, or two numbers set apart.
 */
export function isValueLine(line: SegLine): boolean {
  if (line.segments.length < 2 || line.segments.length > MAX_SEGMENTS) return false;
  const values = valueSegments(line);
  if (values.length >= 2) return true;
  if (values.length !== 1) return false;
  const v = values[0]!;
  const before = line.segments.filter((s) => s.x2 <= v.x1);
  return before.length > 0 && (v.edge || v.x1 - before[before.length - 1]!.x2 >= 0.9 * v.size);
}

/** The x where a value line's values begin. */
const firstValue = (l: SegLine) => Math.min(...valueSegments(l).map((s) => s.x1));

/** Lines of all pages in reading order with their virtual positions. */
function documentLines(pages: Fragment[][]): TLine[] {
  const out: TLine[] = [];
  let v = 0;
  let prev: TLine | undefined;
  pages.forEach((fragments, page) => {
    for (const line of segmentLines(fragments)) {
      if (prev) v += prev.page === page ? line.y - prev.y : 2 * line.size;
      prev = { ...line, page, v, index: out.length };
      out.push(prev);
    }
  });
  return out;
}

function median(values: number[], fallback: number): number {
  if (!values.length) return fallback;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The typical distance between value lines on one page (rows of a table). */
export function pitchOf(values: TLine[], size: number): number {
  const pitches: number[] = [];
  for (let k = 1; k < values.length; k++) if (values[k]!.page === values[k - 1]!.page) pitches.push(values[k]!.v - values[k - 1]!.v);
  return median(pitches.filter((p) => p > 0.8 * size), 0);
}

/** A table being gathered: its value lines and the lines between them. */
interface Region {
  start: number;
  end: number;
  values: TLine[];
  sections: { header: TLine[]; body: TLine[] }[];
}

/**
 * Finds the borderless tables of a document (the runs outside ruled
 * tables, page furniture removed, page by page) and returns them with the
 * runs that are not part of any.
 */
export function findBorderlessTables(pages: Fragment[][]): { tables: BorderlessTable[]; rest: Fragment[][] } {
  const lines = documentLines(pages);
  const regions = gather(lines);
  const used = new Set<number>();
  const tables: BorderlessTable[] = [];
  for (const region of regions) {
    const size = median(region.values.map((l) => l.size), 10);
    const pitch = pitchOf(region.values, size);
    const valueStart = Math.min(...region.values.map(firstValue));
    const rows = buildRows({ sections: region.sections, valueStart, pitch, size });
    if (!rows) continue;
    for (let i = region.start; i <= region.end; i++) used.add(i);
    const first = lines[region.start]!;
    tables.push({ page: first.page, y: first.y - first.size, rows });
  }
  const rest = pages.map(() => [] as Fragment[]);
  for (const l of lines) if (!used.has(l.index)) rest[l.page]!.push(...l.fragments);
  return { tables, rest };
}

/** Value lines into tables, with the lines between them and each table's header above. */
function gather(lines: TLine[]): Region[] {
  const regions: Region[] = [];
  let current: Region | undefined;
  const close = () => {
    if (current && accept(current)) regions.push(current);
    current = undefined;
  };
  let last = -1; // index of the last line taken by a closed region
  for (const line of lines) {
    if (!isValueLine(line)) continue;
    if (current) {
      const between = lines.slice(current.end + 1, line.index);
      const verdict = continues(current, between, line);
      if (verdict) {
        if (verdict === 'section') {
          const { trailing, header, leading } = splitBetween(current, between, line);
          current.sections[current.sections.length - 1]!.body.push(...trailing);
          current.sections.push({ header, body: leading });
        } else current.sections[current.sections.length - 1]!.body.push(...between);
        const section = current.sections[current.sections.length - 1]!;
        section.body.push(line);
        current.values.push(line);
        current.end = line.index;
        if (current.end - current.start > MAX_TABLE_LINES) {
          current = undefined;
        }
        continue;
      }
      last = current.end;
      close();
      if (regions[regions.length - 1]) last = regions[regions.length - 1]!.end;
    }
    const above = headerAbove(lines, line, last);
    const lead = leadingLabel(above, line);
    const header = above.slice(0, above.length - lead.length);
    current = { start: above.length ? above[0]!.index : line.index, end: line.index, values: [line], sections: [{ header, body: [...lead, line] }] };
  }
  close();
  for (const region of regions) takeTrailing(lines, region, regions);
  return regions;
}

/**
 * A table is two value lines or more, or one under a header: with three
 * values or more, or with header cells starting where each of the value
 * line's cells does (a table of one row: "信息内容 本年收费金额" over "行政事业性收费 929.32").
 */
function accept(region: Region): boolean {
  if (region.values.length >= 2) return true;
  const only = region.values[0]!;
  const header = region.sections[0]!.header;
  if (!header.length) return false;
  if (valueSegments(only).length >= 3) return true;
  // Each cell of the row starts where a header cell does (the header's words may be stacked over several lines).
  const heads = header.flatMap((l) => l.segments.map((s) => s.x1));
  return only.segments.length >= 2 && only.segments.every((s) => heads.some((x) => Math.abs(x - s.x1) <= 0.6));
}

function geometry(region: Region) {
  const valueStart = Math.min(...region.values.map(firstValue));
  const labels = region.values.flatMap((l) => l.segments.filter((s) => !s.value && s.x2 <= valueStart + 0.5));
  const left = Math.min(valueStart, ...labels.map((s) => s.x1));
  const right = Math.max(...region.values.flatMap((l) => l.segments.map((s) => s.x2)));
  const size = region.values[0]!.size;
  return { valueStart, left, right, size, pitch: pitchOf(region.values, size) || 3 * size };
}

const labelsOf = (l: SegLine) => {
  const start = firstValue(l);
  return l.segments.filter((s) => !s.value && s.x2 <= start + 0.5);
};

/**
 * The lines just above a value line that begin its own label (a label
 * wrapped over several lines, centred on its values): label lines after
 * the last line with text over the values, close above it and under its
 * label.
 */
function leadingLabel(above: TLine[], next: TLine): TLine[] {
  const start = firstValue(next);
  const labels = labelsOf(next);
  if (!labels.length) return [];
  const out: TLine[] = [];
  let below: TLine = next;
  for (let i = above.length - 1; i >= 0; i--) {
    const l = above[i]!;
    if (l.segments.some((s) => s.x2 > start + 0.3 * l.size) || below.v - l.v > 2.6 * l.size || !overlaps(l, { ...next, segments: labels })) break;
    out.unshift(l);
    below = l;
  }
  return out;
}

/** The lines between two parts of a table: the end of the row above's label, the header of the next part, the start of the next row's label. */
function splitBetween(region: Region, between: TLine[], next: TLine): { trailing: TLine[]; header: TLine[]; leading: TLine[] } {
  const g = geometry(region);
  const prev = region.values[region.values.length - 1]!;
  const labels = labelsOf(prev);
  const above = region.sections[region.sections.length - 1]!.body.filter((l) => l !== prev && prev.v - l.v > 0.3 * g.size && prev.v - l.v <= 1.2 * g.pitch && l.segments.every((s) => s.x2 <= g.valueStart + 0.5) && overlaps(l, { ...prev, segments: labels }));
  let t = 0;
  while (t < above.length && t < between.length && between[t]!.segments.every((s) => s.x2 <= g.valueStart + 0.5) && overlaps(between[t]!, { ...prev, segments: labels })) t++;
  const rest = between.slice(t);
  const leading = leadingLabel(rest, next);
  return { trailing: between.slice(0, t), header: rest.slice(0, rest.length - leading.length), leading };
}

/**
 * Whether value line `next` continues the table: 'row' when only row
 * labels lie between, 'section' when a header (text over the value
 * columns, lined up with them) starts a new part of the table; false when
 * anything else comes between — a heading, a paragraph — or the gap is
 * too wide for the table.
 */
function continues(region: Region, between: TLine[], next: TLine): false | 'row' | 'section' {
  const g = geometry(region);
  const size = g.size;
  // The labels of the next line must begin where this table's do, and its values right of them.
  const nextStart = firstValue(next);
  if (nextStart < g.valueStart - 2 * size) return false;
  const nextLabels = next.segments.filter((s) => !s.value && s.x2 <= nextStart + 0.5);
  // Labels centred in their column start further left the longer they are: their centres line up instead.
  const centres = region.values.flatMap(labelsOf).map((s) => (s.x1 + s.x2) / 2);
  const centred = (s: Segment) => centres.some((c) => Math.abs(c - (s.x1 + s.x2) / 2) <= 1.5);
  if (nextLabels.some((s) => s.x1 < g.left - 1.5 * size && !centred(s))) return false;
  const anchors = new Anchors([...region.values.slice(-40), next]);
  const gap = next.v - region.values[region.values.length - 1]!.v;
  const wide = gap > 2.6 * Math.max(g.pitch, 2 * size);
  let header = false;
  let stacked: TLine | undefined;
  for (const b of between) {
    // A section heading ("三、…") set apart from the row labels' edge is the text after the table.
    if (b.segments.length === 1 && SECTION.test(b.segments[0]!.text) && Math.abs(b.segments[0]!.x1 - g.left) > 0.6) return false;
    const inLabels = b.segments.every((s) => s.x2 <= g.valueStart + 0.3 * size && s.x1 >= g.left - size);
    const lined = b.segments.every((s) => anchors.aligned(s));
    const under = stacked && b.v - stacked.v <= 2.6 * size && overlaps(stacked, b);
    if (inLabels && (!wide || lined || under)) {
      if (lined) stacked = b;
      continue;
    }
    if (!inLabels && b.segments.every((s) => s.x1 >= g.left - size && s.x2 <= Math.max(g.right, ...next.segments.map((n) => n.x2)) + size) && (lined || under)) {
      header = true;
      stacked = b;
      continue;
    }
    return false;
  }
  if (!header && wide) return false;
  if (header) return 'section';
  // Without a header between, the values must fall in the columns the table has.
  const columns = new Anchors(region.values.slice(-40));
  return valueSegments(next).every((s) => columns.aligned(s) || region.values.some((l) => valueSegments(l).some((o) => o.x1 < s.x2 && s.x1 < o.x2))) ? 'row' : false;
}

function overlaps(a: SegLine, b: SegLine): boolean {
  return a.segments.some((s) => b.segments.some((t) => s.x1 < t.x2 && t.x1 < s.x2));
}

/**
 * The header lines above a table's first value line: going up from it,
 * lines whose text lines up with the table's columns (or sits under such a
 * line, a header word wrapped), no further than `floor` (the last line of
 * the table before) and no more than a few header rows' height.
 */
function headerAbove(lines: TLine[], first: TLine, floor: number): TLine[] {
  const valueStart = firstValue(first);
  const size = first.size;
  const labels = first.segments.filter((s) => !s.value && s.x2 <= valueStart + 0.5);
  // The rows below it: value lines up to the first line that is neither one nor a label line (a caption, a heading).
  const next: TLine[] = [];
  for (const l of lines.slice(first.index + 1, first.index + 30)) {
    if (isValueLine(l)) next.push(l);
    else if (l.segments.some((s) => s.x2 > valueStart + 0.5)) break;
  }
  const anchors = new Anchors([first, ...next]);
  // The labels' left edge over the first rows (labels centred in their column start at different x).
  const left = Math.min(valueStart, ...labels.map((s) => s.x1), ...next.slice(0, 4).flatMap(labelsOf).map((s) => s.x1));
  const reach = Math.max(4.5 * size, 1.6 * pitchOf([first, ...next], size));
  const edges = recurring(labels.concat(next.flatMap(labelsOf)).map((s) => s.x1), 0.6);
  const right = Math.max(...first.segments.map((s) => s.x2));
  const wide = valueSegments(first).length >= 10;
  const out: TLine[] = [];
  let below: TLine = first;
  for (let i = first.index - 1; i > floor && out.length < 16; i--) {
    const l = lines[i]!;
    if (isValueLine(l) || below.v - l.v > reach) break;
    // Header words centred over a narrow first column reach left of its values.
    const inside = l.segments.every((s) => s.x1 >= left - (wide ? 3 : 1) * size);
    // A numbered heading is running text, unless it starts where the table's row labels do.
    const heading = (HEADING.test(l.segments[0]!.text) && !near(edges, l.segments[0]!.x1, 0.6)) || (l.segments.length === 1 && SECTION.test(l.segments[0]!.text) && l.segments[0]!.x2 > valueStart);
    const lined = !heading && l.segments.every((s) => anchors.aligned(s) || first.segments.some((f) => Math.abs(f.x1 - s.x1) <= 0.6));
    // A header word wrapped: one segment over one segment of the line below it.
    const wrapped = !heading && below !== first && below.v - l.v <= 2.6 * size && l.segments.every((s) => below.segments.filter((b) => s.x1 < b.x2 && b.x1 < s.x2).length === 1);
    // Header words over a wide table (table 四's fifteen columns) set in short pieces that touch: no sentence, no heading.
    const words = !heading && wide && l.segments.every((s) => s.x2 <= right + size && [...s.text].length <= 20 && !/[。：:；;，,]$/.test(s.text));
    if (!inside || !(lined || wrapped || words)) break;
    out.unshift(l);
    below = l;
  }
  return out;
}

/**
 * Label lines just under a table's last value line that continue its
 * label (a wrapped last row): as many as the label has lines above its
 * values, under the label and close to it.
 */
function takeTrailing(lines: TLine[], region: Region, all: Region[]): void {
  const last = region.values[region.values.length - 1]!;
  const g = geometry(region);
  const labels = last.segments.filter((s) => !s.value && s.x2 <= g.valueStart + 0.5);
  if (!labels.length) return;
  const body = region.sections[region.sections.length - 1]!.body;
  const above = body.filter((l) => l !== last && last.v - l.v > 0.3 * g.size && last.v - l.v <= 1.2 * g.pitch && l.segments.every((s) => s.x2 <= g.valueStart + 0.5) && overlaps(l, { ...last, segments: labels }));
  let want = above.length;
  const next = all.find((r) => r.start > region.end);
  for (let i = region.end + 1; want > 0 && i < lines.length && (!next || i < next.start); i++) {
    const l = lines[i]!;
    if (l.v - last.v > 1.2 * g.pitch || !l.segments.every((s) => s.x2 <= g.valueStart + 0.5) || !overlaps(l, { ...last, segments: labels })) break;
    body.push(l);
    region.end = i;
    want--;
  }
}

/** The page of a flow y. */
export const pageOf = (y: number) => Math.floor(y / PAGE_STRIDE);
