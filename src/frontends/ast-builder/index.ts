import type { Block, Heading, InputFormat, Paragraph, Root, Section } from '../../ast/types.js';
import type { SourceText } from '../../ast/source.js';
import { normalizeLabel } from '../../text/normalize.js';
import { readCell } from '../../text/numbers.js';
import { detectInfo } from '../../model/info.js';
import { CHROME_PATTERNS, PAGE_NUMBER, SECTION_KEYWORDS, TABLE_LABEL_HINT, TABLE_OPENERS } from '../../model/vocabulary.js';
import { joinUnits, type TextUnit, type Unit } from '../units.js';
import { readHeading, splitHeading, splitInlineHeadings, type HeadingInfo } from './headings.js';
import { buildTables, type RegionItem } from './tables.js';
import { splitRunTogether } from '../run-together/index.js';
import { joinGluedLines } from './glued-lines.js';
import { spaceRow } from './space-rows.js';
import { splitChromeLine } from './chrome-line.js';
import { isWrappedLine } from './wrapped-lines.js';

type Item =
  | { t: 'para'; unit: TextUnit; chrome?: boolean }
  | { t: 'heading'; unit: TextUnit; info: HeadingInfo }
  | { t: 'region'; items: RegionItem[] };

/** Turns the unit stream of any front end into the report AST. */
export function buildReport(units: Unit[], source: SourceText, format: InputFormat): Root {
  const items = classify(units, source);
  // Paragraph boundaries are markup in HTML and Word; in text they may be line ends of a page.
  if (format !== 'html' && format !== 'docx') joinParagraphLines(items, source);
  const blocks = toBlocks(items, source);
  const root: Root = {
    type: 'root',
    children: nest(blocks, source),
    position: source.position(0, source.text.length),
    data: { format, generation: null },
  };
  root.data = detectInfo(root, source, format);
  return root;
}

/**
 * A line of page chrome. A pattern that may match inside a line (扫一扫, 打印 关闭)
 * makes a line of prose (a heading, sentences) no chrome: that is report text
 * with page residue in it.
 */
function isChrome(norm: string, raw: string): boolean {
  const prose = /^[一二三四五六七八九十]+、/.test(norm) || (norm.length >= 40 && norm.includes('。'));
  return CHROME_PATTERNS.some((re) => (!prose || re.source.startsWith('^')) && (re.test(norm) || re.test(raw.trim())));
}

function isOpener(norm: string): boolean {
  return TABLE_OPENERS.some((re) => re.test(norm));
}

function isSectionHeading(info: HeadingInfo): boolean {
  return info.level === 1 && SECTION_KEYWORDS.test(normalizeLabel(info.title));
}

/** A unit that belongs in a table region: a number, a blank mark, or a short label. */
function isCellLike(unit: TextUnit, norm: string): boolean {
  if (readCell(unit.value).kind !== 'text') return true;
  if (unit.rowStart || isOpener(norm) || TABLE_LABEL_HINT.test(norm)) return true;
  if (norm.length > 60) return false;
  return !/[。；;]$/.test(norm) || norm.length <= 12;
}

function classify(units: Unit[], source?: SourceText): Item[] {
  const out: Item[] = [];
  let region: RegionItem[] | null = null;
  const endRegion = () => {
    if (region && region.some((i) => i.t !== 'sep')) out.push({ t: 'region', items: region });
    region = null;
  };
  const pieces: Unit[] = [];
  for (const u of joinGluedLines(units)) {
    if (u.kind !== 'text' || u.rowStart) {
      pieces.push(u);
      continue;
    }
    // Whole tables run together on one line become prose, headings and rows first.
    for (const piece of splitRunTogether(u, source) ?? [u]) {
      if (piece.kind !== 'text') pieces.push(piece);
      else if (!isChrome(normalizeLabel(piece.value), piece.value)) pieces.push(...splitInlineHeadings(piece));
      else {
        // A page-chrome line that runs on into the report: the frame, then the report's text.
        const [frame, ...report] = splitChromeLine(piece) ?? [piece];
        pieces.push(frame!);
        for (const r of report) pieces.push(...splitInlineHeadings(r));
      }
    }
  }
  for (let i = 0; i < pieces.length; i++) {
    const unit = pieces[i]!;
    if (unit.kind === 'sep') {
      region?.push({ t: 'sep', start: unit.start, end: unit.end });
      continue;
    }
    if (unit.kind === 'row') {
      region ??= [];
      region.push({ t: 'row', row: unit });
      continue;
    }
    if (unit.blank) {
      // An empty cell only means something inside a table.
      region?.push({ t: 'cell', unit });
      continue;
    }
    const norm = normalizeLabel(unit.value);
    // The page numbers of a printed page are no text of the report; a table goes on after them.
    if (PAGE_NUMBER.test(norm)) continue;
    if (isChrome(norm, unit.value)) {
      endRegion();
      out.push({ t: 'para', unit, chrome: true });
      continue;
    }
    const heading = readHeading(unit);
    if (region) {
      const signature = SIGNATURE_DATE.test(norm) ? signatureBefore(region) : null;
      if (signature) {
        // The signature and date under the last table: the report's, not a row of the table.
        region.pop();
        endRegion();
        out.push({ t: 'para', unit: signature });
      } else if (!SIGNATURE_DATE.test(norm) && (unit.rowStart || (isCellLike(unit, norm) && !(heading && isSectionHeading(heading))))) {
        // A row with its cells apart by spaces only (PDF text) is a row.
        const row = unit.rowStart ? null : spaceRow(unit);
        region.push(row ? { t: 'row', row } : { t: 'cell', unit });
        continue;
      }
      endRegion();
    }
    if (isOpener(norm) || unit.rowStart || startsReviewTable(pieces, i, norm)) {
      region = [{ t: 'cell', unit }];
      continue;
    }
    if (heading) {
      const [head, rest] = splitHeading(unit, heading);
      out.push({ t: 'heading', unit: head, info: heading });
      if (rest) {
        const restHeading = readHeading(rest);
        if (restHeading && restHeading.level > heading.level) {
          const [h2, r2] = splitHeading(rest, restHeading);
          out.push({ t: 'heading', unit: h2, info: restHeading });
          if (r2) out.push({ t: 'para', unit: r2 });
        } else out.push({ t: 'para', unit: rest });
      }
      continue;
    }
    out.push({ t: 'para', unit });
  }
  endRegion();
  return out;
}

