/**
 * Text lines cut into the pieces a table is made of: a run of text is split
 * at its spaces (PDF.js may put the text of several cells into one run,
 * with a space for each gap), and a line into segments wherever a gap
 * separates two cells — a wide gap between words, or any visible gap
 * between two numbers, so that digits of two cells are never read as one
 * number. Segments carry their x-range, which is what the borderless table
 * reader (borderless.ts) aligns into columns.
 */
import { readCell } from '../../text/numbers.js';
import { lineText, toLines, type Fragment } from './text.js';

/** A part of a run between spaces, with its estimated x-range. */
export interface Piece {
  str: string;
  x1: number;
  x2: number;
  y: number;
  size: number;
  fragment: Fragment;
}

/** Consecutive pieces of one line without a cell gap between them. */
export interface Segment {
  text: string;
  x1: number;
  x2: number;
  y: number;
  size: number;
  /** A number, or a dash standing for one ("—", "/", "无"): a value cell. */
  value: boolean;
  /** A value cut from the text before it only because it starts where a cell of the line above or below does. */
  edge?: boolean;
  pieces: Piece[];
}

/** One line of a page with its segments, left to right. */
export interface SegLine {
  y: number;
  size: number;
  segments: Segment[];
  fragments: Fragment[];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated advance of a character in ems: Chinese and full-width 1, Latin and digits about half. */
function advance(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (/\s/.test(ch)) return 0.25;
  if (/[il.,:;'|!]/.test(ch)) return 0.28;
  if (/[mwMW%@]/.test(ch)) return 0.8;
  return 0.5;
}

/**
 * A run split at its white space. The characters get their estimated
 * widths scaled to the run's width; when the run holds spaces, the spaces
 * take whatever width the characters leave (PDF.js writes one space for a
 * gap of any width).
 */
export function splitRun(f: Fragment): Piece[] {
  const parts = f.str.split(/(\s+)/).filter((p) => p !== '');
  if (parts.length <= 1 || !parts.some((p) => /\S/.test(p))) {
    const str = f.str.trim();
    return str ? [{ str, x1: f.x, x2: f.x + f.width, y: f.y, size: f.size, fragment: f }] : [];
  }
  const widthOf = (s: string) => [...s].reduce((w, ch) => w + advance(ch), 0);
  const words = parts.filter((p) => /\S/.test(p));
  const spaces = parts.filter((p) => !/\S/.test(p));
  const wordUnits = words.reduce((w, p) => w + widthOf(p), 0);
  const spaceUnits = spaces.reduce((w, p) => w + widthOf(p), 0);
  // Scale the words to their estimated width in points; the spaces take the rest.
  let scale = f.size;
  if (wordUnits * scale > f.width) scale = f.width / (wordUnits + spaceUnits);
  const spaceScale = spaceUnits > 0 ? Math.max(0, f.width - wordUnits * scale) / spaceUnits : 0;
  const out: Piece[] = [];
  let x = f.x;
  for (const p of parts) {
    if (/\S/.test(p)) {
      const w = widthOf(p) * scale;
      out.push({ str: p, x1: x, x2: x + w, y: f.y, size: f.size, fragment: f });
      x += w;
    } else x += widthOf(p) * spaceScale;
  }
  return out;
}

const DIGIT_END = /[0-9０-９%．.]$/;
const DIGIT_START = /^[0-9０-９+\-－.．]/;

/** True when a gap between two pieces of a line separates two cells. */
function cellGap(left: Piece, right: Piece, spread: number): boolean {
  const gap = right.x1 - left.x2;
  const size = Math.min(left.size, right.size);
  // Two numbers a visible gap apart are two numbers, never one.
  if (DIGIT_END.test(left.str) && DIGIT_START.test(right.str)) return gap >= 0.15 * size;
  return gap - spread >= 0.45 * size;
}

/** The typical gap between neighbouring Chinese characters set apart on a line (letter-spaced labels), else 0. */
function spreadOf(pieces: Piece[]): number {
  const gaps: number[] = [];
  for (let k = 1; k < pieces.length; k++) {
    const a = pieces[k - 1]!;
    const b = pieces[k]!;
    if (CJK.test(a.str.at(-1) ?? '') && CJK.test(b.str[0] ?? '') && a.str.length <= 2 && b.str.length <= 2) gaps.push(b.x1 - a.x2);
  }
  if (gaps.length < 3) return 0;
  gaps.sort((p, q) => p - q);
  return Math.max(0, gaps[Math.floor(gaps.length / 2)]!);
}

/** A segment of consecutive pieces of one line. */
export function segment(pieces: Piece[]): Segment {
  const frags: Fragment[] = pieces.map((p) => ({ str: p.str, x: p.x1, y: p.y, width: p.x2 - p.x1, size: p.size }));
  const text = lineText(frags);
  const kind = readCell(text).kind;
  return {
    text,
    x1: pieces[0]!.x1,
    x2: Math.max(...pieces.map((p) => p.x2)),
    y: pieces[0]!.y,
    size: Math.max(...pieces.map((p) => p.size)),
    value: kind === 'number' || kind === 'dash',
    pieces,
  };
}

/** The lines of runs (top to bottom), each cut into segments at the gaps between cells. */
export function segmentLines(fragments: Fragment[]): SegLine[] {
  const lines: SegLine[] = [];
  for (const line of toLines(fragments)) {
    const pieces = line.flatMap(splitRun).sort((p, q) => p.x1 - q.x1);
    if (!pieces.length) continue;
    const spread = spreadOf(pieces);
    const segments: Segment[] = [];
    let run: Piece[] = [pieces[0]!];
    for (let k = 1; k < pieces.length; k++) {
      if (cellGap(run[run.length - 1]!, pieces[k]!, spread)) {
        segments.push(segment(run));
        run = [];
      }
      run.push(pieces[k]!);
    }
    segments.push(segment(run));
    lines.push({ y: line[0]!.y, size: Math.max(...line.map((f) => f.size)), segments, fragments: line });
  }
  lines.forEach((line, i) => {
    const near = [...lines.slice(Math.max(0, i - 3), i), ...lines.slice(i + 1, i + 4)].filter((l) => Math.abs(l.y - line.y) <= 5 * line.size);
    const edges = near.flatMap((l) => l.segments.map((s) => s.x1));
    if (edges.length) line.segments = line.segments.flatMap((s) => cutAtEdges(s, edges));
  });
  return lines;
}

/**
 * A segment cut before a number that starts where a cell of a line just
 * above or below starts (a header cell over it), though the gap before it is narrow: a label filling its
 * cell up to the value cell ("行政事业性收费929.32" under "信息内容 本年收费金额").
 * In running text a number never starts at a neighbouring line's cell edge
 * with a gap before it.
 */
function cutAtEdges(s: Segment, edges: number[]): Segment[] {
  const out: Segment[] = [];
  let run: Piece[] = [s.pieces[0]!];
  for (let k = 1; k < s.pieces.length; k++) {
    const p = s.pieces[k]!;
    const prev = run[run.length - 1]!;
    if (p.x1 - prev.x2 >= 0.5 && DIGIT_START.test(p.str) && !DIGIT_END.test(prev.str) && edges.some((x) => Math.abs(x - p.x1) <= 0.6)) {
      out.push(segment(run));
      run = [];
    }
    run.push(p);
  }
  if (!out.length) return [s];
  const last = segment(run);
  out.push(last.value ? { ...last, edge: true } : last);
  return out;
}
