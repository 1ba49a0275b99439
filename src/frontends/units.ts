import type { Segment } from '../ast/types.js';
import type { Text } from '../i18n.js';

/**
 * The layout-neutral stream every front end produces: pieces of text with
 * their source spans, in document order. The shared builder (ast-builder/) turns
 * it into sections, paragraphs and tables, so no front end repeats the
 * domain parsing.
 */
export interface TextUnit {
  kind: 'text';
  value: string;
  /** Source offsets of value[0] and value.length (end exclusive). */
  start: number;
  end: number;
  /** Present when value is not a verbatim slice of the source. */
  segments?: Segment[];
  /** A blank line separated this unit from the previous one. */
  gapBefore?: boolean;
  /** The line began with "|" — the first cell of a row in pipe layouts. */
  rowStart?: boolean;
  /** The unit is a whole paragraph of its own (HTML <p>, Markdown paragraph). */
  block?: boolean;
  /** An empty cell: a line or pipe cell holding only spaces. */
  blank?: boolean;
  /** Heading level given by the markup (Markdown #, HTML <h1-6>), if any. */
  markupHeading?: number;
  /**
   * Set on a value cut from a run of digits when the cut is not certain
   * (see frontends/run-together/): how it was cut, on what assumptions.
   * Copied to Cell.uncertain.
   */
  uncertain?: Text;
}

/** An explicit table row (a line with several pipe cells, an HTML or Markdown table row). */
export interface RowUnit {
  kind: 'row';
  cells: TextUnit[];
  start: number;
  end: number;
  /** Identifies the markup table this row belongs to, when known. */
  table?: number;
  header?: boolean;
}

/** A separator line ("||||", "---") that carries no text. */
export interface SepUnit {
  kind: 'sep';
  start: number;
  end: number;
}

export type Unit = TextUnit | RowUnit | SepUnit;

export function textUnit(value: string, start: number, extra: Partial<TextUnit> = {}): TextUnit {
  return { kind: 'text', value, start, end: start + value.length, ...extra };
}

/** Trims a unit, keeping its source mapping exact. */
export function trimUnit(unit: TextUnit): TextUnit | null {
  const m = /^[\s\u3000\u00a0\ufeff]*/.exec(unit.value)!;
  const lead = m[0].length;
  const tail = /[\s\u3000\u00a0\ufeff]*$/.exec(unit.value)!;
  const endCut = tail.index;
  if (endCut <= lead) return null;
  return sliceUnit(unit, lead, endCut);
}

/** value[from, to) of a unit as a new unit with the right source span. */
export function sliceUnit(unit: TextUnit, from: number, to: number): TextUnit {
  const value = unit.value.slice(from, to);
  if (!unit.segments) {
    return { ...unit, value, start: unit.start + from, end: unit.start + to };
  }
  const segments: Segment[] = [];
  for (const s of unit.segments) {
    const a = Math.max(s.index, from);
    const b = Math.min(s.index + s.length, to);
    if (b > a) segments.push({ index: a - from, offset: s.offset + (a - s.index), length: b - a });
  }
  const first = segments[0];
  const last = segments[segments.length - 1];
  return {
    ...unit,
    value,
    start: first ? first.offset : unit.start,
    end: last ? last.offset + last.length : unit.start,
    segments,
  };
}

/** value[span.from, span.to) of a unit as a bare text unit (no layout marks), trimmed; null when blank. */
export function pieceOf(unit: TextUnit, span: { from: number; to: number }): TextUnit | null {
  const piece = trimUnit(sliceUnit(unit, span.from, span.to));
  if (!piece) return null;
  return { kind: 'text', value: piece.value, start: piece.start, end: piece.end, ...(piece.segments ? { segments: piece.segments } : {}) };
}

/** Units joined into one (with `separator` between them, which is in no source), every character keeping its source offset. */
export function joinUnits(run: TextUnit[], separator = ''): TextUnit {
  let value = '';
  const segments: Segment[] = [];
  for (const u of run) {
    if (value) value += separator;
    if (u.segments) for (const s of u.segments) segments.push({ ...s, index: value.length + s.index });
    else segments.push({ index: value.length, offset: u.start, length: u.value.length });
    value += u.value;
  }
  const first = run[0]!;
  return { kind: 'text', value, start: first.start, end: run[run.length - 1]!.end, segments, ...(first.gapBefore ? { gapBefore: true } : {}) };
}
