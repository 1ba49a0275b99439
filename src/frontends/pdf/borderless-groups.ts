/**
 * Group labels of a borderless table (a label spanning several rows, a
 * rowspan whose borders are not drawn) given to the rows they head: the
 * rows right of them, shared out among several groups so that each is
 * centred on its rows, or starts at the top of them where a page break cut
 * it. Where another split fits nearly as well, the rows between the two
 * splits are uncertain.
 */
import { t } from '../../i18n.js';
import type { Block, Row } from './borderless-rows.js';

const GROUP_NOTE = t('没有表格线，无法确定这一行属于哪一组，已按文字的位置读取', 'without rulings the group of this row is not certain; it was read by the position of the text');

/** The extent of a row's text on the virtual axis. */
function extent(row: Row): [number, number] {
  let top = row.v;
  let bottom = row.v;
  for (const l of row.labels) if (l) [top, bottom] = [Math.min(top, l.top), Math.max(bottom, l.bottom)];
  return [top, bottom];
}

/**
 * Group labels to the rows they head: the rows right of them (own labels
 * further right) between rows whose own label is at the group's level or
 * left of it. Several groups in one such run share it out so that each
 * is centred on its rows (or starts at the top of them, when a page
 * break cut the group); where another split fits nearly as well, the rows
 * between the two splits are uncertain.
 */
export function placeGroups(groups: Block[], rows: Row[], ci: number, size: number, pitch: number): void {
  if (!groups.length) return;
  const sorted = [...groups].sort((a, b) => a.top - b.top);
  // Levels: groups whose x-ranges overlap.
  const levels: Block[][] = [];
  for (const g of [...sorted].sort((a, b) => a.x1 - b.x1)) {
    const level = levels.find((l) => l.some((o) => o.x1 < g.x2 && g.x1 < o.x2));
    if (level) level.push(g);
    else levels.push([g]);
  }
  for (const level of levels) {
    level.sort((a, b) => a.top - b.top);
    const edge = level.map((g) => g.x2).sort((a, b) => a - b)[Math.floor(level.length / 2)]!;
    const inside = rows.map((r) => (r.labels[ci] ? r.labels[ci]!.x1 >= edge - 1 : true));
    // Runs of rows right of the level.
    const runs: number[][] = [];
    rows.forEach((_, i) => {
      if (!inside[i]) return;
      const last = runs[runs.length - 1];
      if (last && last[last.length - 1] === i - 1) last.push(i);
      else runs.push([i]);
    });
    const byRun = new Map<number[], Block[]>();
    for (const g of level) {
      const mid = (g.top + g.bottom) / 2;
      let best: number[] | undefined;
      let dist = Infinity;
      for (const run of runs) {
        const [top] = extent(rows[run[0]!]!);
        const [, bottom] = extent(rows[run[run.length - 1]!]!);
        const d = mid < top ? top - mid : mid > bottom ? mid - bottom : 0;
        if (d < dist) [best, dist] = [run, d];
      }
      if (!best || dist > pitch) {
        rows[Math.min(rows.length - 1, rows.findIndex((r) => r.v >= g.top - 0.6 * size) >>> 0)]?.groups.push(g);
        continue;
      }
      byRun.set(best, [...(byRun.get(best) ?? []), g]);
    }
    for (const [run, gs] of byRun) share(run.map((i) => rows[i]!), gs, size);
  }
}

/** Splits a run of rows among the groups in it (top to bottom) by the best fit; ties make rows uncertain. */
function share(run: Row[], groups: Block[], size: number): void {
  const k = groups.length;
  const m = run.length;
  if (k === 1 || m > 400) {
    if (k === 1) run[0]!.groups.push(groups[0]!);
    else for (const g of groups) (run.find((r) => extent(r)[1] >= g.top) ?? run[m - 1]!).groups.push(g);
    return;
  }
  const ext = run.map(extent);
  const cost = (g: Block, a: number, b: number) => {
    const top = ext[a]![0];
    const bottom = ext[b]![1];
    if (g.bottom < top - 1.2 * size || g.top > bottom + 1.2 * size) return Infinity;
    const centre = Math.abs((g.top + g.bottom) / 2 - (top + bottom) / 2);
    const cut = run[a]!.line.page !== run[b]!.line.page ? Math.abs(g.top - top) : Infinity;
    return Math.min(centre, cut);
  };
  // f[i][j]: least cost of groups 0..i-1 over rows 0..j-1; g[i][j] the same for groups i..k-1 over rows j..m-1.
  const f = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const g = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  f[0]![0] = 0;
  for (let i = 1; i <= k; i++) {
    for (let j = i; j <= m; j++) {
      for (let s = i - 1; s < j; s++) if (f[i - 1]![s]! < Infinity) f[i]![j] = Math.min(f[i]![j]!, f[i - 1]![s]! + cost(groups[i - 1]!, s, j - 1));
    }
  }
  g[k]![m] = 0;
  for (let i = k - 1; i >= 0; i--) {
    for (let j = m - (k - i); j >= 0; j--) {
      for (let e = j + 1; e <= m; e++) if (g[i + 1]![e]! < Infinity) g[i]![j] = Math.min(g[i]![j]!, cost(groups[i]!, j, e - 1) + g[i + 1]![e]!);
    }
  }
  const best = f[k]![m]!;
  if (!Number.isFinite(best)) {
    for (const grp of groups) (run.find((r) => extent(r)[1] >= grp.top) ?? run[m - 1]!).groups.push(grp);
    return;
  }
  run[0]!.groups.push(groups[0]!);
  for (let i = 1; i < k; i++) {
    // Where group i may start: splits whose best total is within a margin of the best.
    const starts: number[] = [];
    for (let j = i; j <= m - (k - i); j++) if (f[i]![j]! + g[i]![j]! <= best + 1e-6) starts.push(j);
    const near: number[] = [];
    for (let j = i; j <= m - (k - i); j++) if (f[i]![j]! + g[i]![j]! <= best + 0.4 * size) near.push(j);
    const start = starts[0]!;
    run[start]!.groups.push(groups[i]!);
    const lo = Math.min(...near);
    const hi = Math.max(...near);
    for (let j = lo; j < hi; j++) run[j]!.uncertain ??= GROUP_NOTE;
  }
}
