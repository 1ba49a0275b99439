/**
 * Writing extracted data — JSON, CSV or an Excel workbook — for the extract
 * subcommand and for `--data-file` of a lint run (which also gives the
 * workbook its findings sheet and the summary page its links).
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Locale } from '../i18n.js';
import { toCsv } from '../extract/csv.js';
import type { ExtractRecord } from '../extract/record.js';
import type { LintResult } from '../results.js';
import { makeParentDirs } from './dirs.js';

export const DATA_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** The data format a file name asks for by its extension, or undefined. */
export function dataFormatOf(path: string): DataFormat | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  return (DATA_FORMATS as readonly string[]).includes(ext) ? (ext as DataFormat) : undefined;
}

export interface DataOptions {
  keys: boolean;
  locale: Locale;
  /** The findings of the same reports (the workbook's 问题 sheet). */
  results?: readonly LintResult[];
  /** Expected agencies without a report (the workbook's 未见报告 sheet). */
  missing?: readonly { agency: string; year: number | null }[];
}

/** The data in a format: text for JSON and CSV, bytes for a workbook. */
export async function renderData(format: DataFormat, records: readonly ExtractRecord[], options: DataOptions): Promise<string | Uint8Array> {
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  if (format === 'csv') return toCsv(records, { keys: options.keys });
  const { toXlsx } = await import('../extract/xlsx.js');
  return toXlsx({
    records,
    keys: options.keys,
    locale: options.locale,
    ...(options.results ? { results: options.results } : {}),
    ...(options.missing ? { missing: options.missing } : {}),
  });
}

/** Writes a data file, making its directories first. */
export async function writeDataFile(absPath: string, content: string | Uint8Array): Promise<void> {
  await makeParentDirs(absPath);
  await writeFile(absPath, content);
}
