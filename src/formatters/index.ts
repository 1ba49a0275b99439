/**
 * The output formats by name. Text formats end with a newline and print
 * nothing when there are no problems; `json` and `sarif` return bare JSON;
 * `html` is always a whole page (the summary for many reports).
 */
import type { Formatter } from '../results.js';
import { compact, compactParts } from './compact.js';
import { github, githubParts } from './github.js';
import { html } from './html.js';
import { json, jsonParts } from './json.js';
import type { FormatterParts } from './parts.js';
import { sarif } from './sarif.js';
import { stylish, stylishParts } from './stylish.js';
import { unix, unixParts } from './unix.js';

export { compact, github, html, json, sarif, stylish, unix };
export { createStylish, stylishParts, type CodeFrames, type StylishOptions } from './stylish.js';
export { fromParts, type FormatterParts } from './parts.js';

/** Every built-in formatter; `stylish` is the default. */
export const formatters: Record<string, Formatter> = { stylish, unix, compact, json, sarif, github, html };

/** The formats that can be written one result at a time (see parts.ts), by name. */
export const formatterParts: Record<string, FormatterParts> = {
  stylish: stylishParts(),
  unix: unixParts,
  compact: compactParts,
  json: jsonParts,
  github: githubParts,
};

/** Whether a format reads the results' source text (for code frames); the CLI reads it back for those only. */
export function readsSource(name: string): boolean {
  return !['json', 'sarif', 'unix', 'compact', 'github'].includes(name);
}

/** The formatter of that name, or undefined for an unknown name. */
export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}
