/**
 * The shared analysis every rule reads: a report parsed by its front end into
 * the report AST, and the model built on it.
 */
import type { InputFormat } from './ast/types.js';
import { parseReport, formatOf } from './parse.js';
import { buildModel } from './model/index.js';
import type { ProjectReport } from './engine/types.js';
import type { ReportMeta } from './results.js';
import { maskDirectives } from './engine/directives.js';
import { markUncertain, type UncertainSpan } from './frontends/pdf/uncertain.js';

export interface LintInput {
  /** The path as given by the user; also picks the front end by extension. */
  filePath: string;
  /** Decoded text. */
  text: string;
  format?: InputFormat;
  /** Stretches of `text` its reader had to guess about (PDF tables): cells there are parse-uncertain. */
  uncertain?: UncertainSpan[];
}

/** Parses a report and builds its model. */
export function analyse(input: LintInput): ProjectReport {
  const format = input.format ?? formatOf(input.filePath);
  // Plain text has no comments: directive comments are blanked out (same offsets) before parsing.
  const { root, source } = parseReport(format === 'txt' ? maskDirectives(input.text) : input.text, format);
  if (input.uncertain?.length) markUncertain(root, input.uncertain);
  return { filePath: input.filePath, root, source, model: buildModel(root, input.text) };
}

/** The title, agency, year and template the parser read from a report. */
export function reportMeta(report: ProjectReport): ReportMeta {
  const info = report.root.data;
  return {
    title: info.title?.value.trim() ?? null,
    agency: info.agency?.value.trim() ?? null,
    year: info.year?.value ?? null,
    template: info.generation,
    kind: report.model.kind,
  };
}
