/**
 * "Did you mean …?" for a misspelt name (a rule id, an option): the known
 * name closest by edit distance (adjacent swaps count as one edit), when it is
 * close enough to be a typo rather than another word.
 */

/** Optimal string alignment distance between a and b. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name the word most likely misspells: within a third of its length
 * in edits (at least 1, at most 3), or one that starts with it or it starts
 * with; undefined when none is that close. Case is ignored.
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length > 64) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const n = name.toLowerCase();
    if (n === w) return name;
    const distance = editDistance(w, n);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;
  const prefixed = known.filter((name) => w.length >= 4 && (name.toLowerCase().startsWith(w) || w.startsWith(name.toLowerCase())));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
