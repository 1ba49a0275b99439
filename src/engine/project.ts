import type { ProjectReport } from './types.js';

/**
 * For each report, the other reports of the same run that the cross-year
 * rules may compare it with: same agency, other years.
 */
export function groupProject(reports: ProjectReport[]): ProjectReport[][] {
  const key = (r: ProjectReport) => r.root.data.agency?.value?.replace(/\s+/g, '');
  return reports.map((report) => {
    const k = key(report);
    if (!k) return [];
    return reports.filter((other) => other !== report && key(other) === k);
  });
}
