/**
 * Scoring a reading against the truth: every table cell the rendering holds
 * is read exactly, marked uncertain, read wrong without being marked, or
 * missed (the record has nothing for a cell that is there); the report's
 * own data (year, period, publication date, template) right or wrong.
 */
import * as OpenCC from 'opencc-js';
import type { ExtractRecord } from './product.js';
import type { Span } from './layouts/types.js';
import type { ReportTruth, Value } from './truth/types.js';

export type CellOutcome = 'exact' | 'uncertain' | 'wrong' | 'missed';

export interface CellResult {
  id: string;
  outcome: CellOutcome;
  expected: Value;
  read: unknown;
}

let t2s: ((s: string) => string) | undefined;
/** A label for matching: Simplified script, no whitespace or punctuation, no "其中". */
export function labelKey(s: string): string {
  const convert = (t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(s).replace(/[\s:：，,、.．()（）]|其中/g, '');
}

/** Every value cell of the truth: id → value. */
export function truthCells(truth: ReportTruth): Map<string, Value> {
  const out = new Map<string, Value>();
  const t = truth.tables;
  for (const item of t.active ?? []) for (const r of item.rows) r.cells.forEach((v, i) => out.set(`active.${item.item}:${r.key}:${i}`, v));
  const cols = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'];
  for (const [key, cells] of Object.entries(t.applications ?? {})) cells.forEach((v, i) => out.set(`applications:${key}:${cols[i]}`, v));
  const rcols = ['upheld', 'corrected', 'other', 'pending', 'total'];
  for (const [g, cells] of Object.entries(t.review ?? {})) cells.forEach((v, i) => out.set(`review:${g}:${rcols[i]}`, v));
  t.legacy?.rows.forEach((r, i) => r.cells.forEach((v, j) => out.set(`legacy:${i}:${j}`, v)));
  return out;
}

/** The record's value for a cell id, and whether the record marks it uncertain. */
function lookup(truth: ReportTruth, record: ExtractRecord, id: string): { value: unknown; uncertain: boolean } {
  const [table, row, col] = id.split(':') as [string, string, string];
  const unsure = (tbl: string, r: string, c: string) =>
    record.uncertain.some((u) => u.table === tbl && labelKey(u.row) === labelKey(r) && labelKey(u.column) === labelKey(c));
  if (table === 'applications') {
    const i = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'].indexOf(col);
    return { value: record.tables.applications?.rows[row]?.[i] ?? null, uncertain: unsure('applications', row, col) };
  }
  if (table === 'review') {
    const i = ['upheld', 'corrected', 'other', 'pending', 'total'].indexOf(col);
    const g = record.tables.review?.[row as 'review'];
    return { value: g?.[i] ?? null, uncertain: unsure('review', row, col) };
  }
  if (table.startsWith('active.')) {
    const n = Number(table.slice(7));
    const item = record.tables.active?.find((x) => x.item === n);
    const r = item?.rows.find((x) => x.key === row);
    const i = Number(col);
    const header = truth.tables.active?.find((x) => x.item === n)?.header[i] ?? col;
    return { value: r?.cells[i] ?? null, uncertain: unsure('active', row, header) || unsure('active', row, String(i)) };
  }
  // legacy: rows matched by label
  const tr = truth.tables.legacy!.rows[Number(row)]!;
  const key = labelKey(tr.label);
  const r = record.tables.legacy?.find((x) => labelKey(x.label) === key);
  const j = Number(col);
  const column = truth.tables.legacy!.columns[j]!;
  return { value: r?.cells[j] ?? null, uncertain: unsure('legacy', tr.label, column) || (r ? unsure('legacy', r.label, column) || unsure('legacy', r.label, String(j)) : false) };
}

const same = (a: unknown, b: Value) => (b === null ? a === null : typeof a === 'number' && Math.abs(a - b) < 1e-9);

/** Scores the cells that the rendering holds (ids with a span); `expect` overrides what a reader should see. */
export function scoreCells(truth: ReportTruth, record: ExtractRecord | null, spans: Map<string, Span>, expect?: Map<string, Value>): CellResult[] {
  const out: CellResult[] = [];
  for (const [id, value] of truthCells(truth)) {
    if (!spans.has(id)) continue;
    const expected = expect?.has(id) ? expect.get(id)! : value;
    if (!record) {
      out.push({ id, outcome: 'missed', expected, read: undefined });
      continue;
    }
    const { value: read, uncertain } = lookup(truth, record, id);
    const outcome: CellOutcome = uncertain ? 'uncertain' : same(read, expected) ? 'exact' : read === null ? 'missed' : 'wrong';
    out.push({ id, outcome, expected, read });
  }
  return out;
}

export interface MetaResult {
  field: 'year' | 'period' | 'published' | 'template';
  ok: boolean;
  expected: unknown;
  read: unknown;
}

/** The report's own data: year, statistics period, publication date, template. */
export function scoreMeta(truth: ReportTruth, record: ExtractRecord | null, hasMeta: boolean): MetaResult[] {
  const r = record;
  const out: MetaResult[] = [
    { field: 'year', ok: r?.year === truth.year, expected: truth.year, read: r?.year },
    { field: 'period', ok: r?.period?.start === truth.period.start && r?.period?.end === truth.period.end, expected: truth.period, read: r?.period },
    { field: 'template', ok: r?.template === truth.generation, expected: truth.generation, read: r?.template },
  ];
  if (hasMeta) out.push({ field: 'published', ok: r?.published === truth.published, expected: truth.published, read: r?.published });
  return out;
}
