import type { Rule } from '../src/engine/types.js';

/** Every rule, in catalogue order, by id. */
export const rules: Record<string, Rule<any>> = {};
