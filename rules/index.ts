import type { Rule } from '../src/engine/types.js';
import requiredSections from './required-sections.js';
import requiredTables from './required-tables.js';
import applicationBalance from './application-balance.js';
import tableSum from './table-sum.js';
import cellValue from './cell-value.js';

/** Every rule, in catalogue order, by id. */
export const rules: Record<string, Rule<any>> = {
  'required-sections': requiredSections,
  'required-tables': requiredTables,
  'application-balance': applicationBalance,
  'table-sum': tableSum,
  'cell-value': cellValue,
};
