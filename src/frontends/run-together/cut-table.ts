/**
 * Cuts the value runs of one scanned table into cells: builds the candidate
 * splits of each row (digit-split), ties the rows of table 三 together with
 * its identities, adds the figures of the prose as tie-breakers and a prior
 * for what is still open (choose-splits), and writes the note of every uncertain row.
 */
import { splitRun, tokens, type GroupSpec, type Split, type SplitLimits } from './digit-split.js';
import { solve, type Equation, type Hint, type RowOutcome, type RowVar } from './choose-splits.js';
import type { Figure, FigureTarget } from './prose-figures.js';
import { cutNote, uncertainNote, type Basis } from './uncertain-note.js';
import type { Text } from '../../i18n.js';
import type { RunRow, ScannedTable } from './scan.js';

/** A value cell: [from, to) in the unit value, and the note when its value is uncertain. */
export interface CellOut {
  from: number;
  to: number;
  uncertain?: Text;
}

const OUTCOMES_2021 = [
  'granted', 'partial', 'deny_1', 'deny_2', 'deny_3', 'deny_4', 'deny_5', 'deny_6', 'deny_7', 'deny_8',
  'unable_1', 'unable_2', 'unable_3', 'reject_1', 'reject_2', 'reject_3', 'reject_4', 'reject_5',
];
const OTHER_2021 = ['other_1', 'other_2', 'other_3'];

interface Prepared {
  row: RunRow;
  digits: string;
  splits: Split[];
  complete: boolean;
  /** No split met the row's own sums; the candidates are unconstrained. */
  relaxed: boolean;
}

type HintOf = { hint: Hint; figure: Figure };

/**
 * Search bounds per table: request and case counts stay below a million, so
 * six characters per cell; table 二 has long amounts ("5949.088667").
 */
const LIMITS: Record<ScannedTable['kind'], SplitLimits> = {
  applications: { maxPiece: 6, maxSteps: 20_000 },
  review: { maxPiece: 6, maxSteps: 50_000 },
  active: { maxPiece: 16, maxSteps: 20_000 },
};

/** The value cells of every row of the table that has a value run. */
export function solveTable(table: ScannedTable, text: string, figures: Figure[]): Map<RunRow, CellOut[]> {
  const rows = table.lines.filter((l): l is RunRow => l.kind === 'row' && l.run !== null);
  const prepared = rows.map((row) => prepare(table.kind, row, text));
  const vars: RowVar[] = prepared.map((p) => ({
    candidates: p.splits.map((s) => ({ values: s.values, prior: prior(table.kind, p.row, s) })),
    complete: p.complete,
  }));
  const equations = table.kind === 'applications' ? applicationEquations(rows) : [];
  const hints = hintsFor(table.kind, rows, figures);
  const outcome = solve(vars, equations, hints.map((h) => h.hint));
  const out = new Map<RunRow, CellOut[]>();
  prepared.forEach((p, r) => {
    const run = p.row.run!;
    const result = outcome.rows[r]!;
    if (result.choice < 0) {
      const cut = tokens(p.digits);
      const note = cut.length < p.row.cells ? uncertainNote({ digits: p.digits, values: [], basis: [], alternatives: 0, unsplittable: p.row.cells }) : undefined;
      out.set(p.row, cut.map((t) => ({ from: run.from + t.from, to: run.from + t.to, ...(note ? { uncertain: note } : {}) })));
      return;
    }
    const split = p.splits[result.choice]!;
    const note = result.uncertain.some(Boolean) ? noteFor(table.kind, p, split, result, outcome.identities, equations.length > 0, hints, r) : undefined;
    out.set(
      p.row,
      split.pieces.map((piece, i) => ({
        from: run.from + piece.from,
        to: run.from + piece.to,
        ...(note && result.uncertain[i] ? { uncertain: note } : {}),
      })),
    );
  });
  return out;
}

function prepare(kind: ScannedTable['kind'], row: RunRow, text: string): Prepared {
  const digits = text.slice(row.run!.from, row.run!.to);
  const groups: GroupSpec[] =
    kind === 'applications' && row.cells === 7
      ? [{ size: 7, sum: true }]
      : kind === 'review' && row.cells === 15
        ? [0, 1, 2].map(() => ({ size: 5, sum: true }))
        : [{ size: row.cells, sum: false }];
  const limits = LIMITS[kind];
  const strict = splitRun(digits, groups, limits);
  if (strict.splits.length > 0 || !groups.some((g) => g.sum)) return { row, digits, ...strict, relaxed: false };
  const loose = splitRun(digits, [{ size: row.cells, sum: false }], limits);
  return { row, digits, ...loose, complete: loose.complete && strict.complete, relaxed: true };
}

const len = (s: Split, i: number) => s.pieces[i]!.raw.replace(/^[+-]/, '').length;

/** Lower is more plausible. */
function prior(kind: ScannedTable['kind'], row: RunRow, s: Split): number {
  if (kind === 'applications') {
    // Requests come mostly from natural persons, then businesses; the other columns are usually 0.
    const weights = [1, 2, 3, 3, 3, 3];
    return weights.reduce((a, w, i) => a + w * (len(s, i) - 1), 0);
  }
  let score = s.pieces.reduce((a, _, i) => a + len(s, i) ** 2, 0);
  if (kind === 'active') {
    const { made, current } = activeColumns(row);
    const a = made >= 0 ? s.values[made] : undefined;
    const b = current >= 0 ? s.values[current] : undefined;
    // Documents made this year are normally still in force: 现行有效 ≥ 本年制发.
    if (a !== undefined && b !== undefined && a > b) score += 100;
  }
  return score;
}

