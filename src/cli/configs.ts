/**
 * The effective configuration of each report: `--config`, else the nearest
 * config file; its `extends` presets first, then its `rules`, then the
 * `--rule` overrides. Also decides which files the config's `ignores` skip,
 * and renders the effective config for `--print-config`.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type picomatchType from 'picomatch';
import { requirePackage } from '../require.js';
import { parseRuleSetting } from '../engine/config.js';
import type { Config, Rule, RuleSetting } from '../engine/types.js';
import { presetsRules } from '../presets.js';
import { findConfigFile, loadConfigFile, parseRuleOverrides, type FileConfig } from './config-file.js';
import type { CliMessages } from './messages.js';

/** The configuration that applies to one report. */
export interface ResolvedConfig {
  /** Absolute path of the config file, or null for the built-in defaults. */
  path: string | null;
  /** The config file as written (empty for the defaults). */
  file: FileConfig;
  /** What the engine gets: presets, the file's rules and the overrides merged; settings. */
  config: Config;
  /** True when the file's `ignores` cover this absolute path. */
  ignores(absPath: string): boolean;
}

const EMPTY: FileConfig = { extends: [], rules: {}, ignores: [] };

/** Finds, loads (once each) and merges the configs of the reports of a run. */
export class ConfigResolver {
  private readonly searched = new Map<string, string | null>();
  private readonly loaded = new Map<string, ResolvedConfig>();
  private fixed: ResolvedConfig | undefined;
  private defaults: ResolvedConfig;

  private constructor(
    private readonly rules: Record<string, Rule<any>>,
    private readonly overrides: Record<string, RuleSetting>,
    private readonly t: CliMessages,
  ) {
    this.defaults = this.resolved(null, EMPTY);
  }

  /**
   * Reads `--rule` values and the `--config` file (a path relative to cwd).
   * Throws CliConfigError for any problem in them.
   */
  static async create(
    options: { rules: string[]; config?: string },
    cwd: string,
    rules: Record<string, Rule<any>>,
    t: CliMessages,
  ): Promise<ConfigResolver> {
    const resolver = new ConfigResolver(rules, parseRuleOverrides(options.rules, rules, t), t);
    if (options.config !== undefined) {
      const abs = resolve(cwd, options.config);
      resolver.fixed = resolver.resolved(abs, await loadConfigFile(abs, options.config, rules, t));
    }
    return resolver;
  }

  /** The config for a report at `absPath`: --config, else the nearest file, else the defaults. */
  async forFile(absPath: string): Promise<ResolvedConfig> {
    if (this.fixed) return this.fixed;
    const found = findConfigFile(dirname(absPath), this.searched);
    if (!found) return this.defaults;
    let config = this.loaded.get(found);
    if (!config) {
      config = this.resolved(found, await loadConfigFile(found, found, this.rules, this.t));
      this.loaded.set(found, config);
    }
    return config;
  }

  /** The config used for rule metadata in the formatters: --config and --rule, without discovery. */
  get global(): Config {
    return (this.fixed ?? this.defaults).config;
  }

  private resolved(path: string | null, file: FileConfig): ResolvedConfig {
    const config: Config = { rules: { ...presetsRules(file.extends, this.rules), ...file.rules, ...this.overrides } };
    if (file.settings !== undefined) config.settings = file.settings;
    const base = path === null ? undefined : dirname(path);
    const matches = base === undefined || file.ignores.length === 0 ? () => false : ignoreMatcher(base, file.ignores);
    return { path, file, config, ignores: matches };
  }
}

/**
 * A test for absolute paths against ignore globs relative to `base`. A file
 * is ignored when its path, or the path of a directory above it, matches a
 * pattern and no `!pattern` takes it back. Files outside `base` never are.
 */
export function ignoreMatcher(base: string, patterns: string[]): (absPath: string) => boolean {
  const clean = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '');
  const positive = patterns.filter((p) => !p.startsWith('!')).map(clean);
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => clean(p.slice(1)));
  // picomatch is loaded only when a config has ignore patterns.
  const picomatch = () => requirePackage<typeof picomatchType>('picomatch');
  const isPositive = positive.length ? picomatch()(positive, { dot: true }) : () => false;
  const isNegative = negative.length ? picomatch()(negative, { dot: true }) : () => false;
  return (absPath) => {
    const rel = relative(base, absPath);
    if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return false;
    const parts = rel.split(sep);
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    return candidates.some((c) => isPositive(c)) && !isNegative(candidates[candidates.length - 1]!);
  };
}

/** A rule setting in words: "off" | "info" | "warn" | "error", or [word, options] when it has options. */
function normalise(setting: RuleSetting, id: string): RuleSetting {
  const { severity, options } = parseRuleSetting(setting, id);
  const word = severity === null ? 'off' : severity === 'warning' ? 'warn' : severity;
  return Object.keys(options).length > 0 ? [word, options] : word;
}

/**
 * The effective config of one report for `--print-config`: the config file
 * used, its presets, every rule with its resulting severity (defaults
 * included), the settings and the ignore patterns.
 */
export function describeConfig(resolved: ResolvedConfig, rules: Record<string, Rule<any>>): Record<string, unknown> {
  const effective: Record<string, RuleSetting> = {};
  for (const [id, rule] of Object.entries(rules)) {
    effective[id] = normalise(resolved.config.rules?.[id] ?? (rule.meta.severity === 'warning' ? 'warn' : rule.meta.severity), id);
  }
  return {
    configFile: resolved.path,
    extends: resolved.file.extends,
    rules: effective,
    settings: resolved.config.settings ?? {},
    ignores: resolved.file.ignores,
  };
}
