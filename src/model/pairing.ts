/**
 * Pairing the reports of one run: the same agency's report of the year before
 * (for the cross-year rules), by the agency and year the model read.
 */
import type { Root } from '../ast/types.js';

/** What pairing needs of a report. */
export interface Pairable {
  /** The agency, spaces removed; undefined when unknown. */
  readonly agency?: string;
  /** The report year, unless it was only guessed from the body. */
  readonly year?: number;
}

/** The agency of a report, normalised for grouping (spaces removed); undefined when unknown. */
export function agencyKey(root: Root): string | undefined {
  const agency = root.data.agency?.value?.replace(/\s+/g, '');
  return agency || undefined;
}

/** The report year, unless it was only guessed from the body. */
export function reportYear(root: Root): number | undefined {
  const year = root.data.year;
  return year && year.source !== 'body' ? year.value : undefined;
}

/**
 * Last year's report of the same agency among the reports of the run, when
 * there is exactly one (two candidates leave the pairing unclear).
 */
export function previousReport<T extends Pairable>(report: T, project: readonly T[]): T | undefined {
  const { agency, year } = report;
  if (!agency || year === undefined) return undefined;
  const found = byAgencyYear(project).get(`${agency}\u0000${year - 1}`)?.filter((other) => other !== report) ?? [];
  return found.length === 1 ? found[0] : undefined;
}

const indexCache = new WeakMap<readonly Pairable[], Map<string, Pairable[]>>();

/** The reports of a run by agency and year (built once per run, so pairing all reports stays linear). */
function byAgencyYear<T extends Pairable>(project: readonly T[]): Map<string, T[]> {
  let index = indexCache.get(project) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const other of project) {
      if (!other.agency || other.year === undefined) continue;
      const key = `${other.agency}\u0000${other.year}`;
      const list = index.get(key);
      if (list) list.push(other);
      else index.set(key, [other]);
    }
    indexCache.set(project, index);
  }
  return index;
}
