import type { ProjectReport } from './types.js';

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
  const found = project.filter((other) => other !== report && agencyKey(other) === agency && reportYear(other) === year - 1);
  return found.length === 1 ? found[0] : undefined;
}
