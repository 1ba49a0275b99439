import { textUnit, trimUnit, type RowUnit, type TextUnit, type Unit } from './units.js';

/**
 * Plain-text front end: lines and pipe cells of the saved web page or text
 * file become units. Handles one cell per line (with or without blank lines
 * between), cells ending in " |", "| cell |" rows, lines with several pipe
 * cells, tab-separated rows (what a browser copy of a web table gives), and
 * separator lines of bare pipes. Everything domain-specific happens in the
 * shared builder.
 */
export function textUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let gap = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    if (lineUnits(line, lineStart, gap, units)) gap = false;
    else gap = gap || !line.includes('|');
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return units;
}

/** Adds the units of one line; returns false when the line holds no text. */
function lineUnits(line: string, offset: number, gapBefore: boolean, out: Unit[]): boolean {
  if (!line.includes('|') && line.includes('\t')) {
    const row = tabRow(line, offset);
    if (row) {
      out.push(row);
      return true;
    }
  }
  if (!line.includes('|')) {
    const unit = trimUnit(textUnit(line, offset));
    if (!unit) {
      // A line of spaces only (&nbsp; from a web table) is an empty cell; a truly empty line is a gap.
      if (line.length === 0) return false;
      out.push({ kind: 'text', value: '', start: offset, end: offset, blank: true, ...(gapBefore ? { gapBefore } : {}) });
      return true;
    }
    if (gapBefore) unit.gapBefore = true;
    out.push(unit);
    return true;
  }
  const pieces = cellsBetween(line, offset, /[^|]+|(?<=\|)(?=\|)/g);
  if (pieces.length === 0) {
    out.push({ kind: 'sep', start: offset, end: offset + line.length });
    return false;
  }
  const rowStart = /^\s*\|/.test(line);
  if (pieces.length === 1) {
    const unit = pieces[0]!;
    if (gapBefore) unit.gapBefore = true;
    if (rowStart) unit.rowStart = true;
    out.push(unit);
    return true;
  }
  out.push({ kind: 'row', cells: pieces, start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end });
  return true;
}

/**
 * The cells of a line between separators (`re` matches a cell, or the empty
 * string between two separators): an empty cell between two filled ones keeps
 * its column; empty cells before the first and after the last filled one are
 * dropped.
 */
function cellsBetween(line: string, offset: number, re: RegExp): TextUnit[] {
  const raw: TextUnit[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    if (m[0] === '') re.lastIndex++;
    raw.push(trimUnit(textUnit(m[0], offset + m.index)) ?? { kind: 'text', value: '', start: offset + m.index, end: offset + m.index, blank: true });
  }
  let first = 0;
  let last = raw.length - 1;
  while (first <= last && raw[first]!.blank) first++;
  while (last >= first && raw[last]!.blank) last--;
  return raw.slice(first, last + 1);
}

/** A tab-separated row ("自然人\t法人或其他组织\t总计"); null when the line holds fewer than two cells. */
function tabRow(line: string, offset: number): RowUnit | null {
  const cells = cellsBetween(line, offset, /[^\t]+|(?<=\t)(?=\t)/g);
  if (cells.length < 2) return null;
  return { kind: 'row', cells, start: cells[0]!.start, end: cells[cells.length - 1]!.end };
}
