import type { Rule } from './types.js';

export { join, t } from '../i18n.js';

/** Declares a rule (typed helper: message ids are checked against `meta.messages`; the object is returned as is). */
export function defineRule<Options extends Record<string, unknown> = Record<string, unknown>, Id extends string = string>(
  rule: Rule<Options, Id>,
): Rule<Options, Id> {
  return rule;
}
