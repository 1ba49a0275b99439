/**
 * SARIF 2.1.0 for code scanning and other SARIF viewers: one run whose driver
 * lists every rule in the context, one artifact per input file, one result per
 * rule message. Messages of the tool itself (no rule id) become tool execution
 * notifications, and an error among them marks the invocation unsuccessful.
 * Files under the working directory get relative URIs against the SRCROOT
 * base; others get absolute file: URIs. Columns count UTF-16 code units.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Formatter, FormatterContext, LintMessage, RelatedLocation, SeverityNumber } from '../results.js';
import { absolutePath, relativeToCwd } from './shared.js';
import { messageText } from './location.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/report-lint/report-lint';

type Level = 'error' | 'warning' | 'note';

function level(severity: SeverityNumber | 'error' | 'warning' | 'info'): Level {
  if (severity === 2 || severity === 'error') return 'error';
  if (severity === 1 || severity === 'warning') return 'warning';
  return 'note';
}

function isAbsoluteUrl(url: string): boolean {
  return URL.canParse(url) && /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** The URI of a file: relative (percent-encoded segments) under the working directory, else file:. */
function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  const rel = relativeToCwd(filePath, cwd);
  if (rel !== undefined) return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  return { uri: pathToFileURL(absolutePath(filePath, cwd)).href };
}

/** A SARIF region; undefined when the message has no place in the text (line 0). */
function region(p: { line: number; column: number; endLine: number; endColumn: number }): Sarif.Region | undefined {
  if (!(p.line >= 1)) return undefined;
  const startColumn = Math.max(1, p.column);
  const endLine = Math.max(p.line, p.endLine);
  const endColumn = endLine === p.line ? Math.max(startColumn, p.endColumn) : Math.max(1, p.endColumn);
  return { startLine: p.line, startColumn, endLine, endColumn };
}

function descriptors(ctx: FormatterContext): Sarif.ReportingDescriptor[] {
  return Object.values(ctx.rules).map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title || rule.id },
    ...(rule.description ? { fullDescription: { text: rule.description } } : {}),
    ...(isAbsoluteUrl(rule.url) ? { helpUri: rule.url } : {}),
    defaultConfiguration: { level: level(rule.severity) },
    properties: { fixable: rule.fixable },
  }));
}

export const sarif: Formatter = (results, ctx) => {
  const rules = descriptors(ctx);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts: Sarif.Artifact[] = [];
  const artifactIndex = new Map<string, number>();

  /** The artifact location of a file with its index, adding the artifact on first sight. */
  const artifact = (filePath: string): Sarif.ArtifactLocation => {
    const location = artifactLocation(filePath, ctx.cwd);
    let index = artifactIndex.get(location.uri!);
    if (index === undefined) {
      index = artifacts.push({ location }) - 1;
      artifactIndex.set(location.uri!, index);
    }
    return { ...location, index };
  };

  const physical = (filePath: string, place: LintMessage | RelatedLocation): Sarif.PhysicalLocation => {
    const r = region(place);
    return { artifactLocation: artifact(filePath), ...(r ? { region: r } : {}) };
  };

  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const result of results) {
    artifact(result.filePath);
    for (const m of result.messages) {
      const location: Sarif.Location = { physicalLocation: physical(result.filePath, m) };
      if (m.ruleId === null) {
        notifications.push({ level: level(m.severity), message: { text: messageText(m, ctx.locale) }, locations: [location] });
        continue;
      }
      let index = ruleIndex.get(m.ruleId);
      if (index === undefined) {
        index = rules.push({ id: m.ruleId }) - 1;
        ruleIndex.set(m.ruleId, index);
      }
      const related = (m.related ?? []).map((rel, id) => ({
        id,
        physicalLocation: physical(rel.filePath ?? result.filePath, rel),
        ...(rel.message ? { message: { text: rel.message } } : {}),
      }));
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: index,
        level: level(m.severity),
        message: { text: messageText(m, ctx.locale) },
        locations: [location],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        ...(m.location ? { properties: { docLocation: m.location } } : {}),
      });
    }
  }

  const failed = results.some((r) => r.messages.some((m) => m.ruleId === null && (m.severity === 2 || m.fatal)));
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'report-lint', version: ctx.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(absolutePath('.', ctx.cwd)).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
        invocations: [
          {
            executionSuccessful: !failed,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
