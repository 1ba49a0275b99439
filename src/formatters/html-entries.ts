/**
 * The reports of a summary page: one entry per report, however many formats
 * it was found in (the same report as .txt, .docx and .pdf in one folder is
 * one entry, shown through its most reliable reading), files that are not
 * reports set apart, and each agency's history across years.
 */
import { basename, dirname, extname } from 'node:path/posix';
import { analyse, reportMeta } from '../analyse.js';
import type { FormatterContext, LintResult, ReportMeta } from '../results.js';
import { anchorOf } from './html-parts.js';
import { relativeToCwd } from './shared.js';

/** One file as the page shows it. */
export interface FileEntry {
  result: LintResult;
  /** The path shown: relative to the working directory when inside it. */
  path: string;
  anchor: string;
  meta: ReportMeta | undefined;
  lines: string[] | undefined;
  /** Index of the most serious finding (the first of the highest severity), -1 without findings. */
  worst: number;
}

/** One report: the file whose findings are shown, and the same report in other formats. */
export interface Entry extends FileEntry {
  versions: FileEntry[];
}

/** Errors first, then warnings, then info. */
export const RANK: Record<number, number> = { 2: 0, 1: 1, 3: 2 };

/** Which reading of a report is shown when it comes in several formats: the structured ones first. */
const FORMAT_PREFERENCE = ['.docx', '.html', '.htm', '.shtml', '.md', '.markdown', '.txt', '.pdf'];

/** The report data of a result; parsed from its source when the result lacks it (e.g. from the cache). */
function metaOf(result: LintResult): ReportMeta | undefined {
  if (result.report) return result.report;
  if (result.source === undefined) return undefined;
  try {
    return reportMeta(analyse({ filePath: result.filePath, text: result.source }));
  } catch {
    return undefined;
  }
}

export function fileEntry(result: LintResult, ctx: FormatterContext): FileEntry {
  const path = (relativeToCwd(result.filePath, ctx.cwd) ?? result.filePath).replace(/\\/g, '/');
  let worst = -1;
  result.messages.forEach((m, i) => {
    if (worst < 0 || RANK[m.severity]! < RANK[result.messages[worst]!.severity]!) worst = i;
  });
  return { result, path, anchor: anchorOf(path), meta: metaOf(result), lines: result.source?.split(/\r\n|\r|\n/), worst };
}

/** The key two formats of one report share: the same folder and file name, whatever the extension. */
function stemKey(e: FileEntry): string {
  const ext = extname(e.path);
  return `${dirname(e.path)}/${basename(e.path, ext)}`.toLowerCase();
}

/** The key of what a report says about itself, when it says enough to tell it apart. */
function metaKey(e: FileEntry): string | undefined {
  const m = e.meta;
  return m?.agency && m.year && m.title ? `${m.agency}\u0000${m.year}\u0000${m.title.replace(/\s+/g, '')}` : undefined;
}

const preference = (e: FileEntry) => {
  const i = FORMAT_PREFERENCE.indexOf(extname(e.path).toLowerCase());
  return i < 0 ? FORMAT_PREFERENCE.length : i;
};

/**
 * The reports and the files that are not reports. Files of one report — the
 * same folder and name, or the same agency, year and title — make one entry,
 * shown through the version read most reliably (Word, HTML, Markdown, text,
 * then PDF).
 */
export function groupEntries(results: LintResult[], ctx: FormatterContext): { entries: Entry[]; others: FileEntry[] } {
  const files = results.map((r) => fileEntry(r, ctx));
  const others = files.filter((f) => f.meta?.kind === 'not-report');
  const reports = files.filter((f) => f.meta?.kind !== 'not-report');
  // Union of files that share a stem or a metadata key.
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const seen = new Map<string, number>();
  reports.forEach((f, i) => {
    for (const key of [`s:${stemKey(f)}`, metaKey(f) && `m:${metaKey(f)}`]) {
      if (!key) continue;
      const j = seen.get(key);
      if (j === undefined) seen.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, FileEntry[]>();
  reports.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  const entries = [...groups.values()].map((group) => {
    const [shown, ...rest] = [...group].sort((a, b) => preference(a) - preference(b) || (a.path < b.path ? -1 : 1));
    return { ...shown!, versions: rest };
  });
  return { entries: entries.sort(byAgencyYear), others };
}

let collator: Intl.Collator | undefined;

/** Agency (Chinese collation), then year, then path; missing agency or year last — one agency's years together. */
export function byAgencyYear(a: FileEntry, b: FileEntry): number {
  const zh = (collator ??= new Intl.Collator('zh-Hans-CN'));
  const agencyA = a.meta?.agency ?? null;
  const agencyB = b.meta?.agency ?? null;
  const yearA = a.meta?.year ?? null;
  const yearB = b.meta?.year ?? null;
  const agency = agencyA === agencyB ? 0 : agencyA === null ? 1 : agencyB === null ? -1 : zh.compare(agencyA, agencyB);
  const year = yearA === yearB ? 0 : yearA === null ? 1 : yearB === null ? -1 : yearA - yearB;
  return agency || year || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** One agency's reports of several years, oldest first (the entries are already in that order). */
export interface History {
  agency: string;
  years: Entry[];
}

/** The agencies with reports of at least two different years. */
export function histories(entries: Entry[]): History[] {
  const byAgency = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!e.meta?.agency || !e.meta.year) continue;
    byAgency.set(e.meta.agency, [...(byAgency.get(e.meta.agency) ?? []), e]);
  }
  return [...byAgency.entries()]
    .filter(([, list]) => new Set(list.map((e) => e.meta!.year)).size > 1)
    .map(([agency, years]) => ({ agency, years }));
}

/** The rule ids that fired in a report, with how often, most first. */
export function rulesFired(result: LintResult): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of result.messages) if (m.ruleId) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
