/**
 * Word documents (.docx): conversion to HTML with mammoth, and the map from
 * offsets in that HTML to places a person finds in Word ("第12段",
 * "表2第3行第5列").
 *
 * The "text" of a .docx input is the HTML that docxToHtml returns; the HTML
 * front end reads it (Word tables are real <table>s), and the line/column of
 * every finding refer to that HTML (one line per paragraph, table and table
 * row, see docxToHtml). This module takes bytes and imports nothing from
 * Node, so a browser build can use it: mammoth is loaded lazily on the first
 * conversion (`import('mammoth')`), and bundlers pick mammoth's browser files
 * through the "browser" field of its package.json.
 *
 * Numbering (all 1-based, in document order):
 * - 第N段: the Nth paragraph outside tables, as mammoth emits it — <p>,
 *   <h1>–<h6> and each list item <li>. Empty paragraphs are not counted
 *   (mammoth drops them), nor are paragraphs inside table cells.
 * - 表T: the Tth top-level table (a table nested in a cell belongs to the
 *   cell of the outer table that holds it).
 * - 第R行: the Rth row (<tr>, Word's w:tr) of that table.
 * - 第C列: the Cth cell of that row from the left as Word shows it: a cell
 *   merged across columns counts once, and a cell merged down from a row
 *   above counts in every row it covers.
 */
import type { Element } from 'hast';
import type { DocLocation, LintMessage } from '../results.js';
import type { Locale } from '../engine/types.js';
import { layoutGrid } from './html/grid.js';

export interface DocxConversion {
  /** mammoth's HTML with a line feed after each paragraph, table row and table. */
  html: string;
  /** mammoth's warnings (unknown styles, unsupported elements), for information. */
  warnings: string[];
}

/**
 * Converts the bytes of a .docx file to HTML. Throws when the bytes are not a
 * Word document (not a zip, or no word/document.xml).
 */
export async function docxToHtml(bytes: ArrayBuffer | Uint8Array): Promise<DocxConversion> {
  const { default: mammoth } = await import('mammoth');
  // A private copy: mammoth's Node build reads `buffer`, its browser build `arrayBuffer` (JSZip takes both).
  const copy = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes.slice(0));
  const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  const result = await mammoth.convertToHtml(input, { externalFileAccess: false });
  return {
    // mammoth writes one long line; breaking after blocks keeps lines short (codeframes, editors).
    html: result.value.replace(/<\/(?:p|h[1-6]|li|tr|table|ul|ol)>/g, '$&\n'),
    warnings: result.messages.map((m) => m.message),
  };
}

/** A paragraph or table cell with its [start, end) offsets in the HTML. */
export interface Place {
  start: number;
  end: number;
  location: DocLocation;
}

const PARAGRAPH = /^(?:p|h[1-6]|li)$/;
/** A start or end tag of mammoth's output (text and attribute values are escaped, so no "<" or ">" inside). */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;

/** A table cell as the HTML grid layout reads it (a minimal hast element with its offsets). */
function cellElement(tag: string, attributes: string, start: number): Element {
  const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"?(\\d+)`, 'i').exec(attributes)?.[1];
  const colSpan = attr('colspan');
  const rowSpan = attr('rowspan');
  return {
    type: 'element',
    tagName: tag,
    properties: { ...(colSpan ? { colSpan: Number(colSpan) } : {}), ...(rowSpan ? { rowSpan: Number(rowSpan) } : {}) },
    children: [],
    position: { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: start } },
  };
}

/**
 * The paragraphs and table cells of mammoth's HTML in document order. The
 * HTML is scanned tag by tag (mammoth writes well-formed HTML), so no HTML
 * parser is loaded for this; the cells are laid out on the grid exactly as
 * the HTML front end lays them out (html/grid.ts).
 */
