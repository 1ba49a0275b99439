/** Helpers shared by the layouts: walking a report's blocks and laying out table grids. */
import type { Rng } from '../prng.js';
import { sentenceText, type Block, type GridCell, type ParaBlock, type ReportTruth, type Sentence, type TableBlock } from '../truth/types.js';
import type { Writer } from './types.js';

/** The ids a sentence's pieces carry. */
export const sentenceIds = (p: ParaBlock, s: Sentence) => [s.id, p.id];

/** Writes the sentences of a paragraph joined as written. */
export function putSentences(w: Writer, p: ParaBlock, sep = ''): void {
  p.sentences.forEach((s, i) => {
    if (i && sep) w.put(sep);
    w.put(sentenceText(s), ...sentenceIds(p, s));
  });
}

/** A cell placed on the grid: where it starts and how far it reaches. */
export interface Placed {
  cell: GridCell;
  row: number;
  col: number;
  /** True in the grid positions a span covers (not the cell's own first position). */
  covered: boolean;
}

/** The table as a full grid (rows × width), covered positions pointing at their cell. */
export function denseGrid(t: TableBlock): Placed[][] {
  const grid: Placed[][] = [];
  t.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          (grid[r + dr] ??= [])[c + dc] = { cell, row: r, col: c, covered: dr > 0 || dc > 0 };
        }
      }
      c += cell.colSpan ?? 1;
    }
  });
  return grid;
}

/** The ids of a table cell's piece. */
export const cellIds = (t: TableBlock, c: GridCell) => (c.id ? [c.id, `table.${t.id}`] : [`table.${t.id}`]);

/** Whether a block is the report's title, page header line, signature or date. */
export const isFrame = (b: Block) => b.kind === 'para' && (b.role === 'title' || b.role === 'meta' || b.role === 'signature' || b.role === 'date');

/** A title block's text. */
export function titleOf(truth: ReportTruth): ParaBlock {
  return truth.doc.blocks.find((b): b is ParaBlock => b.kind === 'para' && b.role === 'title')!;
}

/** Breaks a label the way narrow table columns wrap it: pieces of `width` characters. */
export function wrapLabel(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/** Splits a header word with a space inside, as narrow cells do ("商业 企业"). */
export function splitWord(rng: Rng, text: string, p: number): string {
  if (text.length < 4 || text.length > 8 || !rng.chance(p)) return text;
  const at = Math.floor(text.length / 2);
  return `${text.slice(0, at)} ${text.slice(at)}`;
}
