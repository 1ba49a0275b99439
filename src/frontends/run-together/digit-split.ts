/**
 * Cutting a run of table values that lost its cell boundaries ("713000074",
 * "0 1 1 0 2", "12+3100") into a given number of cells.
 *
 * A run is digits, "." (decimals), "+"/"-" (signed values) and spaces. Every
 * space and every sign is a cell boundary that must be kept; the digits
 * between them may be cut anywhere, except that a cell never has a leading
 * zero ("0" itself and "0.5" are fine) and a decimal fraction is never cut.
 *
 * The cells can be grouped, and a group can require that its last cell is the
 * sum of the others (a table-三 row: six columns and 总计; table 四: three
 * groups of four results and 总计). That last cell is then not searched for:
 * it must read exactly as the sum, which keeps the search small.
 *
 * The search is deterministic and bounded: at most `maxSteps` calls, at most
 * `maxSplits` results, at most `maxPiece` characters per cell. When a bound is
 * hit the result says `complete: false`.
 */

/** One cell of a split: [from, to) are offsets into the run string. */
export interface Piece {
  from: number;
  to: number;
  raw: string;
  value: number;
}

export interface Split {
  pieces: Piece[];
  values: number[];
}

export interface GroupSpec {
  size: number;
  /** The last cell of the group equals the sum of the others. */
  sum: boolean;
}

export interface SplitLimits {
  maxSteps?: number;
  maxSplits?: number;
  maxPiece?: number;
}

export interface SplitResult {
  splits: Split[];
  /** False when a bound stopped the search: more splits may exist. */
  complete: boolean;
}

const DEFAULTS = { maxSteps: 50_000, maxSplits: 64, maxPiece: 9 };

/** A cell: optional sign, digits without a leading zero, optional fraction ("0", "12", "+3", "0.5", "9116.36"). */
function validCell(raw: string, integer: boolean): boolean {
  let i = raw[0] === '+' || raw[0] === '-' ? 1 : 0;
  if (integer && i === 1) return false;
  const digitsFrom = i;
  while (i < raw.length && raw[i]! >= '0' && raw[i]! <= '9') i++;
  const intLength = i - digitsFrom;
  if (intLength === 0 || (intLength > 1 && raw[digitsFrom] === '0')) return false;
  if (i === raw.length) return true;
  if (integer || raw[i] !== '.' || i + 1 === raw.length) return false;
  for (i++; i < raw.length; i++) if (raw[i]! < '0' || raw[i]! > '9') return false;
  return true;
}

/** The characters of a run without spaces, with where cuts are forced or forbidden. */
interface Prepared {
  chars: string;
  /** Offset in the run of chars[i]. */
  at: number[];
  /** A cut is required before chars[i] (a space or a sign stood there). */
  forced: boolean[];
  /** A cut is forbidden before chars[i] (inside or at the start of a decimal fraction). */
  banned: boolean[];
}

function prepare(run: string): Prepared {
  const out: Prepared = { chars: '', at: [], forced: [], banned: [] };
  let gap = false;
  let fraction = false;
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\u3000') {
      gap = true;
      continue;
    }
    const sign = ch === '+' || ch === '-';
    const forced = out.chars.length > 0 && (gap || sign);
    if (forced || sign) fraction = false;
    if (ch === '.') fraction = true;
    out.forced.push(forced);
    out.banned.push(!forced && (ch === '.' || (fraction && ch !== '.')));
    out.at.push(i);
    out.chars += ch;
    gap = false;
  }
  return out;
}

/** Every way (up to the limits) to cut `run` into cells grouped as `groups`. */
export function splitRun(run: string, groups: GroupSpec[], limits: SplitLimits = {}): SplitResult {
  const { maxSteps, maxSplits, maxPiece } = { ...DEFAULTS, ...limits };
  const p = prepare(run);
  const n = p.chars.length;
  const cells = groups.reduce((a, g) => a + g.size, 0);
  if (n === 0 || cells === 0 || n < cells) return { splits: [], complete: true };
  if (n > cells * maxPiece) return { splits: [], complete: false };
  const splits: Split[] = [];
  let steps = 0;
  let stopped = false;
  const acc: Piece[] = [];

  /** The piece chars[a, b) if it may be a cell, else null. */
  const piece = (a: number, b: number, integer: boolean): Piece | null => {
    for (let k = a + 1; k < b; k++) if (p.forced[k]) return null;
    if (b < n && p.banned[b]) return null;
    const raw = p.chars.slice(a, b);
    if (!validCell(raw, integer)) return null;
    const from = p.at[a]!;
    const to = p.at[b - 1]! + 1;
    return { from, to, raw: run.slice(from, to), value: Number(raw) };
  };

  const visit = (pos: number, g: number, k: number, sum: number): void => {
    if (stopped) return;
    if (++steps > maxSteps || splits.length >= maxSplits) {
      stopped = true;
      return;
    }
    if (g === groups.length) {
      if (pos === n) splits.push({ pieces: [...acc], values: acc.map((x) => x.value) });
      return;
    }
    const left = cells - acc.length;
    if (n - pos < left || n - pos > left * maxPiece) return;
    const group = groups[g]!;
    const last = k === group.size - 1;
    const [ng, nk] = last ? [g + 1, 0] : [g, k + 1];
    if (group.sum && last) {
      // The group total must read exactly as the sum of the group.
      const raw = String(sum);
      if (p.chars.startsWith(raw, pos) && (g + 1 < groups.length || pos + raw.length === n)) {
        const cell = piece(pos, pos + raw.length, true);
        if (cell) {
          acc.push(cell);
          visit(pos + raw.length, ng, nk, 0);
          acc.pop();
        }
      }
      return;
    }
    // In the last group the total is a suffix of the run: no longer than maxPiece, after one char per part left.
    const finalSum = group.sum && g === groups.length - 1;
    for (let len = 1; len <= maxPiece && pos + len <= n; len++) {
      if (len > 1 && p.forced[pos + len - 1]) break;
      const cell = piece(pos, pos + len, group.sum);
      if (!cell) continue;
      if (finalSum) {
        const room = Math.min(maxPiece, n - (pos + len) - (group.size - 2 - k));
        // A longer part is larger and leaves less room, so nothing longer can fit either.
        if (room < 1 || sum + cell.value > Number(p.chars.slice(n - room))) break;
      }
      acc.push(cell);
      visit(pos + len, ng, nk, last ? 0 : sum + cell.value);
      acc.pop();
      if (stopped) return;
    }
  };
  visit(0, 0, 0, 0);
  return { splits, complete: !stopped };
}

/** The run cut at its spaces and signs only (what the text says without any search). */
export function tokens(run: string): Piece[] {
  const out: Piece[] = [];
  const re = /[+-]?[^\s+-]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(run))) out.push({ from: m.index, to: m.index + m[0].length, raw: m[0], value: Number(m[0]) });
  return out;
}
