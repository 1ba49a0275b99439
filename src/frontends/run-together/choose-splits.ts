/**
 * Choosing one split per row when rows are tied together by column
 * identities (table 三: outcome rows add up to （七）总计; 勾稽关系).
 *
 * Each row comes with its candidate splits (already filtered by the row's own
 * total). Rows with one candidate are fixed; the others are searched with
 * bound pruning on every identity. When no combination satisfies every
 * identity (the report itself has an arithmetic error), the combinations that
 * satisfy the most identities are kept instead. Figures stated in the prose
 * then narrow the survivors; a prior score picks among what remains.
 *
 * A cell is uncertain when the surviving combinations disagree on it (or the
 * search was cut short). All bounds are counts, never time, so the result is
 * deterministic.
 */

export interface Candidate {
  values: number[];
  /** Lower is more plausible. */
  prior: number;
}

export interface RowVar {
  candidates: Candidate[];
  /** False when the candidate list was cut short by a bound. */
  complete: boolean;
}

/** Σ coef × value[row][column] = 0. */
export interface Equation {
  column: number;
  terms: { row: number; coef: number }[];
}

/** A figure from the prose: satisfied when, for one of the options, the listed cells add up to `value`. */
export interface Hint {
  value: number;
  options: { row: number; column: number }[][];
}

export interface RowOutcome {
  /** Index of the chosen candidate, -1 when the row has none. */
  choice: number;
  /** Per column: the surviving combinations disagree on it. */
  uncertain: boolean[];
  /** Other splits of the row still possible (-1: unknown, the search was cut short). */
  alternatives: number;
  /** Index of another candidate still possible, for messages. */
  example?: number;
  /** Prose figures narrowed this row. */
  byHint: boolean;
}

export interface SolveOutcome {
  rows: RowOutcome[];
  /** 'all': every identity holds; 'most': the best that could be satisfied; 'none': identities not usable. */
  identities: 'all' | 'most' | 'none';
}

const MAX_STEPS = 50_000;
const MAX_SOLUTIONS = 256;
const MAX_PRODUCT = 20_000;

export function solve(rows: RowVar[], equations: Equation[], hints: Hint[]): SolveOutcome {
  const free = rows.map((_, i) => i).filter((i) => isFree(rows[i]!));
  const usable = equations.filter((eq) => eq.terms.every((t) => rows[t.row]!.candidates.length > 0));
  if (usable.length === 0) return independent(rows, hints);
  let identities: SolveOutcome['identities'] = 'all';
  let found: Found | null = free.length ? search(rows, free, usable) : { solutions: [firstChoice(rows)], complete: true };
  if (found.solutions.length === 0) {
    identities = 'most';
    found = bestEffort(rows, free, usable);
    if (!found) return independent(rows, hints);
  }
  return choose(rows, free, found.solutions, found.complete, hints, identities);
}

type Found = { solutions: number[][]; complete: boolean };

/** Candidate 0 of every row (-1 for rows without candidates). */
function firstChoice(rows: RowVar[]): number[] {
  return rows.map((r) => (r.candidates.length ? 0 : -1));
}

/** A row whose split is open: several candidates, or a list cut short. */
function isFree(row: RowVar): boolean {
  return row.candidates.length > 1 || (row.candidates.length === 1 && !row.complete);
}

/** All combinations of the free rows that satisfy every equation (bounded). */
function search(rows: RowVar[], free: number[], equations: Equation[]): Found {
  const order = [...free].sort((a, b) => rows[a]!.candidates.length - rows[b]!.candidates.length || a - b);
  const position = new Map(order.map((r, i) => [r, i]));
  const value = (r: number, c: number, col: number) => rows[r]!.candidates[c]!.values[col] ?? 0;
  // Constant part of each equation, and min/max of what the rows from step i on can still add.
  const base = equations.map((eq) =>
    eq.terms.reduce((s, t) => (position.has(t.row) ? s : s + t.coef * value(t.row, 0, eq.column)), 0),
  );
  const lo = equations.map(() => new Array<number>(order.length + 1).fill(0));
  const hi = equations.map(() => new Array<number>(order.length + 1).fill(0));
  equations.forEach((eq, e) => {
    for (let i = order.length - 1; i >= 0; i--) {
      const r = order[i]!;
      const coef = eq.terms.filter((t) => t.row === r).reduce((s, t) => s + t.coef, 0);
      const vals = rows[r]!.candidates.map((_, c) => coef * value(r, c, eq.column));
      lo[e]![i] = lo[e]![i + 1]! + Math.min(...vals);
      hi[e]![i] = hi[e]![i + 1]! + Math.max(...vals);
    }
  });
  const coefOf = equations.map((eq) => {
    const m = new Map<number, number>();
    for (const t of eq.terms) m.set(t.row, (m.get(t.row) ?? 0) + t.coef);
    return m;
  });
  const solutions: number[][] = [];
  const choice = firstChoice(rows);
  const partial = [...base];
  let steps = 0;
  let complete = true;
  const visit = (i: number): void => {
    if (!complete) return;
    if (solutions.length >= MAX_SOLUTIONS) {
      complete = false;
      return;
    }
    if (i === order.length) {
      solutions.push([...choice]);
      return;
    }
    const r = order[i]!;
    for (let c = 0; c < rows[r]!.candidates.length; c++) {
      // One step per candidate tried: the bound covers the work of the equation checks too.
      if (++steps > MAX_STEPS) {
        complete = false;
        return;
      }
      let ok = true;
      equations.forEach((eq, e) => {
        const coef = coefOf[e]!.get(r);
        if (coef) partial[e]! += coef * value(r, c, eq.column);
        if (partial[e]! + lo[e]![i + 1]! > 0 || partial[e]! + hi[e]![i + 1]! < 0) ok = false;
      });
      if (ok) {
        choice[r] = c;
        visit(i + 1);
      }
      equations.forEach((eq, e) => {
        const coef = coefOf[e]!.get(r);
        if (coef) partial[e]! -= coef * value(r, c, eq.column);
      });
      if (!complete) return;
    }
  };
  visit(0);
  return { solutions, complete };
}

