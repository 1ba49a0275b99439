import { pieceOf, type RowUnit, type TextUnit } from '../units.js';

/** A value written in a table row: a count or an amount, or a dash for none. */
const VALUE = /^(?:[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-—–/])$/;

/**
 * A table row whose cells are separated by spaces only (text copied out of a
 * PDF: "一、本年新收政府信息公开申请数量 4 1 0 0 0 0 5", "行政许可 216", a row of
 * fifteen numbers): the label before the values and every value as a cell.
 * Null unless the line ends in values — at least one after a label, two
 * without one. One pass over the line.
 */
export function spaceRow(unit: TextUnit): RowUnit | null {
  const value = unit.value;
  const tokens: { from: number; to: number }[] = [];
  let end = value.length;
  // Walk back over "space value" pairs.
  for (;;) {
    let to = end;
    while (to > 0 && isSpace(value.charCodeAt(to - 1))) to--;
    let from = to;
    while (from > 0 && !isSpace(value.charCodeAt(from - 1))) from--;
    if (from === to || !VALUE.test(value.slice(from, to).replace(/\u3000/g, ''))) break;
    tokens.push({ from, to });
    end = from;
    if (from === 0) break;
  }
  const labelEnd = end;
  const hasLabel = value.slice(0, labelEnd).trim() !== '';
  if (tokens.length < (hasLabel ? 1 : 2)) return null;
  const cells: TextUnit[] = [];
  if (hasLabel) {
    const label = pieceOf(unit, { from: 0, to: labelEnd });
    if (!label) return null;
    cells.push(label);
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const cell = pieceOf(unit, tokens[i]!);
    if (cell) cells.push(cell);
  }
  return { kind: 'row', cells, start: cells[0]!.start, end: cells[cells.length - 1]!.end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}
