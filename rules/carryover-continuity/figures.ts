import { APPLICATION_COLUMNS, normalizeLabel, type CellRef, type Position, type ProjectReport, type SummaryContext } from '../../src/rule-kit.js';

/** A number the model is certain of, and where it stands. */
export interface Figure {
  value: number;
  position: Position;
}

/** What the rule keeps of a report: the figures it compares across years. */
export interface CarryFigures {
  /** Table 三, per column (APPLICATION_COLUMNS order): 上年结转 and 结转下年度继续办理; absent without the table. */
  applications?: { carriedOver: (Figure | undefined)[]; carriedForward: (Figure | undefined)[] };
  /** Table 二, item 1, 行政规范性文件: 本年制发件数, 本年废止件数, 现行有效件数; absent without that row. */
  normative?: { made?: Figure; repealed?: Figure; valid?: Figure };
  /** The first pre-2019 附表: whether it has a 累计 and a 本年度 column, and per row its label and those two figures. */
  legacy?: { cumulative: boolean; annual: boolean; rows: LegacyFigures[] };
}

export interface LegacyFigures {
  /** The row label as the model compares it. */
  norm: string;
  /** The label as written, without spaces. */
  label: string;
  cumulative?: Figure;
  annual?: Figure;
}

/** The figures of a report, read from its model. */
export function carryFigures(report: ProjectReport, context: SummaryContext): CarryFigures {
  const figure = (ref: CellRef | undefined): Figure | undefined =>
    ref && ref.value.kind === 'number' && !ref.uncertain ? { value: ref.value.value, position: context.place({ node: ref.cell! }) } : undefined;
  const out: CarryFigures = {};
  const table = report.model.applications;
  if (table) {
    out.applications = {
      carriedOver: APPLICATION_COLUMNS.map((column) => figure(table.get('carried_over', column))),
      carriedForward: APPLICATION_COLUMNS.map((column) => figure(table.get('carried_forward', column))),
    };
  }
  const item = report.model.active?.items.find((i) => i.item === 1);
  const row = item?.rows.find((r) => r.key === 'normative');
  if (item && row) {
    const at = (re: RegExp) => {
      const i = item.header.findIndex((h) => re.test(normalizeLabel(h)));
      return figure(i >= 0 ? row.cells[i] : undefined);
    };
    out.normative = { made: at(/本年制发件数/), repealed: at(/本年废止件数/), valid: at(/现行有效件数/) };
  }
  const legacy = report.model.legacy[0];
  if (legacy) {
    const ci = legacy.columns.findIndex((c) => /累计/.test(c));
    const ai = legacy.columns.findIndex((c) => /年度|本期|本年/.test(c) && !/累计/.test(c));
    out.legacy = {
      cumulative: ci >= 0,
      annual: ai >= 0,
      rows: legacy.rows.map((r) => ({
        norm: r.norm,
        label: r.label.value.replace(/\s+/g, ''),
        ...(ci >= 0 ? { cumulative: figure(r.cells[ci]) } : {}),
        ...(ai >= 0 ? { annual: figure(r.cells[ai]) } : {}),
      })),
    };
  }
  return out;
}
