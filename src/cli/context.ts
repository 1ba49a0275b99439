/**
 * What the formatters get besides the results (FormatterContext): colour
 * decision, rule metadata, format names and the package version.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules as allRules } from '../../rules/index.js';
import { parseRuleSetting } from '../engine/config.js';
import { ruleUrl } from '../engine/docs.js';
import { pick } from '../i18n.js';
import type { Config } from '../engine/types.js';
import * as formatterModule from '../formatters/index.js';
import type { RuleInfo } from '../results.js';
import type { CliOptions } from './args.js';
import type { CliIO } from './io.js';

/** Colour: --color/--no-color win; then FORCE_COLOR, NO_COLOR; a file gets none; else whether stdout is a terminal. */
export function useColor(options: Pick<CliOptions, 'color' | 'outputFile'>, io: Pick<CliIO, 'env' | 'isTTY'>): boolean {
  if (options.color !== undefined) return options.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  if (options.outputFile !== undefined) return false;
  return io.isTTY;
}

/**
 * The width stylish wraps its rows to: COLUMNS when set to a number (0: never
 * wrap), else the terminal's width when stdout is a terminal and no
 * --output-file is given; undefined (one line per row, as ESLint prints) for a
 * pipe, a file or a CI log.
 */
export function outputColumns(options: Pick<CliOptions, 'outputFile'>, io: Pick<CliIO, 'env' | 'isTTY' | 'stdoutColumns'>): number | undefined {
  if (options.outputFile !== undefined) return undefined;
  const env = io.env.COLUMNS?.trim();
  if (env !== undefined && /^\d+$/.test(env)) return Number(env) > 0 ? Number(env) : undefined;
  return io.isTTY && io.stdoutColumns !== undefined && io.stdoutColumns > 0 ? io.stdoutColumns : undefined;
}

/** Metadata of every rule for the formatters; severity as set by --config/--rule when it is on. */
export function ruleInfos(options: Pick<CliOptions, 'locale'>, config: Config): Record<string, RuleInfo> {
  const out: Record<string, RuleInfo> = {};
  for (const [id, rule] of Object.entries(allRules)) {
    const setting = config.rules?.[id];
    const configured = setting === undefined ? null : parseRuleSetting(setting, id).severity;
    out[id] = {
      id,
      title: pick(rule.meta.title, options.locale),
      description: pick(rule.meta.description, options.locale),
      severity: configured ?? rule.meta.severity,
      url: ruleUrl(id),
      fixable: rule.meta.fixable,
    };
  }
  return out;
}

/** Formatter names for help and errors: the module's own list if it has one, else the known names it accepts. */
export function formatNames(): string[] {
  const mod = formatterModule as unknown as Record<string, unknown>;
  const listed = Array.isArray(mod.formatterNames)
    ? (mod.formatterNames as string[])
    : typeof mod.listFormatters === 'function'
      ? (mod.listFormatters as () => string[])()
      : mod.formatters && typeof mod.formatters === 'object'
        ? Object.keys(mod.formatters)
        : undefined;
  if (listed) return listed;
  const known = ['stylish', 'json', 'json-with-metadata', 'compact', 'unix', 'github', 'sarif', 'checkstyle', 'junit', 'tap', 'table', 'codeframe', 'pretty'];
  return known.filter((name) => formatterModule.getFormatter(name) !== undefined);
}

let version: string | undefined;

/** The package version, from the nearest package.json named report-lint above this module. */
export function readVersion(): string {
  if (version) return version;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'report-lint' && pkg.version) return (version = pkg.version);
    } catch {
      // no package.json here; keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) return (version = '0.0.0');
    dir = parent;
  }
}
