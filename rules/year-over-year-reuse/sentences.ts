import { textNodes, type ProjectEntry, type ProjectReport, type SummaryContext } from '../../src/rule-kit.js';

/** Sentences shorter than this many CJK characters are not compared. */
const MIN_LENGTH = 8;
/** A sentence shared by more reports than this is boilerplate; more owners are not recorded. */
const MAX_OWNERS = 64;

/** The number of CJK unified ideographs (U+4E00–U+9FFF) in a text. */
function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/**
 * The sentences of a report's prose (headings and paragraphs, page chrome
 * excluded), each reduced for comparison: no spaces, numbers as "#",
 * Simplified script. What the rule keeps of a report: one string per
 * sentence, the same string for equal sentences of the run.
 */
export function sentencesOf(report: ProjectReport, context: SummaryContext): string[] {
  const out: string[] = [];
  for (const node of textNodes(report.root)) {
    for (const piece of context.matchText(node).split(/[。！？；!?;\n]/)) {
      const key = piece.replace(/\s+/g, '').replace(/\d+(?:\.\d+)?/g, '#');
      if (cjkCount(key) >= MIN_LENGTH) out.push(context.intern(key));
    }
  }
  return out;
}

type Entry = ProjectEntry<string[]>;
export type SentenceIndex = Map<string, Entry[]>;

const indexCache = new WeakMap<readonly Entry[], SentenceIndex>();

/** Which reports contain each sentence (built once per run). */
export function sentenceIndex(reports: readonly Entry[]): SentenceIndex {
  const cached = indexCache.get(reports);
  if (cached) return cached;
  const index: SentenceIndex = new Map();
  for (const report of reports) {
    for (const key of report.summary) {
      const owners = index.get(key);
      if (!owners) index.set(key, [report]);
      else if (owners.length < MAX_OWNERS && owners[owners.length - 1] !== report) owners.push(report);
    }
  }
  indexCache.set(reports, index);
  return index;
}

/**
 * The share of a report's sentence text (by characters) that also stands in
 * another report of the index accepted by `accept`, and the report it shares most with.
 */
export function reusedShare(report: Entry, index: SentenceIndex, accept: (other: Entry) => boolean = () => true): { ratio: number; sentences: number; mostFrom?: Entry } {
  let total = 0;
  let reused = 0;
  let count = 0;
  const byOther = new Map<Entry, number>();
  for (const key of report.summary) {
    total += key.length;
    let shared = false;
    for (const o of index.get(key) ?? []) {
      if (o === report || !accept(o)) continue;
      shared = true;
      byOther.set(o, (byOther.get(o) ?? 0) + key.length);
    }
    if (!shared) continue;
    reused += key.length;
    count++;
  }
  let mostFrom: Entry | undefined;
  let best = 0;
  for (const [o, n] of byOther) if (n > best) [mostFrom, best] = [o, n];
  return { ratio: total ? (mostFrom ? best : reused) / total : 0, sentences: count, ...(mostFrom ? { mostFrom } : {}) };
}
