import type { Nodes, Parents, Root as MdRoot, Table as MdTable } from 'mdast';
import type { Segment } from '../ast/types.js';
import { trimUnit, type FrontEndUnit, type RowUnit, type TextUnit, type Unit } from './units.js';
import { capPipeTables, markdownAsText, markdownHazard } from './limits.js';
import { textUnits } from './text.js';
import { denseTableUnits } from './dense-grid.js';
import { htmlUnits } from './html.js';
import { treeParser } from './lazy.js';

/**
 * Markdown front end (remark-parse + remark-gfm): headings, paragraphs and
 * GFM tables become units; text keeps exact source offsets through segments.
 * Code blocks are read as lines of text: a report saved as .md with every line
 * indented is one long code block, and its text is the report. Raw HTML blocks
 * with text in them (tables pasted as HTML) are read by the HTML front end.
 * Paragraphs of PDF conversions that hold several lines are split into lines
 * with the text front end's rules, so broken tables written as lines meet the
 * same recogniser.
 */
export function markdownUnits(source: string): FrontEndUnit[] {
  // Nesting and marks that would make the Markdown parser quadratic: the file is read as lines of text.
  const hazard = markdownHazard(source);
  if (hazard >= 0) return [...textUnits(source), markdownAsText(hazard, source.indexOf('\n', hazard) < 0 ? source.length : source.indexOf('\n', hazard))];
  // Pipe tables over the row limit are cut before parsing (the rows after it are blanked, offsets kept).
  const { text, notes } = capPipeTables(source);
  const tree = treeParser('md').parse(text) as MdRoot;
  const units: FrontEndUnit[] = [...notes];
  let tableId = 0;
  // Depth first in document order, with an explicit stack (no nesting overflows the call stack).
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'heading': {
        const unit = inlineUnit(node, text);
        if (unit) units.push({ ...unit, block: true, markupHeading: node.depth });
        continue;
      }
      case 'paragraph': {
        const unit = inlineUnit(node, text);
        if (!unit) continue;
        if (unit.value.includes('\n') || unit.value.includes('|')) {
          // Several source lines (PDF conversions, broken tables): reuse the line rules.
          const start = node.position!.start.offset!;
          for (const u of textUnits(text.slice(start, node.position!.end.offset!))) units.push(shift(u, start));
        } else units.push({ ...unit, block: true });
        continue;
      }
      case 'table':
        tableId++;
        units.push(...tableRows(node, text, tableId));
        continue;
      case 'thematicBreak':
        units.push({ kind: 'sep', start: node.position!.start.offset!, end: node.position!.end.offset! });
        continue;
      case 'code': {
        // Indented or fenced code holds report text in files saved as .md (every line indented by four spaces).
        const [from, to] = codeContent(node.position!.start.offset!, node.position!.end.offset!, text);
        for (const u of textUnits(text.slice(from, to))) units.push(shift(u, from));
        continue;
      }
      case 'html': {
        // A raw HTML block with text in it (a table pasted as <table>…</table>) is read as HTML.
        if (!HTML_WITH_TEXT.test(node.value)) continue;
        const start = node.position!.start.offset!;
        for (const u of htmlBlockUnits(text.slice(start, node.position!.end.offset!))) units.push(shift(u, start));
        continue;
      }
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return units;
}

function tableRows(table: MdTable, text: string, id: number): Unit[] {
  const rows: RowUnit[] = [];
  table.children.forEach((row, r) => {
    const cells: TextUnit[] = [];
    for (const cell of row.children) {
      const unit = inlineUnit(cell, text) ?? emptyCell(cell.position!.start.offset!);
      cells.push(unit);
    }
    if (cells.length === 0) return;
    rows.push({
      kind: 'row',
      cells,
      start: row.position!.start.offset!,
      end: row.position!.end.offset!,
      table: id,
      ...(r === 0 ? { header: true } : {}),
    });
  });
  return denseTableUnits(rows);
}

function emptyCell(offset: number): TextUnit {
  return { kind: 'text', value: '', start: offset, end: offset };
}

/**
 * The plain text of an inline container with a segment per source text run.
 * Text runs without a position (made by a transform, e.g. GFM's autolinks of
 * "www.…" in running text) are found in the source after the run before them.
 */
function inlineUnit(node: Parents, source: string): TextUnit | null {
  let value = '';
  const segments: Segment[] = [];
  let cursor = node.position?.start.offset ?? 0;
  const limit = node.position?.end.offset ?? source.length;
  // The runs in document order, with an explicit stack (no nesting overflows the call stack).
  const stack = [...node.children].reverse() as Nodes[];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'inlineCode') {
      let start = n.position?.start.offset;
      let end = n.position?.end.offset;
      if (start === undefined || end === undefined) {
        // Within a short window after the last run (markup such as "<" of an autolink may stand between).
        const window = source.slice(cursor, Math.min(limit, cursor + n.value.length + 16));
        const found = n.value ? window.indexOf(n.value) : -1;
        if (found < 0) continue;
        const at = cursor + found;
        [start, end] = [at, at + n.value.length];
      }
      const raw = source.slice(start, end);
      // Escapes and entities make value and source differ: map the run by its start.
      const offset = raw === n.value ? start : start + Math.max(0, raw.indexOf(n.value.slice(0, 1)));
      segments.push({ index: value.length, offset, length: raw === n.value ? n.value.length : Math.min(n.value.length, end - offset) });
      value += n.value;
      cursor = end;
      continue;
    }
    if (n.type === 'break') {
      value += '\n';
      continue;
    }
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  if (!segments.length) return null;
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  return trimUnit({ kind: 'text', value, start: first.offset, end: last.offset + last.length, segments });
}

/** The source span of a code block's lines: without its fence lines when it is fenced. */
function codeContent(start: number, end: number, text: string): [number, number] {
  if (!/^[ \t]{0,3}(?:`{3,}|~{3,})/.test(text.slice(start, start + 8))) return [start, end];
  const firstEnd = text.indexOf('\n', start);
  const from = firstEnd < 0 || firstEnd >= end ? end : firstEnd + 1;
  const lastStart = text.lastIndexOf('\n', end - 1) + 1;
  const to = lastStart > from && /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$/.test(text.slice(lastStart, end)) ? lastStart : end;
  return [from, Math.max(from, to)];
}

function shift(unit: FrontEndUnit, by: number): FrontEndUnit {
  if (unit.kind === 'row') return { ...unit, start: unit.start + by, end: unit.end + by, cells: unit.cells.map((c) => shift(c, by) as TextUnit) };
  const segments = unit.kind === 'text' && unit.segments ? { segments: unit.segments.map((g) => ({ ...g, offset: g.offset + by })) } : {};
  return { ...unit, start: unit.start + by, end: unit.end + by, ...segments } as FrontEndUnit;
}

/** Block elements whose text a raw HTML block of a Markdown file may hold (comments and lone tags hold none). */
const HTML_WITH_TEXT = /<(?:table|tr|td|th|p|div|h[1-6]|ul|ol|li|section|article|blockquote|center|span|font|strong|b)\b/i;

/**
 * The units of a raw HTML block, by the HTML front end; nothing when the HTML
 * parser cannot be loaded here (a browser build that did not load it).
 */
function htmlBlockUnits(html: string): FrontEndUnit[] {
  try {
    return htmlUnits(html);
  } catch {
    return [];
  }
}