export function docxPlaces(html: string): Place[] {
  const places: Place[] = [];
  const open: { tag: string; start: number; paragraph?: number; cell?: Element }[] = [];
  let paragraph = 0;
  let tables = 0;
  let depth = 0; // tables open around the current tag
  let rows: Element[] = [];
  for (const m of html.matchAll(TAG)) {
    const [whole, slash, name, attributes] = m;
    const tag = name!.toLowerCase();
    const at = m.index;
    if (!slash) {
      if (/\/\s*$/.test(attributes!) || tag === 'br' || tag === 'img' || tag === 'hr') continue;
      const entry: (typeof open)[number] = { tag, start: at };
      if (tag === 'table' && depth++ === 0) rows = [];
      else if (depth === 1 && tag === 'tr') rows.push({ type: 'element', tagName: 'tr', properties: {}, children: [] });
      else if (depth === 1 && (tag === 'td' || tag === 'th') && rows.length) rows.at(-1)!.children.push((entry.cell = cellElement(tag, attributes!, at)));
      else if (depth === 0 && PARAGRAPH.test(tag)) entry.paragraph = ++paragraph;
      open.push(entry);
      continue;
    }
    // An end tag closes the innermost open element of that name (and any left open inside it).
    const index = open.map((e) => e.tag).lastIndexOf(tag);
    if (index < 0) continue;
    const [entry] = open.splice(index);
    const end = at + whole!.length;
    if (entry!.paragraph) places.push({ start: entry!.start, end, location: { paragraph: entry!.paragraph } });
    if (entry!.cell) entry!.cell.position!.end.offset = end;
    if (tag === 'table' && --depth === 0) places.push(...tableCells(rows, ++tables));
  }
  return places.sort((a, b) => a.start - b.start);
}

/** The cells of one table, numbered by row and by the cells Word shows in that row. */
function tableCells(rows: Element[], table: number): Place[] {
  const grid = layoutGrid(rows);
  const all = grid.cells.flat();
  const places: Place[] = [];
  grid.cells.forEach((anchored, r) => {
    // Cells covering row r: those anchored in it and those merged down from above.
    const covering = all.filter((c) => c.row <= r && c.row + c.rowSpan > r).sort((a, b) => a.col - b.col);
    for (const cell of anchored) {
      const { start, end } = cell.el.position!;
      places.push({ start: start.offset!, end: end.offset!, location: { table, row: r + 1, column: covering.indexOf(cell) + 1 } });
    }
  });
  return places;
}

/**
 * The place holding an offset: the innermost paragraph or cell containing
 * it; else the first one after it (a finding at a row's <tr> names the row's
 * first cell); else the last one. Undefined for a document without any.
 */
export function placeAt(places: Place[], offset: number): DocLocation | undefined {
  let inside: Place | undefined;
  for (const p of places) {
    if (p.start > offset) return (inside ?? p).location;
    if (offset < p.end) inside = p;
  }
  return (inside ?? places.at(-1))?.location;
}

/** The place in words: "第12段" / "表2第3行第5列" / "第3页", or "paragraph 12" / "table 2, row 3, column 5" / "page 3". */
export function placeWords(location: DocLocation, locale: Locale = 'zh-CN'): string {
  if ('page' in location) return locale === 'en' ? `page ${location.page}` : `第${location.page}页`;
  if ('paragraph' in location) return locale === 'en' ? `paragraph ${location.paragraph}` : `第${location.paragraph}段`;
  const { table, row, column } = location;
  return locale === 'en' ? `table ${table}, row ${row}, column ${column}` : `表${table}第${row}行第${column}列`;
}

/**
 * The messages of a .docx input with their places: `location` set, and the
 * place in words appended to the message text ("…（第12段）", "… (paragraph 12)"),
 * so that every output format names it. Offsets come from `range`, else from line/column.
 */
export function withDocxPlaces(messages: LintMessage[], html: string, locale: Locale = 'zh-CN'): LintMessage[] {
  if (messages.length === 0) return messages;
  const places = docxPlaces(html);
  const lineStarts = [0];
  for (let i = 0; i < html.length; i++) if (html[i] === '\n') lineStarts.push(i + 1);
  return messages.map((m) => {
    const offset = m.range?.[0] ?? (lineStarts[m.line - 1] ?? 0) + m.column - 1;
    const location = placeAt(places, offset);
    if (!location) return m;
    const words = placeWords(location, locale);
    return { ...m, message: locale === 'en' ? `${m.message} (${words})` : `${m.message}（${words}）`, location };
  });
}
