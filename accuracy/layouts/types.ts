/**
 * Layouts turn one report into one real-world file. A text layout writes
 * pieces (each tagged with the ids of what it holds: a sentence, a table
 * cell, a heading), so the lab knows the offsets of every place in the
 * file; a binary layout (Word, PDF) gives bytes and finds the places in the
 * text the product reads from them.
 */
import type { Rng } from '../prng.js';
import type { Generation, ReportTruth, Value } from '../truth/types.js';

export interface Piece {
  text: string;
  ids?: string[];
}

/** A text file being written: pieces with the ids of the places they hold. */
export class Writer {
  readonly pieces: Piece[] = [];

  put(text: string, ...ids: string[]): this {
    if (text) this.pieces.push(ids.length ? { text, ids } : { text });
    return this;
  }
}

export type Span = [number, number];

/** Joins pieces into the file text and the span of every id. */
export function joinPieces(pieces: Piece[]): { text: string; spans: Map<string, Span> } {
  const spans = new Map<string, Span>();
  let text = '';
  for (const p of pieces) {
    const start = text.length;
    text += p.text;
    for (const id of p.ids ?? []) {
      const s = spans.get(id);
      if (s) s[1] = text.length;
      else spans.set(id, [start, text.length]);
    }
  }
  return { text, spans };
}

export type Ext = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

/** What a layout makes of a report. */
export type Draft =
  | { kind: 'text'; ext: Exclude<Ext, 'docx' | 'pdf'>; pieces: Piece[]; expect?: Map<string, Value> }
  | {
      kind: 'binary';
      ext: 'docx' | 'pdf';
      /** Empty while a batch is being collected (see Batcher), or when the program failed (`problem`). */
      bytes: Uint8Array;
      /** Finds the places in the text the product reads from the bytes. */
      locate(text: string): Map<string, Span>;
      expect?: Map<string, Value>;
      /** The file the bytes were made from (the HTML page or Word file a PDF was printed from), for dumps. */
      source?: { ext: 'html' | 'docx'; bytes: Uint8Array };
      /** Why there are no bytes: the program that makes them failed on this file. */
      problem?: string;
    };

/**
 * A slow outside program that makes a layout's files (PDF printing): the lab
 * renders such a layout's cases once with `collecting` on (render() only
 * queues what it needs made and returns a draft without bytes), calls
 * `flush()` to make everything queued at once, then renders them for real.
 */
export interface Batcher {
  collecting: boolean;
  flush(progress?: (message: string) => void): Promise<void>;
}

export interface Layout {
  name: string;
  /** A family groups layouts in the tables: plain, web, crawler, pdf, word, converted. */
  family: string;
  /** One line on what it copies and from where. */
  description: string;
  /** Generations it applies to (all when absent). */
  generations?: Generation[];
  /**
   * Findings a clean rendering rightly gets from this layout, by rule, with
   * the reason (an excerpt lacks its later sections); they are counted
   * apart from false findings.
   */
  expects?: Record<string, string>;
  /** Runs once before the lab: returns null when ready, or a note why the layout is skipped (a tool is missing). */
  setup?(): Promise<string | null>;
  /**
   * Set when an outside program makes the files in batches (PDF printing):
   * such a layout runs on the first `pdfCount` reports only (the lab's
   * --pdf-count) and is left out of the CI guard, which must not need the program.
   */
  batch?: Batcher;
  render(truth: ReportTruth, rng: Rng): Draft | Promise<Draft>;
}