/** Joins, in place, paragraph lines that are one paragraph wrapped (see wrapped-lines.ts); each run is joined once. */
function joinParagraphLines(items: Item[], source: SourceText): void {
  let w = 0;
  for (let i = 0; i < items.length; ) {
    const item = items[i]!;
    let j = i + 1;
    if (item.t === 'para' && !item.chrome) {
      while (j < items.length) {
        const next = items[j]!;
        const line = (items[j - 1] as { unit: TextUnit }).unit;
        if (next.t !== 'para' || next.chrome || !isWrappedLine(line, next.unit, source)) break;
        j++;
      }
    }
    items[w++] = j > i + 1 ? { t: 'para', unit: joinUnits(items.slice(i, j).map((x) => (x as { unit: TextUnit }).unit)) } : item;
    i = j;
  }
  items.length = w;
}

/** A date alone on its line: the date under the signature. */
const SIGNATURE_DATE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/;

/** The signature line (the agency) that ends a table region right before the date, if any. */
function signatureBefore(region: RegionItem[]): TextUnit | null {
  const last = region[region.length - 1];
  if (last?.t !== 'cell' || last.unit.blank || last.unit.rowStart) return null;
  const norm = normalizeLabel(last.unit.value);
  if (readCell(last.unit.value).kind !== 'text' || TABLE_LABEL_HINT.test(norm) || isOpener(norm)) return null;
  return last.unit;
}

/** "行政复议" followed closely by "行政诉讼", or the header of table 四 run together into one line. */
function startsReviewTable(units: Unit[], i: number, norm: string): boolean {
  if (/^行政复议(?:行政诉讼|.{0,12}(?:结果维持|尚未审结))/.test(norm) && !/[。，]/.test(norm)) return true;
  if (norm !== '行政复议') return false;
  for (let j = i + 1; j < Math.min(units.length, i + 4); j++) {
    const u = units[j]!;
    if (u.kind === 'text' && normalizeLabel(u.value) === '行政诉讼') return true;
    if (u.kind === 'row' && u.cells.some((c) => normalizeLabel(c.value) === '结果维持')) return true;
  }
  return false;
}

type FlatBlock = Paragraph | Heading | Block;

function toBlocks(items: Item[], source: SourceText): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  for (const item of items) {
    if (item.t === 'region') {
      blocks.push(...buildTables(item.items, source));
      continue;
    }
    const u = item.unit;
    const base = { value: u.value, position: source.position(u.start, u.end), ...(u.segments ? { segments: u.segments } : {}) };
    if (item.t === 'heading') {
      blocks.push({ type: 'heading', ...base, marker: item.info.marker, title: item.info.title, data: item.info } as Heading);
    } else {
      const p: Paragraph = { type: 'paragraph', ...base };
      if (item.chrome) p.role = 'chrome';
      blocks.push(p);
    }
  }
  return blocks;
}

/** Nests paragraphs and tables under the headings that precede them. */
function nest(blocks: FlatBlock[], source: SourceText): Block[] {
  const root: Block[] = [];
  const stack: Section[] = [];
  const close = (section: Section) => {
    const last = section.children[section.children.length - 1];
    const end = last ? last.position.end.offset : section.heading.position.end.offset;
    section.position = source.position(section.heading.position.start.offset, end);
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      const info = (block as Heading & { data: HeadingInfo }).data;
      delete (block as { data?: unknown }).data;
      while (stack.length && stack[stack.length - 1]!.level >= info.level) close(stack.pop()!);
      const section: Section = {
        type: 'section',
        number: info.number,
        level: info.level,
        ordinal: info.ordinal,
        title: info.title,
        heading: block,
        children: [],
        position: block.position,
      };
      (stack.length ? stack[stack.length - 1]!.children : root).push(section);
      stack.push(section);
      continue;
    }
    (stack.length ? stack[stack.length - 1]!.children : root).push(block as Block);
  }
  while (stack.length) close(stack.pop()!);
  return root;
}
