/**
 * What an HTML source (a web page, or the HTML converted from a Word
 * document) looks like as readable text, piece by piece, so findings can be
 * highlighted at their source offsets. The source is only scanned, never
 * handed to the browser as markup: tags become line breaks or cell
 * separators, scripts, styles and comments disappear, entities are decoded.
 */
import type { InputFormat } from '../ast/types.js';

/** A stretch [start, end) of the source and the text shown for it. */
export interface Piece {
  start: number;
  end: number;
  show: string;
  /** True when `show` is the source text itself, so the piece can be cut anywhere. */
  plain: boolean;
}

/** Elements that start a new line. */
const BLOCK = /^(?:p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|tfoot|caption|section|article|header|footer|blockquote|pre|title|dd|dt|dl|hr|br|form|fieldset|figure|nav|main|aside)$/;
/** Elements whose content is not text (skipped with the element). */
const RAW = /^(?:script|style|template|noscript|textarea|xmp|iframe|object)$/;

const ENTITIES: Record<string, string> = {
  nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷', emsp: ' ', ensp: ' ', thinsp: ' ',
  yen: '¥', copy: '©', reg: '®', deg: '°', plusmn: '±', sect: '§', permil: '‰', bull: '•',
};

/** A tag, comment, doctype or entity. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<![^>]*>|<\?[^>]*>|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

/** The decoded text of an entity name ("amp", "#20013", "#x4E2D"), or undefined when unknown. */
function entity(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name] ?? ENTITIES[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** The display pieces of an HTML source, in order, covering it entirely. */
export function htmlPieces(source: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  let cellDepth = 0; // table cells open around the current place
  let cells = 0; // cells started in the current row
  const text = (end: number) => {
    if (end > at) pieces.push({ start: at, end, show: source.slice(at, end), plain: true });
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    text(m.index);
    let end = m.index + m[0].length;
    let show = '';
    const [whole, slash, name, , ref] = m;
    if (ref !== undefined) show = entity(ref) ?? whole;
    else if (name !== undefined) {
      const tag = name.toLowerCase();
      if (!slash && RAW.test(tag)) {
        // Skip to the matching end tag: what is inside is code or markup, not report text.
        const close = new RegExp(`</${tag}\\b[^>]*>`, 'gi');
        close.lastIndex = end;
        const found = close.exec(source);
        end = found ? found.index + found[0].length : source.length;
      } else if (tag === 'td' || tag === 'th') {
        if (slash) cellDepth = Math.max(0, cellDepth - 1);
        else {
          show = cells++ > 0 ? ' │ ' : '';
          cellDepth++;
        }
      } else if (tag === 'tr') {
        cells = 0;
        show = '\n';
      } else if (BLOCK.test(tag)) show = cellDepth > 0 ? ' ' : '\n';
    }
    pieces.push({ start: m.index, end, show, plain: false });
    at = end;
    TOKEN.lastIndex = end;
  }
  text(source.length);
  return pieces;
}

/**
 * Whitespace of HTML text as a reader sees it: runs of spaces, tabs and
 * line breaks shown as one space.
 */
export function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

/**
 * The readable text of a source and a map from source offsets into it, for
 * excerpts: plain text and markdown as they are; HTML as its pieces, line
 * breaks inside text shown as spaces (the same length, so offsets map exactly).
 */
export function displayMap(source: string, format: InputFormat): { text: string; at(offset: number): number } {
  if (format !== 'html' && format !== 'docx') return { text: source, at: (o) => Math.min(Math.max(o, 0), source.length) };
  const pieces = htmlPieces(source);
  const outs: number[] = [];
  let text = '';
  for (const p of pieces) {
    outs.push(text.length);
    text += p.plain ? p.show.replace(/[\t\r\n\f]/g, ' ') : p.show;
  }
  const at = (offset: number) => {
    // The last piece starting at or before the offset (binary search).
    let lo = 0;
    let hi = pieces.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo]!;
    return outs[lo]! + (p.plain ? Math.min(Math.max(offset - p.start, 0), p.show.length) : 0);
  };
  return { text, at };
}

/** The words of a finding with a little text on each side, on its line: what a print-out quotes. */
export interface Quote {
  before: string;
  marked: string;
  after: string;
  /** Whether text was cut before `before` / after `after`. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Up to `context` characters of readable text on each side of [start, end), on the same line (the span at most 80). */
export function quoteAt(view: { text: string; at(offset: number): number }, start: number, end: number, context = 24): Quote {
  const from = view.at(start);
  const to = Math.max(from, view.at(end));
  const lineStart = view.text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = ((i) => (i < 0 ? view.text.length : i))(view.text.indexOf('\n', to));
  return {
    before: view.text.slice(Math.max(lineStart, from - context), from),
    marked: view.text.slice(from, Math.min(to, from + 80)),
    after: view.text.slice(to, Math.min(lineEnd, to + context)),
    cutBefore: from - context > lineStart,
    cutAfter: to + context < lineEnd,
  };
}
