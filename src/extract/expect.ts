/**
 * `--expect units.txt`: the agencies a supervising office expects a report
 * from, one a line, and which of them have no report for the year. Names are
 * compared as table labels are (width, spaces, punctuation, script folded),
 * and a trailing 人民政府 is not needed on either side ("海林市" is "海林市人民政府").
 * Pure — no Node APIs.
 */
import { normalizeLabel } from '../text/normalize.js';
import type { ExtractRecord } from './record.js';

/** The agency names of a units file: one a line, blank lines and lines starting with # skipped, duplicates once. */
export function parseUnits(text: string): string[] {
  const names = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(agencyKey(name)) && seen.add(agencyKey(name)));
}

/** The form an agency name is compared in. */
export function agencyKey(name: string): string {
  return normalizeLabel(name).replace(/(?:人民)?政府$/, '');
}

/** The year the run is about: the given one, else the latest year of the reports; null without any. */
export function runYear(records: readonly ExtractRecord[], year?: number): number | null {
  if (year !== undefined) return year;
  const years = records.filter((r) => r.kind !== 'not-report' && r.year !== null).map((r) => r.year!);
  return years.length ? Math.max(...years) : null;
}

/** The expected agencies without a report of that year, in the order of the units file. */
export function missingReports(units: readonly string[], records: readonly ExtractRecord[], year: number | null): { agency: string; year: number | null }[] {
  const present = new Set(records.filter((r) => r.kind !== 'not-report' && r.agency !== null && (year === null || r.year === year)).map((r) => agencyKey(r.agency!)));
  return units.filter((unit) => !present.has(agencyKey(unit))).map((agency) => ({ agency, year }));
}
