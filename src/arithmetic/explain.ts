/**
 * The smallest explanation of a table's broken identities: the fewest cells
 * whose correction makes every broken identity hold and breaks none that
 * holds. One wrong cell (its value is then forced by the identities through
 * it); else two cells swapped, a row or column of values one place off, or
 * the （七）总计 row copied from another row. Broken identities that no chain
 * of identities joins are independent mistakes and are explained apart
 * (table 四's groups, a 附表's year and 累计 columns).
 *
 * The search is bounded: one pass over the cells of the broken identities
 * for single cells, pairs on one row or column of them for swaps, and one
 * try per row, column and direction for the patterns — linear in the size
 * of the table in practice, and nothing at all when too many identities
 * fail for one mistake to explain them.
 */
import type { GridCell, Identity, IdentityRule, TableIdentities } from './identities.js';

export type ExplanationKind = 'cell' | 'swap' | 'shift-row' | 'shift-column' | 'copy-row';

export interface Change {
  cell: GridCell;
  /** The value the identities force. */
  value: number;
}

export interface Explanation {
  kind: ExplanationKind;
  /** The corrections, in the grid's order. */
  changes: Change[];
  /** The broken identities it restores, in the table's order. */
  restores: Identity[];
  /** The rule that reports it: table-sum when it restores any of its identities, else application-balance. */
  owner: IdentityRule;
  /** A shift: +1 when the values sit one column right (one row down) of where they belong, -1 left (up). */
  direction?: 1 | -1;
  /** A copied row: the row index it was copied from. */
  source?: number;
}

/** Broken identities that share cells, and what explains them. */
export interface Mistake {
  broken: Identity[];
  /** The one smallest explanation, when exactly one exists. */
  explanation?: Explanation;
  /** Several explanations of the smallest size (the candidates), when more than one exists. */
  alternatives?: Explanation[];
  /** The certain cells through every broken identity of it: any of them may be the wrong one until the other identities rule it out. */
  suspects: number;
}

/** No search beyond this: so many broken identities are not one mistake. */
const MAX_BROKEN = 16;
/** Nor among more cells than this (a hostile table). */
const MAX_POOL = 400;

type Sign = 1 | -1;

export function explainTable(system: TableIdentities): Mistake[] {
  const broken = system.identities.filter((i) => i.residual !== 0);
  if (!broken.length) return [];
  const through = new Map<GridCell, { identity: Identity; sign: Sign }[]>();
  for (const identity of system.identities) {
    for (const cell of identity.left) push(through, cell, { identity, sign: 1 });
    for (const cell of identity.right) push(through, cell, { identity, sign: -1 });
  }
  const search = new Search(system, through);
  return components(broken, through).map((group) => search.explain(group));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Broken identities grouped by the identities that join them: two identities
 * through one cell are joined, so a correction of one group can never touch
 * another (table 四's groups, a 附表's value columns are apart; table 三 is one).
 */
function components(broken: Identity[], through: Map<GridCell, { identity: Identity }[]>): Identity[][] {
  const parent = new Map<Identity, Identity>();
  const find = (x: Identity): Identity => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const list of through.values()) {
    const first = find(list[0]!.identity);
    for (const other of list.slice(1)) {
      const root = find(other.identity);
      if (root !== first) parent.set(root, first);
    }
  }
  const groups = new Map<Identity, Identity[]>();
  for (const b of broken) push(groups, find(b), b);
  return [...groups.values()];
}

const cellsOf = (identity: Identity) => [...identity.left, ...identity.right];

class Search {
  constructor(
    private readonly system: TableIdentities,
    private readonly through: Map<GridCell, { identity: Identity; sign: Sign }[]>,
  ) {}

  /** The identities through a cell, with the side it is on. */
  private via(cell: GridCell): { identity: Identity; sign: Sign }[] {
    return this.through.get(cell) ?? [];
  }

