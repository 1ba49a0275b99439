/**
 * Shared configurations a config file can name in `extends`:
 *
 * - `recommended`: every rule at its default severity (what report-lint does
 *   with no config at all).
 * - `strict`: every rule whose default is `warning` becomes `error`; `error`
 *   rules stay errors and `info` rules (parse-uncertain) stay `info`.
 *
 * Both are computed from the rule registry, so a rule added to the registry
 * joins both presets. docs/presets.md lists their contents and the semver
 * policy for changing them.
 */
import type { Rule, RuleSetting, Severity } from './engine/types.js';

export const PRESET_NAMES = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** True for a name that `extends` accepts. */
export function isPresetName(name: unknown): name is PresetName {
  return typeof name === 'string' && (PRESET_NAMES as readonly string[]).includes(name);
}

const WORD: Record<Severity, 'error' | 'warn' | 'info'> = { error: 'error', warning: 'warn', info: 'info' };

/** The rule settings of a preset for the given rules, in registry order. */
export function presetRules(name: PresetName, rules: Record<string, Rule<any>>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, rule] of Object.entries(rules)) {
    const severity = rule.meta.severity;
    out[id] = name === 'strict' && severity === 'warning' ? 'error' : WORD[severity];
  }
  return out;
}

/** The rule settings of several presets applied in order (later ones win). */
export function presetsRules(names: readonly PresetName[], rules: Record<string, Rule<any>>): Record<string, RuleSetting> {
  return Object.assign({}, ...names.map((name) => presetRules(name, rules))) as Record<string, RuleSetting>;
}
