/**
 * The arithmetic of a report's standard tables, worked out once per model and
 * shared by the rules that report it (table-sum, application-balance): every
 * identity, the broken ones grouped into mistakes, and for each mistake its
 * one smallest explanation or its candidates. A mistake explained by one
 * wrong cell is reported once, at that cell, by one rule (table-sum when it
 * restores a total, application-balance when it restores only the request
 * balance), and neither rule reports the identities it explains.
 */
import type { ReportModel } from '../model/types.js';
import { explainTable, type Mistake } from './explain.js';
import { applicationIdentities, legacyIdentities, reviewIdentities, type Identity, type TableIdentities } from './identities.js';

export type { Change, Explanation, ExplanationKind, Mistake } from './explain.js';
export type { BalanceIdentity, ColumnTotalIdentity, GridCell, Identity, IdentityRule, LegacyIdentity, ReviewIdentity, RowTotalIdentity, TableIdentities } from './identities.js';
export { outcomeRows } from './identities.js';

/** One table: its identities and its mistakes. */
export interface TableArithmetic extends TableIdentities {
  mistakes: Mistake[];
  /** The mistake a broken identity belongs to. */
  mistakeOf(identity: Identity): Mistake | undefined;
}

export interface Arithmetic {
  applications?: TableArithmetic;
  review?: TableArithmetic;
  legacy: TableArithmetic[];
}

function analyse(system: TableIdentities): TableArithmetic {
  const mistakes = explainTable(system);
  const of = new Map<Identity, Mistake>();
  for (const m of mistakes) for (const b of m.broken) of.set(b, m);
  return { ...system, mistakes, mistakeOf: (identity) => of.get(identity) };
}

const memo = new WeakMap<ReportModel, Arithmetic>();

/** The arithmetic of the model's tables (computed on first use, then shared). */
export function arithmeticOf(model: ReportModel): Arithmetic {
  let known = memo.get(model);
  if (!known) {
    known = {
      ...(model.applications ? { applications: analyse(applicationIdentities(model.applications)) } : {}),
      ...(model.review ? { review: analyse(reviewIdentities(model.review)) } : {}),
      legacy: model.legacy.map((table) => analyse(legacyIdentities(table))),
    };
    memo.set(model, known);
  }
  return known;
}

/** The tables of the arithmetic, in the order of the report's tables. */
export function tablesOf(arithmetic: Arithmetic): TableArithmetic[] {
  return [arithmetic.applications, arithmetic.review, ...arithmetic.legacy].filter((a): a is TableArithmetic => !!a);
}

/**
 * The finding a mistake with several explanations adds its candidates to:
 * its first broken identity of table-sum, else its first.
 */
export function anchorOf(mistake: Mistake): Identity {
  return mistake.broken.find((b) => b.rule === 'table-sum') ?? mistake.broken[0]!;
}

export { ARITHMETIC_MESSAGES, arithmeticMessages, candidatesOf, foldedFinding, movedText, type ArithmeticMessageId } from './words.js';
