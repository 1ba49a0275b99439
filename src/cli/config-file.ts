/**
 * Configuration for the CLI: loading a config file (JSON or a JS module
 * with a default export), finding the nearest one for a report, validating
 * it, and the `--rule` overrides applied on top. A config file has the keys
 * `extends` (preset names), `rules`, `settings` and `ignores` (globs).
 */
import { didYouMean } from '../text/suggest.js';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, parseRuleSetting } from '../engine/config.js';
import type { Config, Rule, RuleSetting } from '../engine/types.js';
import { pick } from '../i18n.js';
import { isPresetName, type PresetName } from '../presets.js';
import type { CliMessages } from './messages.js';

/** Config file names looked for in each directory (the first one present wins), nearest directory first. */
export const CONFIG_FILE_NAMES = ['report-lint.config.js', 'report-lint.config.mjs', 'report-lint.config.json', '.reportlintrc.json'];

/** A validated config file, as written (presets not yet applied). */
export interface FileConfig {
  /** Preset names, applied in order before `rules`. */
  extends: PresetName[];
  rules: Record<string, RuleSetting>;
  settings?: Record<string, unknown>;
  /** Glob patterns relative to the config file's directory; `!pattern` takes a file back. */
  ignores: string[];
}

const KEYS = ['$schema', 'extends', 'rules', 'settings', 'ignores'];

/** A configuration problem, with a complete (localised) message. */
export class CliConfigError extends Error {
  override name = 'CliConfigError';
}

/**
 * Finds the nearest config file for files in `dir`, walking up to the file
 * system root. Results are cached per directory in `cache`.
 */
export function findConfigFile(dir: string, cache: Map<string, string | null>): string | null {
  const visited: string[] = [];
  let current = dir;
  let found: string | null = null;
  for (;;) {
    const cached = cache.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(current);
    const hit = CONFIG_FILE_NAMES.map((name) => join(current, name)).find(isFile);
    if (hit) {
      found = hit;
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const d of visited) cache.set(d, found);
  return found;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * Loads and validates a config file. `shownPath` names the file in messages.
 * Throws CliConfigError for a missing file, bad syntax, a wrong shape, an
 * invalid severity or an unknown rule id.
 */
export async function loadConfigFile(
  absPath: string,
  shownPath: string,
  rules: Record<string, Rule<any>>,
  t: CliMessages,
): Promise<FileConfig> {
  const fail = (problem: string) => new CliConfigError(t.configProblem(shownPath, problem));
  let value: unknown;
  if (/\.(m|c)?js$/i.test(absPath)) {
    if (!isFile(absPath)) throw new CliConfigError(t.configNotFound(shownPath));
    let mod: { default?: unknown };
    try {
      const url = pathToFileURL(absPath);
      url.searchParams.set('mtime', String(statSync(absPath).mtimeMs)); // reload when the file changes
      mod = await import(url.href);
    } catch (error) {
      throw fail(error instanceof Error ? error.message : String(error));
    }
    if (mod.default === undefined) throw fail(t.configNoDefault);
    value = mod.default;
  } else {
    let text: string;
    try {
      text = await readFile(absPath, 'utf8');
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'ENOENT') throw new CliConfigError(t.configNotFound(shownPath));
      throw fail(t.osReason(e.code, e.message));
    }
    value = parseJson(text.replace(/^\uFEFF/, ''), t, fail);
  }
  return validateConfig(value, rules, t, fail);
}

/** JSON.parse with the error position given as line and column. */
function parseJson(text: string, t: CliMessages, fail: (problem: string) => Error): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = before[before.length - 1]!.length + 1;
    const detail = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw fail(t.jsonSyntax(detail, line, column));
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the shape `{ extends?, rules?, settings?, ignores? }`, every rule setting, rule ids and preset names. */
export function validateConfig(
  value: unknown,
  rules: Record<string, Rule<any>>,
  t: CliMessages,
  fail: (problem: string) => Error,
): FileConfig {
  if (!isObject(value)) throw fail(t.configNotObject);
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) throw fail(t.configUnknownKey(key, didYouMean(key, KEYS)));
  }
  if (value.rules !== undefined && !isObject(value.rules)) throw fail(t.configRulesNotObject);
  if (value.settings !== undefined && !isObject(value.settings)) throw fail(t.configSettingsNotObject);
  const presets = value.extends === undefined ? [] : Array.isArray(value.extends) ? value.extends : [value.extends];
  for (const name of presets) {
    if (!isPresetName(name)) throw fail(t.configBadExtends(typeof name === 'string' ? name : JSON.stringify(name)));
  }
  const ignores = value.ignores ?? [];
  if (!Array.isArray(ignores) || !ignores.every((p) => typeof p === 'string' && p.trim() !== '' && p !== '!')) {
    throw fail(t.configIgnoresInvalid);
  }
  const ruleSettings = (value.rules ?? {}) as Record<string, RuleSetting>;
  checkRuleSettings(ruleSettings, rules, t, fail);
  const config: FileConfig = { extends: presets as PresetName[], rules: ruleSettings, ignores: ignores as string[] };
  if (value.settings !== undefined) config.settings = value.settings as Record<string, unknown>;
  return config;
}

