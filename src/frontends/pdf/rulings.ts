/**
 * The ruling lines of a page: the horizontal and vertical strokes (and thin
 * filled rectangles, as browsers draw table borders) of its vector paths,
 * in page coordinates (points, y upwards). Table cells are read from them
 * (see tables.ts).
 */
import type { PdfOps } from './pdfjs.js';
import { prefixLength } from '../../text/sorted.js';

/** A horizontal (y fixed, from a to b) or vertical (x fixed, from a to b) segment, a < b. */
export interface Segment {
  at: number;
  a: number;
  b: number;
}

export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
}

// PDF.js operator ids (src/shared/util.js OPS) and path drawing ops (DrawOPS).
const OP = { save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, formBegin: 74, formEnd: 75, constructPath: 91 };
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };
const STROKES = new Set([OP.stroke, OP.closeStroke, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);
const FILLS = new Set([OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // m applied after n's space: [x y 1] · n · m
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

/** Thinner than this (points) a filled rectangle is a line. */
const THIN = 2.5;
/** Coordinates within this (points) are the same line. */
const SLACK = 0.8;
/** At most this many path points are read per page (a hostile page can hold millions). */
const MAX_POINTS = 400_000;

/** The rulings drawn on a page, offset by the page box origin (x0, y0). */
export function pageRulings(ops: PdfOps, x0 = 0, y0 = 0): Rulings {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let points = 0;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    if (Math.abs(y1 - y2) <= SLACK && Math.abs(x1 - x2) > SLACK) horizontal.push({ at: (y1 + y2) / 2 - y0, a: Math.min(x1, x2) - x0, b: Math.max(x1, x2) - x0 });
    else if (Math.abs(x1 - x2) <= SLACK && Math.abs(y1 - y2) > SLACK) vertical.push({ at: (x1 + x2) / 2 - x0, a: Math.min(y1, y2) - y0, b: Math.max(y1, y2) - y0 });
  };
  for (let i = 0; i < ops.fnArray.length && points < MAX_POINTS; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as any;
    if (fn === OP.save || fn === OP.formBegin) {
      stack.push(ctm);
      if (fn === OP.formBegin && Array.isArray(args?.[0]) && args[0].length === 6) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OP.restore || fn === OP.formEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OP.transform && Array.isArray(args) && args.length === 6) ctm = multiply(ctm, args as Matrix);
    else if (fn === OP.constructPath && args) {
      const kind = args[0] as number;
      const data = args[1]?.[0] as ArrayLike<number> | null;
      if (!data || !(STROKES.has(kind) || FILLS.has(kind))) continue;
      points += data.length;
      for (const sub of subpaths(data, ctm)) {
        if (STROKES.has(kind)) for (let k = 1; k < sub.length; k++) line(sub[k - 1]![0], sub[k - 1]![1], sub[k]![0], sub[k]![1]);
        if (FILLS.has(kind)) {
          const box = rectangle(sub);
          if (!box) continue;
          const [x1, y1, x2, y2] = box;
          if (y2 - y1 <= THIN && x2 - x1 > THIN) line(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2);
          else if (x2 - x1 <= THIN && y2 - y1 > THIN) line((x1 + x2) / 2, y1, (x1 + x2) / 2, y2);
        }
      }
    }
  }
  return { horizontal, vertical };
}

/** The straight subpaths of a path as device points (curves end a subpath). */
function subpaths(data: ArrayLike<number>, m: Matrix): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  const at = (x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === DRAW.moveTo) {
      if (current.length > 1) out.push(current);
      current = [at(data[i + 1]!, data[i + 2]!)];
      i += 3;
    } else if (op === DRAW.lineTo) {
      current.push(at(data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === DRAW.curveTo) {
      if (current.length > 1) out.push(current);
      current = [at(data[i + 5]!, data[i + 6]!)];
      i += 7;
    } else if (op === DRAW.quadraticCurveTo) {
      if (current.length > 1) out.push(current);
      current = [at(data[i + 3]!, data[i + 4]!)];
      i += 5;
    } else if (op === DRAW.closePath) {
      if (current.length > 1) {
        current.push(current[0]!);
        out.push(current);
        current = [current[0]!];
      }
      i += 1;
    } else break;
  }
  if (current.length > 1) out.push(current);
  return out;
}

/** The box of a closed axis-aligned rectangle subpath, else null. */
function rectangle(points: [number, number][]): [number, number, number, number] | null {
  if (points.length < 4 || points.length > 6) return null;
  for (let k = 1; k < points.length; k++) {
    const [x1, y1] = points[k - 1]!;
    const [x2, y2] = points[k]!;
    if (Math.abs(x1 - x2) > SLACK && Math.abs(y1 - y2) > SLACK) return null;
  }
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The rulings without underlines and strike-throughs: horizontal lines
 * running under or through a run of text (within its descent and height),
 * which are decoration of the words, not cell borders. Runs are in page
 * coordinates (y = baseline, upwards).
 */
export function withoutTextDecoration(rulings: Rulings, runs: { x: number; y: number; width: number; size: number }[]): Rulings {
  if (!runs.length || !rulings.horizontal.length) return rulings;
  const sorted = [...runs].sort((p, q) => p.y - q.y);
  const decorates = (h: Segment) => {
    // Runs whose band [y - 0.3 size, y + 0.75 size] may hold h.at (sizes under 100 points).
    const lo = prefixLength(sorted, (r) => r.y < h.at - 75);
    for (let i = lo; i < sorted.length && sorted[i]!.y <= h.at + 30; i++) {
      const r = sorted[i]!;
      if (h.at > r.y - 0.3 * r.size && h.at < r.y + 0.75 * r.size && h.a < r.x + r.width - 0.5 && h.b > r.x + 0.5) return true;
    }
    return false;
  };
  return { horizontal: rulings.horizontal.filter((h) => !decorates(h)), vertical: rulings.vertical };
}
