/**
 * A PDF as text the plain-text front end reads: paragraphs one per line,
 * each table row one line of "|"-separated cells (cells merged across rows
 * or columns written once, in their first row, as the HTML front end does
 * for a <table>), pages separated by a form feed (U+000C) at the start of
 * the first line of each new page, so the page of any offset is the number
 * of form feeds before it, plus one. A paragraph or table row running over
 * a page break belongs to the page where it starts.
 */
import { openPdf, PdfOpenError, type PdfDocument } from './pdfjs.js';
import { pageRulings, withoutTextDecoration } from './rulings.js';
import { attachOverflow, cellAt, flowY, joinContinued, pageTables, PAGE_STRIDE, type TableBox } from './tables.js';
import { findBorderlessTables } from './borderless.js';
import { emit, type Block } from './write.js';
import { dropFurniture, joinBrokenParagraphs, pageLines, paragraphs, rightEdge, type TextLine } from './layout.js';
import { toLines, type Fragment } from './text.js';
import type { UncertainSpan } from './uncertain.js';

export type { UncertainSpan };

export interface PdfText {
  text: string;
  pages: number;
  uncertain: UncertainSpan[];
}

export type PdfProblem = 'scanned' | 'encrypted' | 'damaged' | 'too-many-pages' | 'too-much-text';

