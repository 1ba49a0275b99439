/**
 * The output formats by name. Text formats end with a newline and print
 * nothing when there are no problems; `json` and `sarif` return bare JSON;
 * `html` is always a whole page (the summary for many reports).
 */
import type { Formatter } from '../results.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unix } from './unix.js';

export { compact, github, html, json, sarif, stylish, unix };
export { createStylish, type CodeFrames, type StylishOptions } from './stylish.js';

/** Every built-in formatter; `stylish` is the default. */
export const formatters: Record<string, Formatter> = { stylish, unix, compact, json, sarif, github, html };

/** The formatter of that name, or undefined for an unknown name. */
export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}
