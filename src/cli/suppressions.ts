/**
 * Bulk suppressions, for adopting report-lint on old reports (ESLint's
 * format and options). `report-lint-suppressions.json` counts the errors of
 * each rule in each file:
 *
 *     { "reports/2019.txt": { "table-sum": { "count": 2 } } }
 *
 * Paths are relative to the working directory with forward slashes. A run
 * hides up to `count` errors of that rule in that file (the first ones) and
 * reports the rest; only errors are counted and hidden, as in ESLint.
 * Entries counting more errors than there are now are stale: the run says
 * so on stderr, and `--prune-suppressions` lowers them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { makeParentDirs } from './dirs.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { summarise } from '../lint.js';
import type { LintResult } from '../results.js';
import { writeAtomicText } from './output.js';

/** Default file name, in the working directory. */
export const SUPPRESSIONS_FILE = 'report-lint-suppressions.json';

export type Suppressions = Record<string, Record<string, { count: number }>>;

/** A suppressions file that cannot be used; `detail` says why. */
export class SuppressionsError extends Error {
  override name = 'SuppressionsError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the file; an absent file is empty. Throws SuppressionsError for bad JSON or a wrong shape. */
export async function loadSuppressions(absPath: string): Promise<Suppressions> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new SuppressionsError((error as Error).message);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SuppressionsError((error as Error).message);
  }
  if (!isObject(value)) throw new SuppressionsError('{ "<path>": { "<rule-id>": { "count": N } } }');
  for (const [file, rules] of Object.entries(value)) {
    if (!isObject(rules)) throw new SuppressionsError(JSON.stringify(file));
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isObject(entry) ? entry.count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        throw new SuppressionsError(`${JSON.stringify(file)} → ${JSON.stringify(rule)}`);
      }
    }
  }
  return value as Suppressions;
}

/** Writes the file with sorted keys, 2-space indent and a final newline. */
export async function saveSuppressions(absPath: string, suppressions: Suppressions): Promise<void> {
  const sorted: Suppressions = {};
  for (const file of Object.keys(suppressions).sort()) {
    const rules = suppressions[file]!;
    const ids = Object.keys(rules).filter((id) => rules[id]!.count > 0).sort();
    if (ids.length > 0) sorted[file] = Object.fromEntries(ids.map((id) => [id, { count: rules[id]!.count }]));
  }
  await makeParentDirs(absPath);
  await writeAtomicText(absPath, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The key of a result: its path relative to cwd with "/" (absolute when outside cwd). */
export function suppressionKey(filePath: string, cwd: string): string {
  const abs = resolve(cwd, filePath);
  const rel = relative(cwd, abs);
  const outside = rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`);
  return (outside ? abs : rel).split(sep).join('/');
}

/** Error counts per rule of one result. */
function errorCounts(result: LintResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of result.messages) {
    if (m.severity === 2 && m.ruleId !== null) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  }
  return counts;
}

/**
 * `--suppress-all` / `--suppress-rule`: the file's entries for the linted
 * files replaced by their current error counts (only the given rules when
 * `only` is set; other rules' entries stay).
 */
export function recordSuppressions(current: Suppressions, results: LintResult[], cwd: string, only?: string[]): Suppressions {
  const next: Suppressions = structuredClone(current);
  for (const result of results) {
    const key = suppressionKey(result.filePath, cwd);
    const entry: Record<string, { count: number }> = only ? { ...(next[key] ?? {}) } : {};
    for (const id of only ?? []) delete entry[id];
    for (const [id, count] of errorCounts(result)) {
      if (!only || only.includes(id)) entry[id] = { count };
    }
    next[key] = entry;
  }
  return next;
}

/**
 * `--prune-suppressions`: counts lowered to the current errors of the linted
 * files (never raised), and entries of files that no longer exist dropped.
 */
export function pruneSuppressions(current: Suppressions, results: LintResult[], cwd: string): Suppressions {
  const next: Suppressions = structuredClone(current);
  for (const result of results) {
    const key = suppressionKey(result.filePath, cwd);
    const entry = next[key];
    if (!entry) continue;
    const counts = errorCounts(result);
    for (const [id, { count }] of Object.entries(entry)) entry[id] = { count: Math.min(count, counts.get(id) ?? 0) };
  }
  for (const key of Object.keys(next)) {
    if (!existsSync(resolve(cwd, key))) delete next[key];
  }
  return next;
}

export interface Suppressed {
  /** The results without the suppressed errors (counts recomputed). */
  results: LintResult[];
  /** Entries that counted more errors than the file has now: "path rule-id" with the counts. */
  stale: { file: string; ruleId: string; suppressed: number; found: number }[];
}

/** Hides up to `count` errors of each rule in each file, first ones first, and lists stale entries. */
export function applySuppressions(results: LintResult[], suppressions: Suppressions, cwd: string): Suppressed {
  const stale: Suppressed['stale'] = [];
  const out = results.map((result) => {
    const key = suppressionKey(result.filePath, cwd);
    const entry = suppressions[key];
    if (!entry) return result;
    const left = new Map(Object.entries(entry).map(([id, { count }]) => [id, count]));
    const messages = result.messages.filter((m) => {
      if (m.severity !== 2 || m.ruleId === null) return true;
      const n = left.get(m.ruleId) ?? 0;
      if (n === 0) return true;
      left.set(m.ruleId, n - 1);
      return false;
    });
    for (const [id, n] of left) {
      if (n > 0) stale.push({ file: key, ruleId: id, suppressed: entry[id]!.count, found: entry[id]!.count - n });
    }
    return messages.length === result.messages.length ? result : summarise({ ...result, messages });
  });
  return { results: out, stale };
}

export type SuppressOutcome =
  | { ok: true; results: LintResult[]; stale: Suppressed['stale']; location: string }
  | { ok: false; message: string };

/**
 * The suppressions step of a run: loads the file (when there is one),
 * records (--suppress-all, --suppress-rule) or prunes (--prune-suppressions)
 * and saves it, then hides the suppressed errors. Without a file and without
 * those options the results pass unchanged.
 */
export async function suppress(
  results: LintResult[],
  options: { suppressAll: boolean; suppressRules: string[]; pruneSuppressions: boolean; suppressionsLocation?: string },
  cwd: string,
  t: { suppressionsInvalid(path: string, detail: string): string; suppressionsWriteFailed(path: string, reason: string): string; osReason(code: string | undefined, fallback: string): string },
): Promise<SuppressOutcome> {
  const location = options.suppressionsLocation ?? SUPPRESSIONS_FILE;
  const absPath = resolve(cwd, location);
  let suppressions: Suppressions;
  try {
    suppressions = await loadSuppressions(absPath);
  } catch (error) {
    return { ok: false, message: t.suppressionsInvalid(location, (error as Error).message) };
  }
  const recording = options.suppressAll || options.suppressRules.length > 0;
  if (recording || options.pruneSuppressions) {
    suppressions = recording
      ? recordSuppressions(suppressions, results, cwd, options.suppressAll ? undefined : options.suppressRules)
      : pruneSuppressions(suppressions, results, cwd);
    try {
      await saveSuppressions(absPath, suppressions);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      return { ok: false, message: t.suppressionsWriteFailed(location, t.osReason(e.code, e.message)) };
    }
  }
  if (Object.keys(suppressions).length === 0) return { ok: true, results, stale: [], location };
  return { ok: true, ...applySuppressions(results, suppressions, cwd), location };
}
