export type * from './ast/types.js';
export type * from './results.js';
export type * from './engine/types.js';
export type * from './model/types.js';
export { SourceText, sourceOffset, sourceRange } from './ast/source.js';
export { parseReport, formatOf } from './parse.js';
/** Loads the markdown/HTML parser packages before parseReport needs them (required where there is no Node require). */
export { loadFrontEnd } from './frontends/registry.js';
/** Converts the bytes of a .docx to the HTML the linter reads as the text of a Word file (format 'docx'). */
export { docxToHtml } from './frontends/docx.js';
export { buildModel } from './model/index.js';
export { analyse, lintReports, lintText, startRun, summarise, type LintInput, type LintOptions, type LintRun, type RunSetup } from './lint.js';
export { resolveRules, parseSeverity, parseRuleSetting, ConfigError } from './engine/config.js';
export { ruleUrl } from './engine/docs.js';
export { rules } from '../rules/index.js';
