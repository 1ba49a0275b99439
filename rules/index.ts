import type { Rule } from '../src/engine/types.js';
import applicationBalance from './application-balance.js';

/** Every rule, in catalogue order, by id. */
export const rules: Record<string, Rule<any>> = {
  'application-balance': applicationBalance,
};
