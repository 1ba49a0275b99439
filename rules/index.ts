import type { Rule } from '../src/rule-kit.js';
import numbering from './numbering.js';
import duplicatedText from './duplicated-text.js';
import publicationDeadline from './publication-deadline.js';
import pageResidue from './page-residue.js';
import impossibleValue from './impossible-value.js';
import proseTableMismatch from './prose-table-mismatch.js';
import proseSum from './prose-sum.js';
import feeConsistency from './fee-consistency.js';
import requiredSections from './required-sections.js';
import requiredTables from './required-tables.js';
import templateVersion from './template-version.js';
import declaredCount from './declared-count.js';
import applicationBalance from './application-balance.js';
import tableSum from './table-sum.js';
import cellValue from './cell-value.js';
import growthRate from './growth-rate.js';
import placeholder from './placeholder.js';
import malformedDate from './malformed-date.js';
import periodConsistency from './period-consistency.js';
import injectedContent from './injected-content.js';
import mixedScript from './mixed-script.js';
import foreignRegion from './foreign-region.js';
import carryoverContinuity from './carryover-continuity.js';
import yearOverYearReuse from './year-over-year-reuse.js';
import parseUncertain from './parse-uncertain.js';

/** Every rule, in catalogue order, by id. */
export const rules: Record<string, Rule<any>> = {
  'required-sections': requiredSections,
  'required-tables': requiredTables,
  'template-version': templateVersion,
  'declared-count': declaredCount,
  numbering,
  'application-balance': applicationBalance,
  'table-sum': tableSum,
  'cell-value': cellValue,
  'prose-table-mismatch': proseTableMismatch,
  'prose-sum': proseSum,
  'growth-rate': growthRate,
  placeholder,
  'duplicated-text': duplicatedText,
  'malformed-date': malformedDate,
  'period-consistency': periodConsistency,
  'publication-deadline': publicationDeadline,
  'injected-content': injectedContent,
  'mixed-script': mixedScript,
  'foreign-region': foreignRegion,
  'page-residue': pageResidue,
  'impossible-value': impossibleValue,
  'fee-consistency': feeConsistency,
  'carryover-continuity': carryoverContinuity,
  'year-over-year-reuse': yearOverYearReuse,
  'parse-uncertain': parseUncertain,
};
