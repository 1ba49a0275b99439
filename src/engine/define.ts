import type { Rule, Text } from './types.js';

/** Declares a rule (typed helper; the object is returned as is). */
export function defineRule<Options extends Record<string, unknown> = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** A message in Chinese and English. */
export function t(zh: string, en: string): Text {
  return { zh, en };
}
