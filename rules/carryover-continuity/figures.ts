import { APPLICATION_COLUMNS, certainNumber, type CellRef, type Position, type ProjectReport, type SummaryContext } from '../../src/rule-kit.js';

/** A number the model is certain of, and where it stands. */
export interface Figure {
  value: number;
  position: Position;
}

/**
 * Figures packed for keeping, since a run keeps them for every report it
 * reads: per figure its value (NaN when absent or uncertain) and six numbers
 * of where it stands (start and end line, column and offset).
 */
export interface Packed {
  values: Float64Array;
  at: Int32Array;
}

/**
 * What the rule keeps of a report: the figures it compares across years.
 *
 * - `applications`: table 三, 上年结转 then 结转下年度继续办理, per column in
 *   APPLICATION_COLUMNS order; absent without the table.
 * - `normative`: table 二, item 1, 行政规范性文件: 本年制发件数, 本年废止件数,
 *   现行有效件数; absent without that row.
 * - `legacy`: the first pre-2019 附表, when it has a 累计 column: per row its
 *   label (as the model compares it and as written, without spaces) and the
 *   two figures, 累计 then the year's.
 */
export interface CarryFigures {
  applications?: Packed;
  normative?: Packed;
  legacy?: { norms: string[]; labels: string[]; figures: Packed };
}

/** The `slot`-th figure of a packed list, if it is there. */
export function figureAt(packed: Packed, slot: number): Figure | undefined {
  const value = packed.values[slot]!;
  if (Number.isNaN(value)) return undefined;
  const [sl, sc, so, el, ec, eo] = packed.at.subarray(slot * 6, slot * 6 + 6);
  return { value, position: { start: { line: sl!, column: sc!, offset: so! }, end: { line: el!, column: ec!, offset: eo! } } };
}

/** Slots of `applications`. */
export const carriedOverSlot = (column: number) => column;
export const carriedForwardSlot = (column: number) => APPLICATION_COLUMNS.length + column;
/** Slots of `normative`. */
export const MADE = 0;
export const REPEALED = 1;
export const VALID = 2;
/** Slots of legacy row `row`. */
export const cumulativeSlot = (row: number) => 2 * row;
export const annualSlot = (row: number) => 2 * row + 1;

/** The figures of a report, read from its model. */
export function carryFigures(report: ProjectReport, context: SummaryContext): CarryFigures {
  const pack = (refs: (CellRef | undefined)[]): Packed => {
    const packed = { values: new Float64Array(refs.length).fill(NaN), at: new Int32Array(refs.length * 6) };
    refs.forEach((ref, slot) => {
      const value = certainNumber(ref);
      if (value === null) return;
      const { start, end } = context.place({ node: ref!.cell! });
      packed.values[slot] = value;
      packed.at.set([start.line, start.column, start.offset, end.line, end.column, end.offset], slot * 6);
    });
    return packed;
  };
  const out: CarryFigures = {};
  const table = report.model.applications;
  if (table) {
    out.applications = pack([
      ...APPLICATION_COLUMNS.map((column) => table.get('carried_over', column)),
      ...APPLICATION_COLUMNS.map((column) => table.get('carried_forward', column)),
    ]);
  }
  const active = report.model.active;
  if (active) out.normative = pack([active.get('normative', 'made'), active.get('normative', 'repealed'), active.get('normative', 'valid')]);
  const legacy = report.model.legacy[0];
  // Without a 累计 column the table is never compared, as this year's or as last year's.
  if (legacy && legacy.columnName('cumulative') !== null) {
    out.legacy = {
      norms: legacy.rows.map((r) => context.intern(r.norm)),
      labels: legacy.rows.map((r) => context.intern(r.label.value.replace(/\s+/g, ''))),
      figures: pack(legacy.rows.flatMap((r) => [legacy.get(r, 'cumulative'), legacy.get(r, 'year')])),
    };
  }
  return out;
}
