import type { Config, Rule, RuleSetting, Severity, SeveritySetting } from './types.js';
import { both, t, type Text } from '../i18n.js';

export const MESSAGES = {
  badSeverity: t(
    '{{where}}：无效的严重级别 {{value}}（应为 off、info、warn 或 error）',
    '{{where}}: invalid severity {{value}} (expected off, info, warn or error)',
  ),
  rule: t('规则 {{id}}', 'rule {{id}}'),
  optionsNotObject: t('规则 {{id}} 的选项必须是对象', 'the options of rule {{id}} must be an object'),
  unknownRule: t('未知的规则：{{id}}', 'unknown rule: {{id}}'),
};

export interface ResolvedRule {
  rule: Rule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A configuration problem; `message` is Chinese, `text` has both languages. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly text: Text;

  constructor(text: Text) {
    super(text.zh);
    this.text = text;
  }
}

/** Reads a severity setting; null means off. Throws ConfigError on nonsense (`where` names the setting). */
export function parseSeverity(value: SeveritySetting, where: string | Text): Severity | null {
  switch (value) {
    case 'off':
    case 0:
      return null;
    case 'warn':
    case 'warning':
    case 1:
      return 'warning';
    case 'error':
    case 2:
      return 'error';
    case 'info':
      return 'info';
    default:
      throw new ConfigError(both(MESSAGES, 'badSeverity', { where, value: JSON.stringify(value) ?? String(value) }));
  }
}

/** Splits a rule setting into severity and options. */
export function parseRuleSetting(setting: RuleSetting, id: string): { severity: Severity | null; options: Record<string, unknown> } {
  if (Array.isArray(setting)) {
    const [sev, options] = setting;
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new ConfigError(both(MESSAGES, 'optionsNotObject', { id }));
    }
    return { severity: parseSeverity(sev, both(MESSAGES, 'rule', { id })), options: options ?? {} };
  }
  return { severity: parseSeverity(setting, both(MESSAGES, 'rule', { id })), options: {} };
}

/** The rules to run, with their severity and options, in catalogue order. Unknown rule ids are an error. */
export function resolveRules(rules: Record<string, Rule<any>>, config: Config): ResolvedRule[] {
  for (const id of Object.keys(config.rules ?? {})) {
    if (!rules[id]) throw new ConfigError(both(MESSAGES, 'unknownRule', { id }));
  }
  const out: ResolvedRule[] = [];
  for (const [id, rule] of Object.entries(rules)) {
    const setting = config.rules?.[id];
    if (setting === undefined) {
      out.push({ rule, severity: rule.meta.severity, options: {} });
      continue;
    }
    const { severity, options } = parseRuleSetting(setting, id);
    if (severity) out.push({ rule, severity, options });
  }
  return out;
}