/** Every id must be a known rule and every setting a valid severity (with options). */
function checkRuleSettings(
  settings: Record<string, RuleSetting>,
  rules: Record<string, Rule<any>>,
  t: CliMessages,
  fail: (problem: string) => Error,
): void {
  for (const [id, setting] of Object.entries(settings)) {
    if (!rules[id]) throw fail(t.unknownRule(id, didYouMean(id, Object.keys(rules))));
    try {
      parseRuleSetting(setting, id);
    } catch (error) {
      if (error instanceof ConfigError) throw fail(pick(error.text, t.locale));
      throw error;
    }
  }
}

/**
 * Reads the `--rule` values: `id:severity`, `id:["warn",{...}]` (JSON after
 * the first colon) or a JSON object `{"id": "warn", ...}`. Throws
 * CliConfigError for bad syntax, an unknown rule id or an invalid setting.
 */
export function parseRuleOverrides(values: string[], rules: Record<string, Rule<any>>, t: CliMessages): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const raw of values) {
    const value = raw.trim();
    const bad = (detail: string) => new CliConfigError(t.badRuleOption(raw, detail));
    let entries: [string, unknown][];
    if (value.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch (error) {
        throw bad(error instanceof Error ? error.message : String(error));
      }
      if (!isObject(parsed)) throw bad(t.configNotObject);
      entries = Object.entries(parsed);
    } else {
      const colon = value.indexOf(':');
      if (colon <= 0) throw bad('id:severity');
      const id = value.slice(0, colon).trim();
      const setting = value.slice(colon + 1).trim();
      entries = [[id, readSetting(setting, bad)]];
    }
    for (const [id, setting] of entries) {
      if (!rules[id]) throw new CliConfigError(t.unknownRule(id, didYouMean(id, Object.keys(rules))));
      try {
        parseRuleSetting(setting as RuleSetting, id);
      } catch (error) {
        if (error instanceof ConfigError) throw bad(pick(error.text, t.locale));
        throw error;
      }
      out[id] = setting as RuleSetting;
    }
  }
  return out;
}

/** The part after "id:": JSON when it looks like JSON, a number for 0/1/2, else the word. */
function readSetting(text: string, bad: (detail: string) => Error): unknown {
  if (text.startsWith('[') || text.startsWith('"')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw bad(error instanceof Error ? error.message : String(error));
    }
  }
  if (/^[012]$/.test(text)) return Number(text);
  return text;
}

/** A config with the `--rule` overrides applied on top of its rules. */
export function withOverrides(config: Config, overrides: Record<string, RuleSetting>): Config {
  if (Object.keys(overrides).length === 0) return config;
  return { ...config, rules: { ...config.rules, ...overrides } };
}
