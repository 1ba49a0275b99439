import { textUnit, trimUnit, type TextUnit, type Unit } from './units.js';

/**
 * Plain-text front end: lines and pipe cells of the saved web page or text
 * file become units. Handles one cell per line (with or without blank lines
 * between), cells ending in " |", "| cell |" rows, lines with several pipe
 * cells, and separator lines of bare pipes. Everything domain-specific
 * happens in the shared builder.
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
  // Cells between pipes; an empty cell between two filled ones keeps its column.
  const raw: (TextUnit | null)[] = [];
  const re = /[^|]+|(?<=\|)(?=\|)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    if (m[0] === '') re.lastIndex++;
    raw.push(trimUnit(textUnit(m[0], offset + m.index)) ?? { kind: 'text', value: '', start: offset + m.index, end: offset + m.index, blank: true });
  }
  const filled = raw.map((u, i) => (u && !u.blank ? i : -1)).filter((i) => i >= 0);
  const pieces: TextUnit[] = filled.length ? (raw.slice(filled[0], filled[filled.length - 1]! + 1) as TextUnit[]) : [];
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
