import type { Point, Position, Segment, TextBearing } from './types.js';

/**
 * The decoded text of one input file with a line index, so offsets turn into
 * 1-based line/column points (UTF-16 units). CR, LF and CRLF all end a line.
 */
export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1, offset: o };
  }

  /** The offset of a 1-based line and column (clamped to the line and the text). */
  offset(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length) - 1)]!;
    return Math.min(start + Math.max(0, column - 1), this.text.length);
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** Text of line `line` (1-based) without its line ending. */
  line(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }
}

/** Source offset of value index `index` of a text-bearing node. */
export function sourceOffset(node: TextBearing, index: number): number {
  const segments = node.segments;
  if (!segments || segments.length === 0) {
    const span = node.position.end.offset - node.position.start.offset;
    return node.position.start.offset + Math.max(0, Math.min(index, span));
  }
  let best: Segment = segments[0]!;
  for (const s of segments) {
    if (s.index <= index) best = s;
    else break;
  }
  return best.offset + Math.max(0, Math.min(index - best.index, best.length));
}

/** Source range of value[index, index + length) of a text-bearing node. */
export function sourceRange(node: TextBearing, index: number, length: number): [number, number] {
  const start = sourceOffset(node, index);
  if (length <= 0) return [start, start];
  const end = sourceOffset(node, index + length - 1) + 1;
  return [start, Math.max(start, end)];
}
