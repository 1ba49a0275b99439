import type { FileRule, ProjectRule } from './types.js';

export { join, t } from '../i18n.js';

/** Declares a rule (typed helper: message ids are checked against `meta.messages`; the object is returned as is). */
export function defineRule<Options extends Record<string, unknown> = Record<string, unknown>, Id extends string = string>(
  rule: FileRule<Options, Id>,
): FileRule<Options, Id> {
  return rule;
}

/** Declares a rule that compares the reports of a run (see ProjectRule). */
export function defineProjectRule<Options extends Record<string, unknown> = Record<string, unknown>, Id extends string = string, Summary = unknown>(
  rule: ProjectRule<Options, Id, Summary>,
): ProjectRule<Options, Id, Summary> {
  return rule;
}
