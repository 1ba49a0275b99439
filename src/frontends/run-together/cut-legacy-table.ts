/**
 * Cuts the digit runs of a run-together pre-2019 table into its value columns
 * ("346085376" → 3460 | 85376 under "2016年度 | 历年累计"). Candidates come
 * from digit-split (no leading zeros, bounded search) and must keep the running
 * total at least the period's value (历年累计 ≥ 本年度). The part-of identities
 * read from the numbering (model/legacy-groups: a row followed by "其中：1.… 2.…"
 * is their sum) tie the rows together per column; figures stated in the prose
 * ("主动公开政府信息3460条") break ties, and a balanced-split prior picks among
 * what is left (choose-splits). Cells the survivors disagree on are uncertain,
 * with a note saying how the run was read.
 */
import { legacyGroups } from '../../model/legacy-groups.js';
import type { LegacyRow, LegacyTable } from '../../model/types.js';
import { splitRun, tokens, type Split } from './digit-split.js';
import { proseFigures } from './prose-figures.js';
import { solve, type Equation, type Hint, type RowOutcome, type RowVar } from './choose-splits.js';
import { cutNote, uncertainNote, type Basis } from './uncertain-note.js';
import type { Text } from '../../i18n.js';
import { matchText } from '../../text/normalize.js';
import type { LegacyScan } from './legacy.js';
import { ACTIVE_FIGURE, CUMULATIVE_COLUMN, PERIOD_COLUMN, TARGET_ROW, type LegacyTarget } from './legacy-vocabulary.js';

/** A value cell: [from, to) in the unit value, and the note when its value is uncertain. */
export interface LegacyCell {
  from: number;
  to: number;
  uncertain?: Text;
}

export interface LegacyFigure {
  target: LegacyTarget;
  value: number;
  /** The sentence fragment, as written. */
  quote: string;
}

/** Counts up to millions and amounts in 元 with decimals: twelve characters per cell. */
const LIMITS = { maxPiece: 12, maxSteps: 20_000, maxSplits: 64 };
const MAX_TEXT = 400_000;
const MAX_FIGURES = 20;

/** The figures of the prose that speak about 本年度 cells of a legacy table. */
export function legacyFigures(text: string): LegacyFigure[] {
  const raw = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const out: LegacyFigure[] = [];
  const re = new RegExp(ACTIVE_FIGURE);
  const folded = matchText(raw);
  let m: RegExpExecArray | null;
  while (out.length < MAX_FIGURES && (m = re.exec(folded))) out.push({ target: 'active', value: Number(m[1]), quote: raw.slice(m.index, m.index + m[0].length) });
  for (const f of proseFigures(raw)) {
    if (f.target === 'apps.received' || f.target === 'review.review' || f.target === 'review.litigation') out.push({ target: f.target, value: f.value, quote: f.quote });
  }
  return out;
}

interface Prepared {
  digits: string;
  splits: Split[];
  complete: boolean;
  /** No split kept 历年累计 ≥ 本年度; the candidates are unconstrained. */
  relaxed: boolean;
}

