import type { Rule } from '../src/rule-kit.js';
import requiredSections from './required-sections.js';
import requiredTables from './required-tables.js';
import templateVersion from './template-version.js';
import declaredCount from './declared-count.js';
import numbering from './numbering.js';
import applicationBalance from './application-balance.js';
import tableSum from './table-sum.js';
import cellValue from './cell-value.js';
import proseTableMismatch from './prose-table-mismatch.js';
import proseSum from './prose-sum.js';
import growthRate from './growth-rate.js';
import placeholder from './placeholder.js';
import duplicatedText from './duplicated-text.js';
import malformedDate from './malformed-date.js';
import periodConsistency from './period-consistency.js';
import publicationDeadline from './publication-deadline.js';
import injectedContent from './injected-content.js';
import mixedScript from './mixed-script.js';
import foreignRegion from './foreign-region.js';
import pageResidue from './page-residue.js';
import impossibleValue from './impossible-value.js';
import feeConsistency from './fee-consistency.js';
import carryoverContinuity from './carryover-continuity.js';
import yearOverYearReuse from './year-over-year-reuse.js';
import parseUncertain from './parse-uncertain.js';

/** Every rule in catalogue order (the order of RULES.md and the README). */
const CATALOGUE: Rule<any>[] = [
  requiredSections,
  requiredTables,
  templateVersion,
  declaredCount,
  numbering,
  applicationBalance,
  tableSum,
  cellValue,
  proseTableMismatch,
  proseSum,
  growthRate,
  placeholder,
  duplicatedText,
  malformedDate,
  periodConsistency,
  publicationDeadline,
  injectedContent,
  mixedScript,
  foreignRegion,
  pageResidue,
  impossibleValue,
  feeConsistency,
  carryoverContinuity,
  yearOverYearReuse,
  parseUncertain,
];

/** Every rule, in catalogue order, by id. */
export const rules: Record<string, Rule<any>> = Object.fromEntries(CATALOGUE.map((rule) => [rule.meta.id, rule]));
