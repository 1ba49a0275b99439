/**
 * Pairing the reports of one run: the same agency's report of the year before
 * (for the cross-year rules), by the agency and year the model read.
 */
import type { ProjectReport } from '../engine/types.js';

/** The agency of a report, normalised for grouping (spaces removed); undefined when unknown. */
export function agencyKey(report: ProjectReport): string | undefined {
  const agency = report.root.data.agency?.value?.replace(/\s+/g, '');
  return agency || undefined;
}

/** The report year, unless it was only guessed from the body. */
export function reportYear(report: ProjectReport): number | undefined {
  const year = report.root.data.year;
  return year && year.source !== 'body' ? year.value : undefined;
}

/**
 * Last year's report of the same agency among the reports of the run, when
 * there is exactly one (two candidates leave the pairing unclear).
 */
export function previousReport(report: ProjectReport, project: readonly ProjectReport[]): ProjectReport | undefined {
  const agency = agencyKey(report);
  const year = reportYear(report);
  if (!agency || year === undefined) return undefined;
  const found = byAgencyYear(project).get(`${agency}\u0000${year - 1}`)?.filter((other) => other !== report) ?? [];
  return found.length === 1 ? found[0] : undefined;
}

const indexCache = new WeakMap<readonly ProjectReport[], Map<string, ProjectReport[]>>();

/** The reports of a run by agency and year (built once per run, so pairing all reports stays linear). */
function byAgencyYear(project: readonly ProjectReport[]): Map<string, ProjectReport[]> {
  let index = indexCache.get(project);
  if (!index) {
    index = new Map();
    for (const other of project) {
      const agency = agencyKey(other);
      const year = reportYear(other);
      if (!agency || year === undefined) continue;
      const key = `${agency}\u0000${year}`;
      const list = index.get(key);
      if (list) list.push(other);
      else index.set(key, [other]);
    }
    indexCache.set(project, index);
  }
  return index;
}