/** The value cells of every row of the table, in row order. */
export function solveLegacy(table: LegacyScan, text: string, figures: LegacyFigure[]): LegacyCell[][] {
  const width = table.columns.length;
  const period = table.columns.findIndex((c) => PERIOD_COLUMN.test(c));
  const total = table.columns.findIndex((c) => CUMULATIVE_COLUMN.test(c));
  const ordered = (s: Split) => period < 0 || total < 0 || s.values[total]! >= s.values[period]!;
  const prepared: Prepared[] = table.rows.map((row) => {
    const digits = text.slice(row.run.from, row.run.to);
    const all = splitRun(digits, [{ size: width, sum: false }], LIMITS);
    const kept = all.splits.filter(ordered);
    const relaxed = kept.length === 0 && all.splits.length > 0;
    return { digits, splits: relaxed ? all.splits : kept, complete: all.complete, relaxed };
  });
  const vars: RowVar[] = prepared.map((p) => ({
    // Lower is more plausible: cells of even length.
    candidates: p.splits.map((s) => ({ values: s.values, prior: s.pieces.reduce((a, x) => a + x.raw.length ** 2, 0) })),
    complete: p.complete,
  }));
  const equations = sumEquations(table, width);
  const hints = hintsFor(table, figures, period < 0 ? 0 : period);
  const outcome = solve(vars, equations, hints.map((h) => h.hint));
  return prepared.map((p, r) => {
    const run = table.rows[r]!.run;
    const result = outcome.rows[r]!;
    if (result.choice < 0) {
      // No split at all: the run as written, cut only at its spaces.
      const cut = tokens(p.digits);
      const note = cut.length !== width ? uncertainNote({ digits: p.digits, values: [], basis: [], alternatives: 0, unsplittable: width }) : undefined;
      return cut.map((t) => ({ from: run.from + t.from, to: run.from + t.to, ...(note ? { uncertain: note } : {}) }));
    }
    const split = p.splits[result.choice]!;
    const inSum = equations.some((eq) => eq.terms.some((t) => t.row === r));
    const quotes = result.byHint ? hints.filter((h) => h.row === r && h.hint.value === split.values[h.column]).map((h) => h.quote) : [];
    const note = result.uncertain.some(Boolean) ? noteFor(p, split, result, { ordered: period >= 0 && total >= 0, inSum, identities: outcome.identities, quotes }) : undefined;
    return split.pieces.map((piece, i) => ({
      from: run.from + piece.from,
      to: run.from + piece.to,
      ...(note && result.uncertain[i] ? { uncertain: note } : {}),
    }));
  });
}

/** Per column: a total equals the sum of its numbered parts (the "sum" groups of legacy-groups). */
function sumEquations(table: LegacyScan, width: number): Equation[] {
  // legacy-groups reads only the normalised labels, so stand-in rows carry just those.
  const stubs = table.rows.map((row) => ({ norm: row.norm }) as LegacyRow);
  const groups = legacyGroups({ rows: stubs } as LegacyTable).filter((g) => g.kind === 'sum');
  const equations: Equation[] = [];
  for (const group of groups) {
    const terms = [{ row: stubs.indexOf(group.parent), coef: 1 }, ...group.children.map((c) => ({ row: stubs.indexOf(c), coef: -1 }))];
    for (let column = 0; column < width; column++) equations.push({ column, terms });
  }
  return equations;
}

type HintOf = { hint: Hint; row: number; column: number; quote: string };

/** The prose figures as solver hints on the 本年度 cell of the row they name. */
function hintsFor(table: LegacyScan, figures: LegacyFigure[], column: number): HintOf[] {
  const out: HintOf[] = [];
  for (const f of figures) {
    const row = table.rows.findIndex((r) => TARGET_ROW[f.target].test(r.norm));
    if (row >= 0) out.push({ hint: { value: f.value, options: [[{ row, column }]] }, row, column, quote: f.quote });
  }
  return out;
}

interface Context {
  ordered: boolean;
  inSum: boolean;
  identities: 'all' | 'most' | 'none';
  quotes: string[];
}

/** The note of an uncertain row, like the standard tables' notes. */
function noteFor(p: Prepared, split: Split, result: RowOutcome, ctx: Context): Text {
  const basis: Basis[] = [];
  if (ctx.ordered) basis.push({ kind: 'running-total', holds: !p.relaxed });
  if (ctx.inSum && ctx.identities !== 'none') basis.push({ kind: 'part-sums', all: ctx.identities === 'all' });
  if (basis.length === 0) basis.push({ kind: 'no-checks' });
  if (ctx.quotes.length) basis.push({ kind: 'prose', quotes: [...new Set(ctx.quotes)] });
  basis.push({ kind: 'prior', rule: 'balanced' });
  return cutNote(p, split, result, basis);
}
