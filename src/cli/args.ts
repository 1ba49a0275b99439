/**
 * Command-line argument parsing (node:util parseArgs) into a typed options
 * object. Problems come back as a localised message, never as a throw.
 */
import { parseArgs } from 'node:util';
import type { Locale } from '../engine/types.js';
import { didYouMean } from '../text/suggest.js';
import { dataFormatOf } from './data-files.js';
import { cliMessages, type CliMessages } from './messages.js';

export interface CliOptions {
  paths: string[];
  format: string;
  rules: string[];
  config?: string;
  quiet: boolean;
  locale: Locale;
  printAst?: string;
  outputFile?: string;
  maxWarnings?: number;
  /** --max-file-size in bytes: larger files are skipped with a message (0: no limit). */
  maxFileSize: number;
  /** true / false when --color / --no-color was given (the last one wins), else undefined. */
  color?: boolean;
  stdin: boolean;
  stdinFilename?: string;
  help: boolean;
  version: boolean;
  /** --fix: write fixes back to the files. */
  fix: boolean;
  /** --fix-dry-run: show the fixes (diff, or `output` in JSON) without writing. */
  fixDryRun: boolean;
  reportUnusedDisableDirectives: boolean;
  /** --suppress-all: record every error in the suppressions file. */
  suppressAll: boolean;
  /** --suppress-rule <id>: record the errors of these rules only. */
  suppressRules: string[];
  pruneSuppressions: boolean;
  suppressionsLocation?: string;
  printConfig?: string;
  /** --no-ignore: lint files that a config's `ignores` would skip. */
  noIgnore: boolean;
  /** --no-warn-ignored: no warning for an ignored file named on the command line. */
  noWarnIgnored: boolean;
  cache: boolean;
  cacheLocation?: string;
  /** --data-file: the extracted data of the run written as CSV, XLSX or JSON (by extension). */
  dataFiles: string[];
  /** --keys: machine keys as the data files' headers. */
  keys: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; locale: Locale; message: string };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean' },
  locale: { type: 'string' },
  'print-ast': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  'max-file-size': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  'suppress-all': { type: 'boolean' },
  'suppress-rule': { type: 'string', multiple: true },
  'prune-suppressions': { type: 'boolean' },
  'suppressions-location': { type: 'string' },
  'print-config': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  'no-warn-ignored': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'data-file': { type: 'string', multiple: true },
  keys: { type: 'boolean' },
} as const;

/** Reads "zh-CN" / "zh" / "en" (any case); undefined for anything else. */
export function parseLocale(value: string): Locale | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'zh-cn' || v === 'zh' || v === 'zh-hans' || v === 'zh_cn') return 'zh-CN';
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return 'en';
  return undefined;
}

/**
 * The locale asked for on the command line, found without a full parse, so
 * that even messages about bad arguments come in the right language.
 */
export function sniffLocale(argv: string[]): Locale {
  let found: Locale = 'zh-CN';
  argv.forEach((arg, i) => {
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    const locale = value === undefined ? undefined : parseLocale(value);
    if (locale) found = locale;
  });
  return found;
}

/** Parses argv (without "node" and the script path). */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const locale = sniffLocale(argv);
  const t = cliMessages(locale);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    return { ok: false, locale, message: argsError(error, t, t.badArgs, optionNames(OPTIONS)) };
  }
  const { values, positionals, tokens } = parsed;

  const localeValue = values.locale ?? 'zh-CN';
  const chosen = parseLocale(localeValue);
  if (!chosen) return { ok: false, locale, message: t.badLocale(localeValue) };

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'].trim();
    if (!/^\d+$/.test(raw)) return { ok: false, locale, message: t.badMaxWarnings(values['max-warnings']) };
    maxWarnings = Number(raw);
  }

  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (values['max-file-size'] !== undefined) {
    const bytes = parseSize(values['max-file-size']);
    if (bytes === undefined) return { ok: false, locale, message: t.badMaxFileSize(values['max-file-size']) };
    maxFileSize = bytes;
  }

  // --color and --no-color: the one given last wins.
  let color: boolean | undefined;
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'color') color = true;
    if (token.kind === 'option' && token.name === 'no-color') color = false;
  }

  // Options that exclude each other (as in ESLint).
  if (values.fix && values['fix-dry-run']) return { ok: false, locale, message: t.fixConflict };
  if (values.fix && values.stdin) return { ok: false, locale, message: t.fixStdin };
  const badData = (values['data-file'] ?? []).find((path) => dataFormatOf(path) === undefined);
  if (badData !== undefined) return { ok: false, locale, message: t.badDataFile(badData) };
  if (values['prune-suppressions'] && (values['suppress-all'] || values['suppress-rule'])) {
    return { ok: false, locale, message: t.suppressConflict };
  }

  const options: CliOptions = {
    paths: positionals,
    format: values.format ?? 'stylish',
    rules: values.rule ?? [],
    quiet: values.quiet ?? false,
    locale: chosen,
    stdin: values.stdin ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    suppressAll: values['suppress-all'] ?? false,
    suppressRules: values['suppress-rule'] ?? [],
    pruneSuppressions: values['prune-suppressions'] ?? false,
    noIgnore: values['no-ignore'] ?? false,
    noWarnIgnored: values['no-warn-ignored'] ?? false,
    cache: values.cache ?? false,
    dataFiles: values['data-file'] ?? [],
    keys: values.keys ?? false,
    maxFileSize,
  };
  if (values.config !== undefined) options.config = values.config;
  if (values['print-ast'] !== undefined) options.printAst = values['print-ast'];
  if (values['output-file'] !== undefined) options.outputFile = values['output-file'];
  if (values['stdin-filename'] !== undefined) options.stdinFilename = values['stdin-filename'];
  if (values['suppressions-location'] !== undefined) options.suppressionsLocation = values['suppressions-location'];
  if (values['print-config'] !== undefined) options.printConfig = values['print-config'];
  if (values['cache-location'] !== undefined) options.cacheLocation = values['cache-location'];
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  if (color !== undefined) options.color = color;
  return { ok: true, options };
}

/** Files larger than this are not read (10 MB: reports are well below 1 MB; a Word file with pictures may reach a few MB). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** "10MB", "512 KB", "1.5GB", "100B" or a bare number of MB ("10") → bytes; undefined when malformed. */
export function parseSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] ?? 'm').toLowerCase()[0]!;
  const scale = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit]!;
  return Math.round(Number(match[1]) * scale);
}

/** The long option names of a parseArgs option table ("--format", …). */
export function optionNames(options: Record<string, unknown>): string[] {
  return Object.keys(options).map((name) => `--${name}`);
}

/**
 * node:util parseArgs' English errors as CLI messages: unknown option (with
 * the known option it most likely misspells), missing value, anything else
 * (`other`).
 */
export function argsError(error: unknown, t: CliMessages, other: (detail: string) => string = t.badArgs, known: string[] = []): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '([^']+)'/.exec(message)?.[1] ?? message;
    const name = option.split('=')[0]!;
    return t.unknownOption(option, name.startsWith('--') ? didYouMean(name, known) : undefined);
  }
  // "Option '-f, --format <value>' argument missing" / "... argument is ambiguous".
  const option = /Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /missing|ambiguous/.test(message)) return t.missingValue(option);
  return other(message);
}
