/**
 * Everything a rule needs, in one import: declaring a rule and its messages,
 * the report AST and how to walk it, the model (the standard tables by row
 * and column, sections, the agency, the report of the year before), and the
 * readers of report prose that several rules share. Rules import only this
 * module (and helpers of their own beside them, in rules/<id>/); see
 * docs/contributing.md.
 */

// Declaring a rule; its messages in Chinese and English.
export { defineProjectRule, defineRule } from './engine/define.js';
export { join, t } from './i18n.js';
export type { Args, Locale, Text } from './i18n.js';
export type {
  Fix, MessageRef, Place, ProjectContext, ProjectEntry, ProjectReport, ProjectRule, RelatedPlace, ReportDescriptor, Rule, RuleContext, RuleMeta,
  Severity, SummaryContext,
} from './engine/types.js';

// The report AST.
export type { Block, Cell, Heading, Paragraph, Position, Root, Row, Section, Table, TextBearing, YMD } from './ast/types.js';
export { paragraphs, sections, tables, textNodes } from './ast/walk.js';
export { sourceOffset } from './ast/source.js';

// The model: standard tables, cells by name and their certain numbers, their labels, the agency, the report of the year before.
export type {
  ActiveColumn, ActiveItem, ActiveTable, ApplicationColumn, ApplicationRow, ApplicationsTable, CellRef, LegacyColumn, LegacyRow, LegacyTable,
  ReportModel, ReviewColumn, ReviewGroupKey, ReviewTable,
} from './model/types.js';
export { APPLICATION_COLUMNS, OUTCOME_ROWS_2021, REVIEW_COLUMNS } from './model/types.js';
export { cellOf, certainNumber, readNumber } from './model/access.js';
export { COLUMN_NAMES, REVIEW_COLUMN_LABELS, REVIEW_GROUP_NAMES, rowName, rowWords } from './model/labels.js';
export { STANDARD_SECTIONS } from './model/vocabulary.js';
export { classifyTable } from './model/index.js';
export { rowPlace, TABLE_NAMES, tableKind, type TableKind } from './model/places.js';
export { legacyGroups } from './model/legacy-groups.js';
export { agencyOf, type Agency } from './model/agency.js';
export { previousReport } from './model/pairing.js';

// The arithmetic of the standard tables: identities, broken ones grouped into mistakes, and their explanations.
export {
  anchorOf, arithmeticMessages, arithmeticOf, candidatesOf, foldedFinding, movedText, tablesOf,
} from './arithmetic/index.js';
export type {
  Arithmetic, ArithmeticMessageId, Explanation, Identity, LegacyIdentity, Mistake, TableArithmetic,
} from './arithmetic/index.js';

// Text: matching, numbers, script.
export { matchText, normalizeLabel, toSimplified } from './text/normalize.js';
export { matchTextOf } from './text/node-text.js';
export { chineseNumeral, readCell, toChineseNumeral } from './text/numbers.js';
export { daysIn, findDateIssues, repairDates, type DateIssue } from './text/dates.js';
export { classify, hasTraditional, runsOf, toTraditional } from './text/dictionaries/script.js';
export { phrasesOf, type Phrase } from './text/dictionaries/phrases.js';

// Report prose: where it is, its sentences, amounts, enumerations, self-references and claims about the tables.
export { inBody, reportBody, type BodyLeaf } from './text/body.js';
export { gluedSummary, summaryBefore } from './text/page-summary.js';
export {
  agencyLevel, amountAt, amounts, bookTitleSpans, bracketSpans, formatPercent, inSpans, percentAgrees, proseNodes, proseNodesIn,
  selfReferences, sentenceSpans,
} from './text/prose.js';
export type { Amount, Level, ProseNode, SelfReference, Span } from './text/prose.js';
export { enumerations, spanLookup, type Enumeration } from './text/enumerations.js';
export { prefixLength } from './text/sorted.js';
export { factClaims, mentionsFees, noFeeStatements, statusClaims } from './text/claims.js';
export type { FactClaim, FactKey, StatusClaim } from './text/claims.js';
