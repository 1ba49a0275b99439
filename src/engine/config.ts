import type { Config, Rule, RuleSetting, Severity, SeveritySetting } from './types.js';

export interface ResolvedRule {
  rule: Rule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads a severity setting; null means off. Throws ConfigError on nonsense. */
export function parseSeverity(value: SeveritySetting, where: string): Severity | null {
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
      throw new ConfigError(`${where}：无效的严重级别 ${JSON.stringify(value)}（应为 off、info、warn 或 error）`);
  }
}

/** Splits a rule setting into severity and options. */
export function parseRuleSetting(setting: RuleSetting, id: string): { severity: Severity | null; options: Record<string, unknown> } {
  if (Array.isArray(setting)) {
    const [sev, options] = setting;
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new ConfigError(`规则 ${id} 的选项必须是对象`);
    }
    return { severity: parseSeverity(sev, `规则 ${id}`), options: options ?? {} };
  }
  return { severity: parseSeverity(setting, `规则 ${id}`), options: {} };
}

/** The rules to run, with their severity and options, in catalogue order. Unknown rule ids are an error. */
export function resolveRules(rules: Record<string, Rule<any>>, config: Config): ResolvedRule[] {
  for (const id of Object.keys(config.rules ?? {})) {
    if (!rules[id]) throw new ConfigError(`未知的规则：${id}`);
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
