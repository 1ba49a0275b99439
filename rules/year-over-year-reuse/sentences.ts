import { matchText, textNodes, type ProjectReport } from '../../src/rule-kit.js';

/** A sentence reduced for comparison: no spaces, numbers as "#", Simplified script. */
interface Sentence {
  key: string;
  length: number;
}

const MIN_LENGTH = 8;
/** A sentence shared by more reports than this is boilerplate; more owners are not recorded. */
const MAX_OWNERS = 64;

const sentenceCache = new WeakMap<object, Sentence[]>();

/** The sentences of a report's prose (headings and paragraphs, page chrome excluded). */
export function sentencesOf(report: ProjectReport): Sentence[] {
  const cached = sentenceCache.get(report.root);
  if (cached) return cached;
  const out: Sentence[] = [];
  for (const node of textNodes(report.root)) {
    for (const piece of matchText(node.value).split(/[。！？；!?;\n]/)) {
      const key = piece.replace(/\s+/g, '').replace(/\d+(?:\.\d+)?/g, '#');
      if (key.replace(/[^\u4e00-\u9fff]/g, '').length >= MIN_LENGTH) out.push({ key, length: key.length });
    }
  }
  sentenceCache.set(report.root, out);
  return out;
}

export type SentenceIndex = Map<string, ProjectReport[]>;

const indexCache = new WeakMap<readonly ProjectReport[], SentenceIndex>();

/** Which reports contain each sentence (built once per list of reports). */
export function sentenceIndex(reports: readonly ProjectReport[]): SentenceIndex {
  const cached = indexCache.get(reports);
  if (cached) return cached;
  const index: SentenceIndex = new Map();
  for (const report of reports) {
    for (const s of sentencesOf(report)) {
      const owners = index.get(s.key);
      if (!owners) index.set(s.key, [report]);
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
export function reusedShare(
  report: ProjectReport,
  index: SentenceIndex,
  accept: (other: ProjectReport) => boolean = () => true,
): { ratio: number; sentences: number; mostFrom?: ProjectReport } {
  const sentences = sentencesOf(report);
  let total = 0;
  let reused = 0;
  let count = 0;
  const byOther = new Map<ProjectReport, number>();
  for (const s of sentences) {
    total += s.length;
    const owners = (index.get(s.key) ?? []).filter((o) => o !== report && accept(o));
    if (owners.length === 0) continue;
    reused += s.length;
    count++;
    for (const o of owners) byOther.set(o, (byOther.get(o) ?? 0) + s.length);
  }
  let mostFrom: ProjectReport | undefined;
  let best = 0;
  for (const [o, n] of byOther) if (n > best) [mostFrom, best] = [o, n];
  return { ratio: total ? (mostFrom ? best : reused) / total : 0, sentences: count, ...(mostFrom ? { mostFrom } : {}) };
}
