import type { LegacyRow, LegacyTable } from './types.js';

/**
 * The part-of structure of a pre-2019 附表, read from the numbering of its
 * labels: a row followed by "（其中：）1.… 2.…" rows is their total; "一、" rows
 * own the "（一）" rows under them; an unnumbered "其中：" row is a subset.
 */
export interface LegacyGroup {
  parent: LegacyRow;
  children: LegacyRow[];
  /**
   * "sum": parent = Σ children; "channels": the same item may go out through several
   * channels, so max(children) ≤ parent ≤ Σ children; "subset": each child ≤ parent.
   */
  kind: 'sum' | 'channels' | 'subset';
}

type Level = 1 | 2 | 3 | 'aside' | null;

function levelOf(norm: string): { level: Level; n: number | null } {
  const body = norm.replace(/^其中[:：]?/, '');
  const aside = body !== norm;
  let m = /^([一二三四五六七八九十]+)、/.exec(body);
  if (m) return { level: 1, n: null };
  m = /^\(([一二三四五六七八九十]+)\)/.exec(body);
  if (m) return { level: 2, n: null };
  m = /^(\d+)[.、]/.exec(body);
  if (m) return { level: 3, n: Number(m[1]) };
  return { level: aside ? 'aside' : null, n: null };
}

const CHANNELS = /渠道|方式/;

export function legacyGroups(table: LegacyTable): LegacyGroup[] {
  const rows = table.rows;
  const levels = rows.map((r) => levelOf(r.norm));
  const groups: LegacyGroup[] = [];
  for (let i = 0; i < rows.length; i++) {
    const own = levels[i]!.level;
    if (own === 'aside') {
      // An unnumbered "其中" line right after a row is a subset of it.
      if (i > 0 && levels[i - 1]!.level !== 'aside') groups.push({ parent: rows[i - 1]!, children: [rows[i]!], kind: 'subset' });
      continue;
    }
    if (own === 3) continue;
    const want = own === 1 ? 2 : 3;
    const children: LegacyRow[] = [];
    let expect = 1;
    for (let j = i + 1; j < rows.length; j++) {
      const l = levels[j]!;
      if (l.level === want && (want !== 3 || l.n === expect)) {
        children.push(rows[j]!);
        expect++;
        continue;
      }
      // Deeper rows and asides belong to the last child; anything else ends the run.
      if (children.length && (l.level === 'aside' || (want === 2 && l.level === 3))) continue;
      break;
    }
    if (children.length >= 2) groups.push({ parent: rows[i]!, children, kind: CHANNELS.test(rows[i]!.norm) ? 'channels' : 'sum' });
  }
  return groups;
}
