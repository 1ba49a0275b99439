/**
 * Crawler text that put whole standard tables on one line with the cells of
 * each row run together ("…规章000行政规范性文件8855698第二十条第（五）项…",
 * "一、本年新收政府信息公开申请数量 713000074二、上年结转…"). This re-expresses
 * such a unit as ordinary units: text units for the prose and headings around
 * the tables, the table-二 captions as text cells, and row units whose cells
 * carry the exact source span of their own digits. Runs are cut by solving
 * the tables' own arithmetic (cut-table.ts); cuts that stay open are
 * marked `uncertain`. Pre-2019 统计表 run together the same way are read by
 * legacy.ts.
 */
import { proseFigures } from './prose-figures.js';
import { pieceOf, type RowUnit, type TextUnit, type Unit } from '../units.js';
import { scanTables, View, type ScannedTable, type Span } from './scan.js';
import { solveTable } from './cut-table.js';
import { splitLegacy } from './legacy.js';
import { LEGACY_HINT } from './legacy-vocabulary.js';
import type { Text } from '../../i18n.js';

/** Units longer than this are left alone (bounds the work on hostile input). */
const MAX_UNIT = 2_000_000;

/** A word every standard table has near its start (Simplified or Traditional): units without one are skipped cheaply. */
const ANCHOR_WORD = /第二十[条條]|本年新收|申[请請]人情[况況]|[结結]果[维維]持|[勾钩鉤]稽/;

/** Level-1 headings of the standard sections, to cut off the prose next to a table. */
const SECTION_TITLE =
  /(^|[。；;！？!?\s])([一二三四五六]、\s*(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政(?:法)?复议、行政诉讼情况|政府信息公开行政复议和行政诉讼情况|(?:政府信息公开工作)?存在的主要问题及改进情况|其他需要报告的事项))/g;

/**
 * The unit as prose, headings and table rows when it holds a run-together
 * standard table; null otherwise. `source` (the whole document) lets figures
 * stated anywhere in the prose settle ambiguous runs.
 */
export function splitRunTogether(unit: TextUnit, source?: { text: string } | string): Unit[] | null {
  if (unit.value.length < 8 || unit.value.length > MAX_UNIT || !/\d/.test(unit.value)) return null;
  const standard = ANCHOR_WORD.test(unit.value);
  if (!standard && !LEGACY_HINT.test(unit.value)) return null;
  const view = new View(unit.value);
  const tables = standard ? scanTables(view) : [];
  // No standard table: a pre-2019 统计表 may be run together instead.
  if (tables.length === 0) return LEGACY_HINT.test(unit.value) ? splitLegacy(unit, view, source) : null;
  const prose = typeof source === 'string' ? source : (source?.text ?? unit.value);
  const figures = proseFigures(prose);
  const out: Unit[] = [];
  let from = 0;
  for (const table of tables) {
    pushProse(out, unit, view.text, from, table.from);
    emitTable(out, unit, table, view.text, figures);
    from = table.to;
  }
  pushProse(out, unit, view.text, from, unit.value.length);
  return out;
}

/** The prose between tables, with standard section headings cut off as units of their own. */
function pushProse(out: Unit[], unit: TextUnit, folded: string, from: number, to: number): void {
  const text = folded.slice(from, to);
  const cuts = [0];
  SECTION_TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECTION_TITLE.exec(text))) {
    const at = m.index + m[1]!.length;
    cuts.push(at, at + m[2]!.length);
  }
  cuts.push(text.length);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = pieceOf(unit, { from: from + cuts[i]!, to: from + cuts[i + 1]! });
    if (!piece) continue;
    if (out.length === 0 && unit.gapBefore) piece.gapBefore = true;
    out.push(piece);
  }
}

function rowUnit(cells: TextUnit[]): RowUnit {
  return { kind: 'row', cells, start: cells[0]!.start, end: cells[cells.length - 1]!.end };
}

function emitTable(out: Unit[], unit: TextUnit, table: ScannedTable, text: string, figures: ReturnType<typeof proseFigures>): void {
  const values = solveTable(table, text, figures);
  for (const line of table.lines) {
    if (line.kind === 'caption') {
      const caption = pieceOf(unit, line.span);
      if (caption) out.push(caption);
      continue;
    }
    const cells: TextUnit[] = [];
    const add = (span: Span, uncertain?: Text) => {
      const cell = pieceOf(unit, span);
      if (!cell) return;
      if (uncertain) cell.uncertain = uncertain;
      cells.push(cell);
    };
    if (line.kind === 'header') line.cells.forEach((s) => add(s));
    else if (line.kind === 'group') add(line.label);
    else {
      if (line.label) add(line.label);
      for (const v of values.get(line) ?? []) add(v, v.uncertain);
    }
    if (cells.length) out.push(rowUnit(cells));
  }
}
