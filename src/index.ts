export type * from './ast/types.js';
export type * from './results.js';
export type * from './engine/types.js';
export type * from './model/types.js';
export { SourceText, sourceOffset, sourceRange } from './ast/source.js';
export { parseReport, formatOf } from './parse.js';
/**
 * Optional packages loaded on first use through Node's require; where there is none (a browser bundle), await
 * these first: loadFrontEnd(format) before parsing markdown/HTML/Word, loadScriptDictionaries() for mixed-script.
 */
export { loadFrontEnd } from './frontends/lazy.js';
export { loadScriptDictionaries } from './text/dictionaries/script.js';
export { buildModel } from './model/index.js';
export { analyse, lintReports, lintText, summarise, toResult, type LintInput, type LintOptions } from './lint.js';
export { resolveRules, parseSeverity, parseRuleSetting, ConfigError } from './engine/config.js';
export { ruleUrl } from './engine/docs.js';
export { rules } from '../rules/index.js';