  explain(broken: Identity[]): Mistake {
    const suspects = this.suspects(broken);
    if (broken.length > MAX_BROKEN || broken.some((b) => b.blank)) return { broken, suspects: suspects.length };
    const singles = this.singles(broken, suspects);
    const found = singles.length ? singles : this.smallest(this.patterns(broken));
    if (found.length === 1) return { broken, explanation: found[0]!, suspects: suspects.length };
    found.sort((a, b) => a.changes[0]!.cell.row - b.changes[0]!.cell.row || a.changes[0]!.cell.column - b.changes[0]!.cell.column);
    return found.length ? { broken, alternatives: found, suspects: suspects.length } : { broken, suspects: suspects.length };
  }

  /** The certain cells through all the broken identities. */
  private suspects(broken: Identity[]): GridCell[] {
    return cellsOf(broken[0]!).filter((cell) => cell.candidate && broken.every((b) => this.via(cell).some((v) => v.identity === b)));
  }

  /** Every suspect whose forced value makes the table hold. */
  private singles(broken: Identity[], suspects: GridCell[]): Explanation[] {
    const first = broken[0]!;
    const out: Explanation[] = [];
    for (const cell of suspects) {
      const sign = this.via(cell).find((v) => v.identity === first)!.sign;
      const explanation = this.verify('cell', [{ cell, value: cell.value - sign * first.residual }], broken);
      if (explanation) out.push(explanation);
    }
    return out;
  }

  /** The multi-cell patterns: a row or column one place off, the （七）总计 row copied, two cells swapped (in this order of preference). */
  private patterns(broken: Identity[]): Explanation[] {
    const pool = [...new Set(broken.flatMap(cellsOf))].filter((c) => c.candidate);
    if (pool.length > MAX_POOL) return [];
    const out: Explanation[] = [];
    if (this.system.kind === 'applications') {
      out.push(...this.shifts(broken, 'row'), ...this.shifts(broken, 'column'), ...this.copies(broken));
    }
    out.push(...this.swaps(broken, pool));
    return out;
  }

