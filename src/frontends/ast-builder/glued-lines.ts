import { joinUnits, type TextUnit, type Unit } from '../units.js';

/** A short line whose label runs straight into its digits ("规章000", "行政许可10690"). */
const GLUED = /[\u4e00-\u9fff）)]\d{2,}$/;
const CAPTION = /第二十[条條]第/;
const MAX_LINE = 80;

function short(u: Unit): u is TextUnit {
  return u.kind === 'text' && !u.blank && !u.rowStart && u.value.length <= MAX_LINE && !/[。；]$/.test(u.value);
}

/**
 * Tables written one row per line with each row's cells run together
 * ("信息内容本年制发件数…" / "规章000" / "行政规范性文件000"): the lines of such a
 * table are joined into one unit (with segments, so every character keeps its
 * source offset) for the run-together table reader.
 */
export function joinGluedLines(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!(short(u) && CAPTION.test(u.value))) {
      out.push(u);
      continue;
    }
    let j = i;
    while (j + 1 < units.length && short(units[j + 1]!)) j++;
    const run = units.slice(i, j + 1) as TextUnit[];
    if (run.length < 2 || !run.some((r) => GLUED.test(r.value))) {
      out.push(u);
      continue;
    }
    out.push(joinUnits(run, ' '));
    i = j;
  }
  return out;
}