/** Why a PDF could not be read as a report. */
export class PdfReadError extends Error {
  constructor(
    readonly problem: PdfProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface PdfOptions {
  /** More pages than this and the file is refused (default 1,000). */
  maxPages?: number;
  /** More characters of text than this and the file is refused (default 10,000,000). */
  maxChars?: number;
  /** Adobe's predefined CMaps (.bcmap) by file name, for CJK fonts without embedded encodings. */
  cMap?: (name: string) => Promise<Uint8Array>;
}

/**
 * True when at least two lines of the page hold text runs far apart (two
 * cells side by side), or one does near the top or the foot of the page (a
 * table cut by the page break after its first row or before its last): the
 * page may hold a table. Running text alone never has such gaps, and
 * reading a page's drawing operators costs more than reading its text.
 */
function mayHoldTable(fragments: Fragment[], page: number, height: number): boolean {
  let rows = 0;
  for (const line of toLines(fragments)) {
    for (let k = 1; k < line.length; k++) {
      const prev = line[k - 1]!;
      if (line[k]!.x - (prev.x + prev.width) >= 1.5 * prev.size) {
        const y = line[0]!.y - page * PAGE_STRIDE;
        if (++rows >= 2 || y < 0.2 * height || y > 0.8 * height) return true;
        break;
      }
    }
  }
  return false;
}

/** Fewer visible characters than this in the whole file: there is no text layer to speak of. */
const MIN_TEXT = 10;

/** Reads a PDF's text, tables and pages; throws PdfReadError for files that cannot be read. */
export async function pdfToText(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const maxPages = options.maxPages ?? 1000;
  // A PDF ends with %%EOF (followed by a line end at most, or a little padding); a file cut short does not.
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!bytes.length || !tail.includes('%%EOF')) throw new PdfReadError('damaged', 'no %%EOF at the end (truncated)');
  let doc: PdfDocument;
  try {
    doc = await openPdf(bytes, options.cMap);
  } catch (error) {
    if (error instanceof PdfOpenError && error.kind === 'password') throw new PdfReadError('encrypted', error.message);
    throw new PdfReadError('damaged', error instanceof Error ? error.message : String(error));
  }
  try {
    if (doc.numPages > maxPages) throw new PdfReadError('too-many-pages', `${doc.numPages} > ${maxPages}`);
    const pages: { fragments: Fragment[]; width: number; height: number; tables: TableBox[] }[] = [];
    let chars = 0;
    for (let i = 0; i < doc.numPages; i++) {
      let page;
      try {
        page = await doc.page(i);
      } catch (error) {
        throw new PdfReadError('damaged', error instanceof Error ? error.message : String(error));
      }
      chars += page.items.reduce((n, it) => n + it.str.length, 0);
      if (chars > (options.maxChars ?? 10_000_000)) throw new PdfReadError('too-much-text', `more than ${options.maxChars ?? 10_000_000} characters`);
      const fragments = page.items
        .filter((it) => it.str.trim() && Number.isFinite(it.x) && Number.isFinite(it.y))
        .map((it) => ({ str: unspaced(unifyRadicals(it.str)), x: it.x, y: flowY(i, page.height, it.y), width: it.width, size: it.size || 10 }));
      const runs = page.items.filter((it) => it.str.trim());
      // The vector paths are read (for table rulings) only on pages whose text could be a table.
      const rulings = mayHoldTable(fragments, i, page.height) ? withoutTextDecoration(pageRulings(await doc.ops(i).catch(() => ({ fnArray: [], argsArray: [] })), page.x0, page.y0), runs) : undefined;
      const tables = rulings ? pageTables(rulings, i, page.height) : [];
      pages.push({ fragments, width: page.width, height: page.height, tables });
    }
    const visible = pages.reduce((n, p) => n + p.fragments.reduce((m, f) => m + f.str.replace(/\s/g, '').length, 0), 0);
    if (visible < MIN_TEXT) throw new PdfReadError('scanned', 'no text layer');
    return layOut(pages);
  } finally {
    doc.destroy();
  }
}

/** CJK radical supplement characters that stand for a whole character (no Unicode decomposition). */
const RADICALS: Record<string, string> = {
  '\u2e81': '厂', '\u2e84': '乙', '\u2e87': '几', '\u2e8c': '小', '\u2e8d': '小', '\u2e95': '彐', '\u2e9c': '日', '\u2e9d': '月',
  '\u2e9f': '母', '\u2ea0': '民', '\u2ea3': '灬', '\u2ea7': '牛', '\u2eab': '目', '\u2eb2': '罒', '\u2eb7': '羊', '\u2ebc': '肉',
  '\u2ebe': '艹', '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角', '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车', '\u2ecf': '邑',
  '\u2ed0': '钅', '\u2ed3': '长', '\u2ed4': '门', '\u2ed8': '青', '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞',
  '\u2edd': '食', '\u2ee0': '饣', '\u2ee2': '马', '\u2ee3': '骨', '\u2ee4': '鬼', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee9': '黄',
  '\u2eea': '黾', '\u2eeb': '齐', '\u2eec': '齐', '\u2eed': '齿', '\u2eef': '龙', '\u2ef0': '龙', '\u2ef2': '龟', '\u2ef3': '龟',
};

/**
 * Kangxi radicals (U+2F00–U+2FD5) and CJK radical supplements as the
 * characters they look like ("⼯" → "工", "⺠" → "民"): fonts that share one
 * glyph between a radical and its character make PDF text say the radical.
 */
function unifyRadicals(str: string): string {
  if (!/[\u2e80-\u2fdf]/.test(str)) return str;
  return str.replace(/[\u2e80-\u2fdf]/g, (c) => RADICALS[c] ?? c.normalize('NFKC'));
}

const HAN = '[\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const SPACED = new RegExp(`(${HAN}) (?=${HAN})`, 'g');

/**
 * A run set letter by letter ("申 请 人 无 正", letter-spaced or distributed
 * text; PDF.js puts a space into every wide gap) without those spaces: when
 * nearly every two neighbouring Chinese characters have one space between
 * them, the spaces are layout, not text. A single space ("等 份") stays.
 */
function unspaced(str: string): string {
  const spaced = str.match(SPACED)?.length ?? 0;
  if (spaced < 3) return str;
  const pairs = str.match(new RegExp(`${HAN}(?= ?${HAN})`, 'g'))?.length ?? 0;
  return spaced >= 0.8 * pairs ? str.replace(SPACED, '$1') : str;
}

function layOut(pages: { fragments: Fragment[]; width: number; height: number; tables: TableBox[] }[]): PdfText {
  // Runs inside a table box are its cells' text; the others are running text.
  const loose = pages.map((p) => {
    let rest: Fragment[] = [];
    for (const f of p.fragments) if (!placeInTable(f, p.tables)) rest.push(f);
    for (const table of p.tables) rest = attachOverflow(table, rest);
    return rest;
  });
  // Page furniture is found on whole lines across the page, then the rest is read column by column.
  const furniture = new Set<Fragment>();
  const whole = loose.map((fs, i) => pageLines(fs, i, pages[i]!.width, false));
  const notFurniture = dropFurniture(whole);
  whole.forEach((lines, i) => {
    const keep = new Set(notFurniture[i]);
    for (const l of lines) if (!keep.has(l)) for (const f of l.fragments) furniture.add(f);
  });
  // Tables without rulings are found on whole lines too, before the text is split into page columns.
  const borderless = findBorderlessTables(loose.map((fs) => fs.filter((f) => !furniture.has(f))));
  const kept = borderless.rest.map((fs, i) => pageLines(fs, i, pages[i]!.width));
  const bodySize = commonSize(kept.flat());
  const full = kept.flat().filter((l) => l.column === 'full');
  const textRight = full.length ? rightEdge(full) : undefined;
  const blocks: Block[] = [];
  kept.forEach((lines, i) => {
    const own: Block[] = [];
    for (const column of ['full', 'left', 'right'] as const) own.push(...paragraphs(lines.filter((l) => l.column === column), bodySize, column === 'full' ? textRight : undefined));
    for (const table of pages[i]!.tables) if (table.cells.some((c) => c.fragments.length)) own.push({ kind: 'table', page: i, y: table.top, column: 'full', table });
    for (const table of borderless.tables) if (table.page === i) own.push({ kind: 'rows', page: i, y: table.y, column: 'full', rows: table.rows });
    blocks.push(...readingOrder(own));
  });
  const joined = joinBrokenParagraphs(blocks);
  blocks.length = 0;
  blocks.push(...joined);
  // A table at the end of a page continued by one at the start of the next, joined from the first
  // page on (a cell cut twice is joined to its text on the first page).
  for (let k = 1; k < blocks.length; ) {
    const a = blocks[k - 1]!;
    const b = blocks[k]!;
    const joined = a.kind === 'table' && b.kind === 'table' && b.page === Math.floor(a.table.bottom / PAGE_STRIDE) + 1 ? joinContinued(a.table, b.table) : null;
    if (joined && a.kind === 'table') {
      a.table = joined;
      blocks.splice(k, 1);
    } else k++;
  }
  return emit(blocks, pages.length);
}

/** Puts a run into the table cell under its centre; a run across cells is cut between its characters. */
function placeInTable(f: Fragment, tables: TableBox[]): boolean {
  const cy = f.y - f.size * 0.35;
  const table = tables.find((t) => cellAt(t, f.x + f.width / 2, cy));
  if (!table) return false;
  const whole = cellAt(table, f.x + f.width / 2, cy)!;
  if (f.x >= whole.x1 - 1 && f.x + f.width <= whole.x2 + 1) {
    whole.fragments.push(f);
    return true;
  }
  const chars = [...f.str];
  const w = f.width / chars.length;
  chars.forEach((ch, k) => {
    const x = f.x + k * w;
    const cell = cellAt(table, x + w / 2, cy) ?? whole;
    cell.fragments.push({ str: ch, x, y: f.y, width: w, size: f.size });
  });
  return true;
}

function commonSize(lines: TextLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 10;
  let most = -1;
  for (const [size, w] of weight) if (w > most) [best, most] = [size, w];
  return best;
}

/** Full-width blocks in order; between two of them, the left column, then the right column. */
function readingOrder(blocks: Block[]): Block[] {
  const sorted = [...blocks].sort((a, b) => a.y - b.y);
  const out: Block[] = [];
  let run: Block[] = [];
  const flush = () => {
    out.push(...run.filter((b) => b.column === 'left'), ...run.filter((b) => b.column === 'right'));
    run = [];
  };
  for (const b of sorted) {
    if (b.column === 'full') {
      flush();
      out.push(b);
    } else run.push(b);
  }
  flush();
  return out;
}