  /** The explanations of fewest cells, one per set of corrections (the first description of it kept). */
  private smallest(found: Explanation[]): Explanation[] {
    if (!found.length) return [];
    const size = Math.min(...found.map((e) => e.changes.length));
    const seen = new Set<string>();
    const out: Explanation[] = [];
    for (const e of found) {
      if (e.changes.length !== size) continue;
      const key = e.changes.map((c) => `${c.cell.row}:${c.cell.column}=${c.value}`).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
    return out;
  }

  private swaps(broken: Identity[], pool: GridCell[]): Explanation[] {
    const lines = new Map<string, GridCell[]>();
    for (const cell of pool) {
      push(lines, `r${cell.row}`, cell);
      push(lines, `c${cell.column}`, cell);
    }
    const out: Explanation[] = [];
    for (const line of lines.values()) {
      for (let i = 0; i < line.length; i++) {
        for (let j = i + 1; j < line.length; j++) {
          const [a, b] = [line[i]!, line[j]!];
          if (a.value === b.value) continue;
          const e = this.verify('swap', [{ cell: a, value: b.value }, { cell: b, value: a.value }], broken);
          if (e) out.push(e);
        }
      }
    }
    return out;
  }

  /**
   * A row (column) whose values sit one column (row) off: each cell where the
   * identities across it fail holds the right value of its neighbour, which is
   * wrong too (the run moved), or 0 where the run starts (the cell it left).
   */
  private shifts(broken: Identity[], along: 'row' | 'column'): Explanation[] {
    const across = (c: GridCell) => (along === 'row' ? c.column : c.row);
    const lineOf = (c: GridCell) => (along === 'row' ? c.row : c.column);
    // The identities across a row are those of one column (and vice versa).
    const crossing = (i: Identity) => (along === 'row' ? i.kind === 'column-total' || i.kind === 'balance' : i.kind === 'row-total');
    const out: Explanation[] = [];
    const lines = new Map<number, GridCell[]>();
    for (const cell of this.system.cells) push(lines, lineOf(cell), cell);
    const last = along === 'row' ? this.system.columnKeys.length - 2 : Infinity; // a row's values move among the applicant columns, never into 总计
    for (const [, cells] of lines) {
      const forced = new Map<number, Change>();
      for (const cell of cells) {
        const b = broken.find((i) => crossing(i) && this.via(cell).some((v) => v.identity === i));
        if (!b) continue;
        const sign = this.via(cell).find((v) => v.identity === b)!.sign;
        forced.set(across(cell), { cell, value: cell.value - sign * b.residual });
      }
      if (forced.size < 2 || [...forced.values()].some((f) => !f.cell.candidate)) continue;
      const written = new Map(cells.map((c) => [across(c), c.value]));
      // Each wrong value is the right value of its (wrong) neighbour: the run moved by one; where it starts, the cell left empty reads 0.
      const from = (at: number, k: 1 | -1) => forced.get(at - k)?.value ?? 0;
      for (const k of [1, -1] as const) {
        const fits = [...forced.keys()].every((at) => at <= last && written.get(at) === from(at, k));
        const moved = [...forced.keys()].some((at) => forced.has(at - k) && written.get(at) !== 0);
        if (!fits || !moved) continue;
        const e = this.verify(along === 'row' ? 'shift-row' : 'shift-column', [...forced.values()], broken, { direction: k });
        if (e) out.push(e);
      }
    }
    return out;
  }

  /** The （七）总计 row written as a copy of another row: the outcome sums put back where they differ. */
  private copies(broken: Identity[]): Explanation[] {
    const totalRow = this.system.rowKeys.indexOf('total');
    if (totalRow < 0) return [];
    const rows = new Map<number, Map<number, number>>();
    for (const cell of this.system.cells) {
      if (!rows.has(cell.row)) rows.set(cell.row, new Map());
      rows.get(cell.row)!.set(cell.column, cell.value);
    }
    const own = rows.get(totalRow);
    const width = this.system.columnKeys.length;
    if (!own || own.size < width) return [];
    const source = [...rows.entries()].find(([r, values]) => r !== totalRow && values.size === width && [...own].every(([c, v]) => values.get(c) === v));
    if (!source) return [];
    const forced: Change[] = [];
    for (const cell of this.system.cells) {
      if (cell.row !== totalRow) continue;
      const b = broken.find((i) => i.kind === 'column-total' && i.left[0] === cell);
      if (b) forced.push({ cell, value: cell.value - b.residual });
    }
    if (forced.length < 2) return [];
    const e = this.verify('copy-row', forced, broken, { source: source[0] });
    return e ? [e] : [];
  }

  /** The explanation when the corrections restore every broken identity and break none. */
  private verify(kind: ExplanationKind, changes: Change[], broken: Identity[], extra: Pick<Explanation, 'direction' | 'source'> = {}): Explanation | null {
    const delta = new Map<Identity, number>();
    for (const { cell, value } of changes) {
      if (!cell.candidate || value < 0 || !Number.isInteger(value) || value === cell.value) return null;
      for (const { identity, sign } of this.via(cell)) delta.set(identity, (delta.get(identity) ?? 0) + sign * (value - cell.value));
    }
    if (!broken.every((b) => delta.has(b))) return null;
    for (const [identity, d] of delta) if (identity.residual + d !== 0) return null;
    const restores = this.system.identities.filter((i) => i.residual !== 0 && delta.has(i));
    const sorted = [...changes].sort((a, b) => a.cell.row - b.cell.row || a.cell.column - b.cell.column);
    return { kind, changes: sorted, restores, owner: restores.some((i) => i.rule === 'table-sum') ? 'table-sum' : 'application-balance', ...extra };
  }
}
