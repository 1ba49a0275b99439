/**
 * Defects between two reports of one agency: this year's 上年结转 that is not
 * last year's 结转下年度, and a report that repeats last year's text. The lab
 * renders last year's report in the same layout and lints both together.
 */
import type { Rng } from '../prng.js';
import { sentenceText, type Generation, type ReportTruth } from '../truth/types.js';
import { cellById, findSlot, num, paragraphs, setCell, type Injection } from './types.js';

export interface PairInjector {
  name: string;
  rule: string;
  generations?: Generation[];
  /** Changes this year's report (a private copy) against last year's; null when the pair offers no place. */
  inject(current: ReportTruth, previous: ReportTruth, rng: Rng): Injection | null;
}

const COLS = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other'];

export const brokenCarryover: PairInjector = {
  name: 'carryover-differs',
  rule: 'carryover-continuity',
  generations: ['2021', '2019'],
  inject(current, previous, rng) {
    if (!current.tables.applications || !previous.tables.applications) return null;
    const col = rng.chance(0.7) ? 'natural' : rng.pick(COLS);
    const k = rng.int(1, 3);
    // 上年结转 and 结转下年度 both raised: this report still balances, but no longer carries over what last year's left.
    for (const row of ['carried_over', 'carried_forward']) {
      for (const c of [col, 'total']) {
        const id = `applications:${row}:${c}`;
        setCell(current, id, String(num(cellById(current, id)) + k));
      }
    }
    for (const name of ['apps_carried', 'apps_forward']) {
      const found = findSlot(current, name);
      if (found) found.slot.text = String(Number(found.slot.text) + k);
    }
    return { note: `上年结转 (${col}) is last year's 结转下年度 + ${k}`, places: [`applications:carried_over:${col}`, 'applications:carried_over:total'] };
  },
};

export const reusedText: PairInjector = {
  name: 'text-reused',
  rule: 'year-over-year-reuse',
  inject(current, previous) {
    // The body is last year's, sentence for sentence, with the years moved on (figures and all: the report was written over last year's).
    const old = paragraphs(previous).filter((p) => !p.role).flatMap((p) => p.sentences);
    let i = 0;
    for (const p of paragraphs(current).filter((x) => !x.role)) {
      for (const s of p.sentences) {
        if (i >= old.length) continue;
        const years: Record<string, string> = { [previous.year]: String(current.year), [previous.year + 1]: String(current.year + 1) };
        s.parts = [sentenceText(old[i++]!).replace(/(\d{4})年/g, (m, y: string) => (years[y] ? `${years[y]}年` : m))];
      }
    }
    const title = paragraphs(current).find((p) => p.role === 'title')!;
    return i ? { note: `${i} sentences copied from last year's report`, places: [title.sentences[0]!.id] } : null;
  },
};

export const PAIR_INJECTORS: readonly PairInjector[] = [brokenCarryover, reusedText];
