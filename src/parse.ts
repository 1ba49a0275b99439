import type { InputFormat, Root } from './ast/types.js';
import { SourceText } from './ast/source.js';
import { buildReport } from './frontends/build/index.js';
import { textUnits } from './frontends/text.js';
import { markdownUnits } from './frontends/markdown.js';
import { htmlUnits } from './frontends/html.js';
import type { Unit } from './frontends/units.js';

export interface ParsedReport {
  root: Root;
  source: SourceText;
}

/** The input format implied by a file name. */
export function formatOf(filePath: string): InputFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(filePath)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml') return 'html';
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf'; // read as the text frontends/pdf/extract.ts makes of it
  return 'txt';
}

function unitsOf(text: string, format: InputFormat): Unit[] {
  switch (format) {
    case 'md':
      return markdownUnits(text);
    case 'html':
    case 'docx': // the text of a .docx is the HTML mammoth made of it (frontends/docx.ts)
      return htmlUnits(text);
    default:
      return textUnits(text);
  }
}

/** Parses decoded report text into the report AST. */
export function parseReport(text: string, format: InputFormat = 'txt'): ParsedReport {
  const source = new SourceText(text);
  const root = buildReport(unitsOf(text, format), source, format);
  return { root, source };
}
