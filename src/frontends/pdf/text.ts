/**
 * Text runs placed on the page, and how runs and lines are joined into
 * text: no space between Chinese characters or at the edge of a Chinese
 * character unless the gap is wide (word processors widen the gap between
 * Chinese and Latin text on their own), a space between Latin words.
 */

/** A run of text in flow coordinates (x from the left, y = baseline downwards, see tables.ts). */
export interface Fragment {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * A space between two runs `gap` points apart, by the characters that meet.
 * `spread` is the gap a letter-spaced or justified line puts between any two
 * Chinese characters anyway (0 for ordinary lines).
 */
export function spaceBetween(left: string, right: string, gap: number, size: number, spread = 0): boolean {
  const a = left.at(-1) ?? '';
  const b = right[0] ?? '';
  if (!a || !b || /\s/.test(a) || /\s/.test(b)) return false;
  const cjkA = CJK.test(a);
  const cjkB = CJK.test(b);
  if (cjkA && cjkB) return gap - spread >= 0.2 * size;
  if (cjkA || cjkB) return gap >= 0.45 * size;
  return gap >= 0.15 * size;
}

/**
 * The gap a line puts between Chinese characters anyway: the median gap
 * between neighbouring Chinese runs when there are three or more of them
 * (a letter-spaced label, a justified line), else 0.
 */
function letterSpacing(line: Fragment[]): number {
  const gaps: number[] = [];
  for (let k = 1; k < line.length; k++) {
    const a = line[k - 1]!;
    const b = line[k]!;
    if (CJK.test(a.str.trimEnd().at(-1) ?? '') && CJK.test(b.str.trimStart()[0] ?? '')) gaps.push(b.x - (a.x + a.width));
  }
  if (gaps.length < 3) return 0;
  gaps.sort((p, q) => p - q);
  return Math.max(0, gaps[Math.floor(gaps.length / 2)]!);
}

/** Joins two lines of one paragraph or cell: nothing at a Chinese edge, else one space. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const x = a.at(-1)!;
  const y = b[0]!;
  if (CJK.test(x) || CJK.test(y) || x === '-' || /\s/.test(x)) return a + b;
  return `${a} ${b}`;
}

/** Groups runs into lines (top to bottom), each sorted left to right. */
export function toLines(fragments: Fragment[]): Fragment[][] {
  const sorted = [...fragments].sort((p, q) => p.y - q.y || p.x - q.x);
  const lines: Fragment[][] = [];
  let line: Fragment[] = [];
  let base = 0;
  for (const f of sorted) {
    if (line.length && Math.abs(f.y - base) > Math.max(1, 0.4 * Math.min(f.size, line[0]!.size))) {
      lines.push(line);
      line = [];
    }
    if (!line.length) base = f.y;
    line.push(f);
  }
  if (line.length) lines.push(line);
  for (const l of lines) l.sort((p, q) => p.x - q.x);
  return lines;
}

/** The text of one line of runs. */
export function lineText(line: Fragment[]): string {
  const spread = letterSpacing(line);
  let out = '';
  let end = -Infinity;
  for (const f of line) {
    const str = f.str.replace(/\s+/g, ' ');
    if (out && spaceBetween(out, str, f.x - end, f.size, spread)) out += ' ';
    out += str;
    end = Math.max(end, f.x + f.width);
  }
  return out.trim();
}

/** The text of runs as one line: their lines joined (`wrap`) or separated by line feeds. */
export function joinFragments(fragments: Fragment[], { wrap }: { wrap: boolean }): string {
  const lines = toLines(fragments).map(lineText).filter(Boolean);
  return wrap ? lines.reduce(joinLines, '') : lines.join('\n');
}
