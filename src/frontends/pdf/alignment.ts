/**
 * Where the text of a table lines up: positions that recur across its
 * segments (left edges, centres, right edges), the nearest of them, and a
 * table's anchors, against which header lines and further rows are checked.
 */
import type { SegLine, Segment } from './segments.js';
import { prefixLength } from '../../text/sorted.js';

/** Positions shared by at least two segments (within `tolerance`). */
export function recurring(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]! - sorted[i]! <= tolerance) j++;
    if (j > i) out.push((sorted[i]! + sorted[j]!) / 2);
    i = j + 1;
  }
  return out;
}

export const near = (xs: number[], x: number, tolerance: number) => {
  // xs is sorted: the first at or after x, and the one before it.
  const lo = prefixLength(xs, (v) => v < x);
  return (lo < xs.length && xs[lo]! - x <= tolerance) || (lo > 0 && x - xs[lo - 1]! <= tolerance);
};

/** Where the text of a table's value lines lines up: left edges, centres and right edges that recur, and the value columns. */
export class Anchors {
  private readonly x1: number[];
  private readonly centre: number[];
  private readonly x2: number[];
  private readonly columns: { x1: number; x2: number; c: number }[];

  constructor(lines: SegLine[]) {
    const segs = lines.flatMap((l) => l.segments);
    this.x1 = recurring(segs.map((s) => s.x1), 0.6);
    this.centre = recurring(segs.map((s) => (s.x1 + s.x2) / 2), 1.6);
    this.x2 = recurring(segs.map((s) => s.x2), 1.1);
    // Value columns: overlapping value segments, left to right.
    const values = segs.filter((s) => s.value).sort((a, b) => a.x1 - b.x1);
    const columns: { x1: number; x2: number; c: number }[] = [];
    for (const s of values) {
      const last = columns[columns.length - 1];
      if (last && s.x1 <= last.x2) last.x2 = Math.max(last.x2, s.x2);
      else columns.push({ x1: s.x1, x2: s.x2, c: 0 });
    }
    for (const c of columns) c.c = (c.x1 + c.x2) / 2;
    this.columns = columns;
    this.centre = [...this.centre, ...columns.map((c) => c.c)].sort((a, b) => a - b);
  }

  /** True when a segment starts, centres or ends where the table's text does, or centres over a run of value columns. */
  aligned(s: Segment): boolean {
    const c = (s.x1 + s.x2) / 2;
    if (near(this.x1, s.x1, 0.6) || near(this.centre, c, 1.6) || near(this.x2, s.x2, 1.1)) return true;
    for (let a = 0; a < this.columns.length; a++) {
      if (Math.abs(this.columns[a]!.x1 - s.x1) <= 0.6) return true;
      for (let b = a + 1; b < this.columns.length && b < a + 16; b++) {
        if (Math.abs((this.columns[a]!.c + this.columns[b]!.c) / 2 - c) <= 3) return true;
      }
    }
    return false;
  }
}
