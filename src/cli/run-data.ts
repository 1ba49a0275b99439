/**
 * `--data-file` of a lint run: the extract records of the run's reports,
 * written as CSV, XLSX (with the run's findings) or JSON, and where they went,
 * relative to the page that will link to them (the --output-file's
 * directory, else the working directory).
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { analyse } from '../analyse.js';
import { wantsKeys } from '../extract/csv.js';
import { compareRecords, extractRecord, type ExtractRecord } from '../extract/record.js';
import type { FormatterContext, LintResult } from '../results.js';
import type { CliOptions } from './args.js';
import { dataFormatOf, renderData, writeDataFile } from './data-files.js';
import { writeFailure } from './dirs.js';
import type { Prepared } from './inputs.js';
import type { CliMessages } from './messages.js';

export interface RunData {
  outputs: NonNullable<FormatterContext['outputs']>;
  problems: string[];
}

/** Writes every --data-file; a file that cannot be written is a problem (and gets no link). */
export async function writeRunData(inputs: Prepared[], results: LintResult[], options: CliOptions, cwd: string, t: CliMessages): Promise<RunData> {
  const records: ExtractRecord[] = [];
  for (const input of inputs) {
    try {
      records.push(extractRecord(input.filePath, analyse(input)));
    } catch {
      // A report that cannot be parsed has no data (its crash is already reported).
    }
  }
  records.sort(compareRecords);
  const keys = wantsKeys(options.locale, options.keys);
  const base = options.outputFile === undefined ? cwd : dirname(resolve(cwd, options.outputFile));
  const outputs: RunData['outputs'] = {};
  const problems: string[] = [];
  for (const path of options.dataFiles) {
    const format = dataFormatOf(path)!;
    try {
      const content = await renderData(format, records, { keys, locale: options.locale, ...(format === 'xlsx' ? { results } : {}) });
      const abs = resolve(cwd, path);
      await writeDataFile(abs, content);
      if (format !== 'json') outputs[format] = relative(base, abs).split(sep).join('/');
    } catch (error) {
      problems.push(t.outputFailed(path, writeFailure(error, t)));
    }
  }
  return { outputs, problems };
}