/** When no combination satisfies everything: those satisfying the most equations, if few enough to list. */
function bestEffort(rows: RowVar[], free: number[], equations: Equation[]): Found | null {
  const product = free.reduce((p, r) => p * rows[r]!.candidates.length, 1);
  if (equations.length === 0 || product > MAX_PRODUCT) return null;
  const choice = firstChoice(rows);
  let best = -1;
  let solutions: number[][] = [];
  let complete = true;
  for (let k = 0; k < product; k++) {
    let rest = k;
    for (const r of free) {
      const n = rows[r]!.candidates.length;
      choice[r] = rest % n;
      rest = Math.floor(rest / n);
    }
    const score = equations.filter((eq) => eq.terms.reduce((s, t) => s + t.coef * (rows[t.row]!.candidates[choice[t.row]!]!.values[eq.column] ?? 0), 0) === 0).length;
    if (score > best) {
      best = score;
      solutions = [];
      complete = true;
    }
    if (score === best) {
      if (solutions.length < MAX_SOLUTIONS) solutions.push([...choice]);
      else complete = false;
    }
  }
  return { solutions, complete };
}

function hintScore(rows: RowVar[], choice: number[], hints: Hint[]): number {
  let score = 0;
  for (const h of hints) {
    const hit = h.options.some((opt) => {
      let sum = 0;
      for (const { row, column } of opt) {
        const cand = rows[row]?.candidates[choice[row] ?? -1];
        if (!cand) return false;
        sum += cand.values[column] ?? NaN;
      }
      return sum === h.value;
    });
    if (hit) score++;
  }
  return score;
}

/** Narrows the solutions by prose figures, picks the most plausible, and finds the cells they disagree on. */
function choose(rows: RowVar[], free: number[], solutions: number[][], complete: boolean, hints: Hint[], identities: SolveOutcome['identities']): SolveOutcome {
  const scores = solutions.map((s) => hintScore(rows, s, hints));
  const top = Math.max(...scores);
  const tier = solutions.filter((_, i) => scores[i] === top);
  const prior = (s: number[]) => s.reduce((a, c, r) => a + (c >= 0 ? rows[r]!.candidates[c]!.prior : 0), 0);
  let best = tier[0]!;
  for (const s of tier) if (prior(s) < prior(best)) best = s;
  const out: RowOutcome[] = rows.map((row, r) => {
    const width = row.candidates[0]?.values.length ?? 0;
    const outcome: RowOutcome = { choice: best[r]!, uncertain: new Array<boolean>(width).fill(false), alternatives: 0, byHint: false };
    if (!free.includes(r)) return outcome;
    const seen = new Set(tier.map((s) => s[r]!));
    const all = new Set(solutions.map((s) => s[r]!));
    outcome.byHint = seen.size < all.size;
    const chosen = row.candidates[best[r]!]!.values;
    for (const c of seen) {
      const vals = row.candidates[c]!.values;
      if (c !== best[r]) outcome.example ??= c;
      vals.forEach((v, col) => {
        if (v !== chosen[col]) outcome.uncertain[col] = true;
      });
    }
    outcome.alternatives = complete && row.complete ? seen.size - 1 : -1;
    if (outcome.alternatives === -1) markVarying(row, outcome);
    return outcome;
  });
  return { rows: out, identities };
}

/** Rows solved one by one (no usable identities). */
function independent(rows: RowVar[], hints: Hint[]): SolveOutcome {
  const out = rows.map((row, r) => {
    const own = hints.filter((h) => h.options.every((o) => o.every((t) => t.row === r)));
    const solutions = row.candidates.map((_, c) => rows.map((x, i) => (i === r ? c : x.candidates.length ? 0 : -1)));
    if (solutions.length === 0) return { choice: -1, uncertain: [], alternatives: 0, byHint: false } as RowOutcome;
    return choose(rows, isFree(row) ? [r] : [], solutions, row.complete, own, 'none').rows[r]!;
  });
  return { rows: out, identities: 'none' };
}

/** Search cut short: every column on which the known candidates differ is uncertain. */
function markVarying(row: RowVar, outcome: RowOutcome): void {
  const first = row.candidates[0]!.values;
  for (const cand of row.candidates) cand.values.forEach((v, col) => (v !== first[col] ? (outcome.uncertain[col] = true) : 0));
  if (!row.complete) outcome.uncertain.fill(true);
}
