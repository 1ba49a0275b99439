import type { InputFormat, Root } from './ast/types.js';
import { SourceText } from './ast/source.js';
import { buildReport } from './frontends/ast-builder/index.js';
import { FRONT_ENDS, formatOf } from './frontends/registry.js';

export { formatOf };

export interface ParsedReport {
  root: Root;
  source: SourceText;
}

/** Parses decoded report text into the report AST. */
export function parseReport(text: string, format: InputFormat = 'txt'): ParsedReport {
  const source = new SourceText(text);
  const root = buildReport(FRONT_ENDS[format].units(text), source, format);
  return { root, source };
}
