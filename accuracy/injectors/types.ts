/**
 * Injectors put one known defect into a report before it is rendered, and
 * say which rule must report it and where: the ids of the places (a table
 * cell, a sentence, a heading) that a finding of that rule must overlap.
 */
import type { Rng } from '../prng.js';
import { sentenceText, type Block, type Generation, type GridCell, type ParaBlock, type ReportTruth, type Sentence, type Slot, type TableBlock } from '../truth/types.js';

export interface Injection {
  /** What was done, for the dump note ("（七）总计 moved one column right"). */
  note: string;
  /** Place ids: a finding of the rule overlapping any of them is a hit. */
  places: string[];
  /**
   * The one cell a single-cell defect changed: the arithmetic rules should
   * report it there, at the cell the clerk must correct (measured apart, as
   * the share of such defects whose finding lands on it).
   */
  cell?: string;
}

export interface Injector {
  name: string;
  /** The rule that must report it (a RULES.md id). */
  rule: string;
  generations?: Generation[];
  /** Changes the report (a private copy); null when this report offers no place for the defect. */
  inject(truth: ReportTruth, rng: Rng): Injection | null;
}

// ---- helpers for finding and changing places ----

export function tableOf(truth: ReportTruth, id: string): TableBlock | undefined {
  return truth.doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id);
}

export function cellById(truth: ReportTruth, id: string): GridCell | undefined {
  for (const b of truth.doc.blocks) if (b.kind === 'table') for (const row of b.rows) for (const c of row) if (c.id === id) return c;
  return undefined;
}

/** Sets a value cell's text; returns its id. */
export function setCell(truth: ReportTruth, id: string, text: string): string {
  const cell = cellById(truth, id);
  if (!cell) throw new Error(`no cell ${id}`);
  cell.text = text;
  return id;
}

export function paragraphs(truth: ReportTruth): ParaBlock[] {
  return truth.doc.blocks.filter((b): b is ParaBlock => b.kind === 'para');
}

/** The sentence holding a slot, with the slot. */
export function findSlot(truth: ReportTruth, name: string): { sentence: Sentence; slot: Slot } | undefined {
  for (const p of paragraphs(truth)) {
    for (const s of p.sentences) {
      const slot = s.parts.find((x): x is Slot => typeof x !== 'string' && x.slot === name);
      if (slot) return { sentence: s, slot };
    }
  }
  return undefined;
}

/** Body sentences (not title, page header, signature) whose text matches. */
export function bodySentences(truth: ReportTruth, test: (text: string) => boolean = () => true): Sentence[] {
  return paragraphs(truth)
    .filter((p) => !p.role)
    .flatMap((p) => p.sentences)
    .filter((s) => test(sentenceText(s)));
}

/** Replaces a sentence's text by a new one (keeping its id). */
export function rewrite(s: Sentence, text: string): void {
  s.parts = [text];
}

export function headingById(truth: ReportTruth, id: string): Block | undefined {
  return truth.doc.blocks.find((b) => b.kind === 'heading' && b.id === id);
}

/** A numeric cell value. */
export const num = (c: GridCell | undefined) => (c ? Number(c.text) : NaN);