/** Columns of a table-二 row for 本年制发 / 本年废止 / 现行有效 (and their trial names); -1 if absent. */
function activeColumns(row: RunRow): { made: number; repealed: number; current: number } {
  const cols = row.columns ?? [];
  if (cols.length === 0) {
    return row.cells === 3 && (row.key === 'rules' || row.key === 'normative') ? { made: 0, repealed: 1, current: 2 } : { made: -1, repealed: -1, current: -1 };
  }
  const find = (re: RegExp) => cols.findIndex((c) => re.test(c));
  return { made: find(/本年制发件数|本年新制作数量/), repealed: find(/本年废止件数/), current: find(/现行有效件数|对外公开总数量/) };
}

/** Table 三 per column: outcome rows add up to （七）总计; new + carried over = total + carried forward. */
function applicationEquations(rows: RunRow[]): Equation[] {
  const at = new Map<string, number>();
  rows.forEach((r, i) => r.key && r.cells === 7 && !at.has(r.key) && at.set(r.key, i));
  const equations: Equation[] = [];
  const variant = OTHER_2021.some((k) => at.has(k)) ? OTHER_2021 : at.has('other') ? ['other'] : null;
  const outcomes = variant ? [...OUTCOMES_2021, ...variant] : [];
  for (let column = 0; column < 7; column++) {
    if (variant && at.has('total') && outcomes.every((k) => at.has(k))) {
      equations.push({ column, terms: [...outcomes.map((k) => ({ row: at.get(k)!, coef: 1 })), { row: at.get('total')!, coef: -1 }] });
    }
    if (['new', 'carried_over', 'total', 'carried_forward'].every((k) => at.has(k))) {
      equations.push({
        column,
        terms: [
          { row: at.get('new')!, coef: 1 },
          { row: at.get('carried_over')!, coef: 1 },
          { row: at.get('total')!, coef: -1 },
          { row: at.get('carried_forward')!, coef: -1 },
        ],
      });
    }
  }
  return equations;
}

/** The prose figures that speak about cells of this table, as solver hints. */
function hintsFor(kind: ScannedTable['kind'], rows: RunRow[], figures: Figure[]): HintOf[] {
  const row = (key: string) => rows.findIndex((r) => r.key === key);
  const cell = (key: string, column: number) => (row(key) >= 0 && column >= 0 ? [{ row: row(key), column }] : null);
  const options: Partial<Record<FigureTarget, ({ row: number; column: number }[] | null)[]>> = {};
  if (kind === 'applications') {
    options['apps.received'] = [cell('new', 6), cell('total', 6)];
    options['apps.natural'] = [cell('new', 0), cell('total', 0)];
    options['apps.commercial'] = [cell('new', 1), cell('total', 1)];
    options['apps.handled'] = [cell('total', 6)];
    options['apps.forward'] = [cell('carried_forward', 6)];
  } else if (kind === 'review') {
    options['review.review'] = [cell('review', 4)];
    options['review.litigation'] = [row('review') >= 0 ? [{ row: row('review'), column: 9 }, { row: row('review'), column: 14 }] : null];
  } else {
    const normative = rows.find((r) => r.key === 'normative');
    const cols = normative ? activeColumns(normative) : null;
    if (cols) {
      options['normative.made'] = [cell('normative', cols.made)];
      options['normative.repealed'] = [cell('normative', cols.repealed)];
      options['normative.current'] = [cell('normative', cols.current)];
    }
  }
  const out: HintOf[] = [];
  for (const figure of figures) {
    const opts = (options[figure.target] ?? []).filter((o): o is { row: number; column: number }[] => o !== null);
    if (opts.length) out.push({ hint: { value: figure.value, options: opts }, figure });
  }
  return out;
}

function noteFor(
  kind: ScannedTable['kind'],
  p: Prepared,
  split: Split,
  result: RowOutcome,
  identities: 'all' | 'most' | 'none',
  hasEquations: boolean,
  hints: HintOf[],
  r: number,
): Text {
  const basis: Basis[] = [];
  if (kind === 'applications') {
    basis.push({ kind: p.relaxed ? 'no-row-sum' : 'row-sum' });
    if (hasEquations && identities !== 'none') basis.push({ kind: 'identities', all: identities === 'all' });
  } else if (kind === 'review') basis.push({ kind: p.relaxed ? 'no-group-sums' : 'group-sums' });
  else basis.push({ kind: 'no-checks' });
  const quotes = hints
    .filter((h) => h.hint.options.some((o) => o.every((t) => t.row === r)) && satisfied(h.hint, split.values))
    .map((h) => h.figure.quote);
  if (result.byHint && quotes.length) basis.push({ kind: 'prose', quotes: [...new Set(quotes)] });
  basis.push({ kind: 'prior', rule: kind === 'applications' ? 'usual' : 'balanced' });
  return cutNote(p, split, result, basis);
}

function satisfied(hint: Hint, values: number[]): boolean {
  return hint.options.some((o) => o.reduce((s, t) => s + (values[t.column] ?? NaN), 0) === hint.value);
}
