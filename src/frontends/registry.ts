/**
 * The front end of each input format: the file names it reads, how it turns
 * decoded text into the layout-neutral units the AST builder reads, which
 * parser packages it needs (loaded lazily, see lazy.ts), and — for formats
 * where line and column of the decoded text are not how a person finds a
 * place (a Word document is read as the HTML made of it) — `locate`, the
 * place of an offset in words a person can follow (第N段, 第N页, 表T第R行第C列).
 * A new format is one entry here.
 */
import type { InputFormat } from '../ast/types.js';
import type { DocLocation } from '../results.js';
import { docxLocator } from './docx.js';
import { pdfLocator } from './pdf/pages.js';
import { htmlUnits } from './html.js';
import { loadParser } from './lazy.js';
import { markdownUnits } from './markdown.js';
import { textUnits } from './text.js';
import type { FrontEndUnit } from './units.js';

/** The place of an offset of the decoded text; undefined where the format names none. */
export type Locate = (offset: number) => DocLocation | undefined;

export interface FrontEnd {
  /** File name extensions, lower case, without the dot. */
  extensions: readonly string[];
  units(text: string): FrontEndUnit[];
  /** The parser packages it needs (see lazy.ts); none for plain text. */
  parser?: 'md' | 'html';
  /** Builds `locate` for one decoded text (called only when there is a finding to place). */
  locator?(text: string): Locate;
}

export const FRONT_ENDS: Record<InputFormat, FrontEnd> = {
  txt: { extensions: ['txt'], units: textUnits },
  md: { extensions: ['md', 'markdown'], units: markdownUnits, parser: 'md' },
  html: { extensions: ['html', 'htm', 'shtml'], units: htmlUnits, parser: 'html' },
  // The text of a .docx is the HTML mammoth made of it (docx.ts).
  docx: { extensions: ['docx'], units: htmlUnits, parser: 'html', locator: docxLocator },
  // The text of a PDF is the text frontends/pdf/extract.ts makes of it: lines, `|` table rows, form feeds between pages.
  pdf: { extensions: ['pdf'], units: textUnits, locator: pdfLocator },
};

/** The input format implied by a file name (plain text for any other name). */
export function formatOf(filePath: string): InputFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(filePath)?.[1]?.toLowerCase();
  if (ext === undefined) return 'txt';
  for (const [format, frontEnd] of Object.entries(FRONT_ENDS)) if (frontEnd.extensions.includes(ext)) return format as InputFormat;
  return 'txt';
}

/** Loads the parser packages a format needs (nothing for plain text); safe to call repeatedly. */
export async function loadFrontEnd(format: InputFormat): Promise<void> {
  const parser = FRONT_ENDS[format].parser;
  if (parser) await loadParser(parser);
}
