/**
 * `--cache`: results of earlier runs reused for unchanged reports. One JSON
 * file (default `.report-lint-cache` in the working directory) maps each
 * report's absolute path to its findings (without the source text) and the
 * key they were computed under:
 *
 * - `hash`: sha256 of the file's bytes;
 * - `key`: sha256 of the tool version, the file's effective config
 *   (rules and settings), the locale and the directive options;
 * - `run`: when the file's config enables a cross-report rule (scope
 *   "project") and several reports were linted together, every report of
 *   that run as "path" + sha256 — those rules compare a report with all the
 *   others (last year's report of the agency, text copied from other
 *   agencies), so its findings hold only for the same set of reports.
 *
 * A report is a hit only when all of these are equal now. Misses are linted
 * again; when a miss uses cross-report rules, the whole run is linted again
 * with it. A folder linted twice without changes is all hits; with the
 * cross-report rules turned off, each report is cached on its own.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { makeParentDirs } from './dirs.js';
import { dirname, join, resolve } from 'node:path';
import { summarise, type LintInput } from '../lint.js';
import type { LintMessage, LintResult } from '../results.js';
import type { Prepared } from './inputs.js';
import { writeAtomicText } from './output.js';
import type { RunOutcome } from './run.js';

export const DEFAULT_CACHE_FILE = '.report-lint-cache';
const FORMAT = 2;

export interface CacheEntry {
  hash: string;
  key: string;
  /** Sorted "path\u0000sha256" of every report of the run, or null when the findings depend on this report only. */
  run: string[] | null;
  messages: LintMessage[];
}

/** SHA-256 in hex; node:crypto (about 10 ms to load) is loaded by runs with --cache only. */
const sha256 = (data: string | Uint8Array) => process.getBuiltinModule('node:crypto').createHash('sha256').update(data).digest('hex');

/** JSON with object keys sorted, so equal configs hash alike. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The options part of a cache key. */
export function cacheKey(parts: { version: string; config: unknown; locale: string; reportUnused: boolean }): string {
  return sha256(stableJson(parts));
}

/** The cache file: loaded at the start of a run, saved at the end. */
export class LintCache {
  private constructor(
    readonly path: string,
    private entries: Record<string, CacheEntry>,
  ) {}

  /**
   * Loads the cache at `location` (a directory or a path ending in "/" gets
   * `.report-lint-cache` inside). A missing, unreadable or foreign file is an empty cache.
   */
  static async load(location: string, cwd: string): Promise<LintCache> {
    let path = resolve(cwd, location);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory() || /[\\/]$/.test(location)) path = join(path, DEFAULT_CACHE_FILE);
    let entries: Record<string, CacheEntry> = {};
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as { format?: number; entries?: Record<string, CacheEntry> };
      if (data.format === FORMAT && data.entries && typeof data.entries === 'object') entries = data.entries;
    } catch {
      // absent or unreadable: start empty
    }
    return new LintCache(path, entries);
  }

  get(absPath: string): CacheEntry | undefined {
    return Object.hasOwn(this.entries, absPath) ? this.entries[absPath] : undefined;
  }

  set(absPath: string, entry: CacheEntry): void {
    this.entries[absPath] = entry;
  }

  /** Writes the cache, without entries of files that no longer exist. */
  async save(): Promise<void> {
    const kept = Object.fromEntries(Object.entries(this.entries).filter(([path]) => existsSync(path)));
    await makeParentDirs(this.path);
    await writeAtomicText(this.path, JSON.stringify({ format: FORMAT, entries: kept }));
  }
}

export interface CachedRun extends RunOutcome {
  /** Reports whose results came from the cache. */
  hits: number;
}

/**
 * Lints the inputs, taking the results of unchanged reports from the cache
 * and storing the new ones (not those of files whose check crashed).
 * `usesRun` tells whether a report's config enables a cross-report rule.
 */
export function lintWithCache(
  inputs: Prepared[],
  cache: LintCache,
  keyOf: (input: Prepared) => string,
  usesRun: (input: Prepared) => boolean,
  lint: (inputs: LintInput[]) => RunOutcome,
): CachedRun {
  const hashes = inputs.map((input) => sha256(input.bytes));
  const keys = inputs.map(keyOf);
  const run = inputs.map((input, i) => `${input.filePath}\u0000${hashes[i]}`).sort();
  const runs = inputs.map((input) => (inputs.length > 1 && usesRun(input) ? run : null));
  const entries = inputs.map((input) => cache.get(input.absPath));
  const hit = entries.map((e, i) => e !== undefined && e.hash === hashes[i] && e.key === keys[i] && sameList(e.run, runs[i]!));
  // Misses are linted again; all reports with them when one of them compares reports.
  const wholeRun = inputs.some((_, i) => !hit[i] && runs[i] !== null);
  const batch = inputs.flatMap((_, i) => (wholeRun || !hit[i] ? [i] : []));

  const outcome = batch.length > 0 ? lint(batch.map((i) => inputs[i]!)) : { results: [], crashes: [], timings: new Map() };
  const fresh = new Map(outcome.results.map((r) => [r.filePath, r]));
  const crashed = new Set(outcome.crashes.map((c) => c.filePath));
  const inBatch = new Set(batch);
  const results: LintResult[] = [];
  inputs.forEach((input, i) => {
    if (!inBatch.has(i)) {
      results.push(summarise({ filePath: input.filePath, messages: entries[i]!.messages, source: input.text }));
      return;
    }
    const result = fresh.get(input.filePath);
    if (!result) return;
    results.push(result);
    if (!crashed.has(input.filePath)) {
      cache.set(input.absPath, { hash: hashes[i]!, key: keys[i]!, run: runs[i]!, messages: result.messages });
    }
  });
  return { ...outcome, results, hits: inputs.length - batch.length };
}

function sameList(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
