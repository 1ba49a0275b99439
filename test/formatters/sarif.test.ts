import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/formatters/sarif.js';
import { balance, context, longLine, sampleResults } from './fixtures.js';

// The official SARIF 2.1.0 schema (rtm.5, JSON Schema draft-04) as shipped by @microsoft/jest-sarif.
const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// unicodeRegExp off: one pattern in the schema (for `language`) is not valid under the `u` flag.
// Both packages are CommonJS; their classes sit on `.default` when imported from ESM.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function run(out: string): Sarif.Run {
  return (JSON.parse(out) as Sarif.Log).runs[0]!;
}

describe('sarif', () => {
  it('is valid SARIF 2.1.0', () => {
    const log = JSON.parse(sarif(sampleResults(), context()));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(validate(JSON.parse(sarif([], context())))).toBe(true);
  });

  it('rejects what the schema forbids (the validator is live)', () => {
    const log = JSON.parse(sarif(sampleResults(), context()));
    log.runs[0].results[0].level = 'info';
    expect(validate(log)).toBe(false);
  });

  it('describes the tool and every rule', () => {
    const r = run(sarif(sampleResults(), context()));
    expect(r.tool.driver.name).toBe('report-lint');
    expect(r.tool.driver.version).toBe('0.1.0');
    expect(r.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(r.columnKind).toBe('utf16CodeUnits');
    const rules = r.tool.driver.rules!;
    expect(rules.map((d) => d.id)).toEqual(['application-balance', 'long-line-rule', 'term-style']);
    expect(rules[0]).toMatchObject({
      name: 'application-balance',
      shortDescription: { text: '申请收支平衡' },
      fullDescription: { text: '上年结转、本年新收与办理结果、结转下年之间应当平衡。' },
      helpUri: 'https://github.com/report-lint/report-lint/blob/main/docs/rules/application-balance.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[1]!.helpUri).toBeUndefined(); // empty url
    expect(rules[2]!.defaultConfiguration!.level).toBe('note');
  });

  it('reports results with rule index, level, region and related locations', () => {
    const r = run(sarif(sampleResults(), context()));
    expect(r.results!.map((x) => [x.ruleId, x.ruleIndex, x.level])).toEqual([
      ['application-balance', 0, 'error'],
      ['long-line-rule', 1, 'warning'],
      ['term-style', 2, 'note'],
    ]);
    const first = r.results![0]!;
    expect(first.message.text).toBe(balance.message);
    expect(first.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'reports/2023%E5%B9%B4%E6%8A%A5%E5%91%8A.md', uriBaseId: 'SRCROOT', index: 0 },
      region: { startLine: 3, startColumn: 17, endLine: 3, endColumn: 20 },
    });
    expect(first.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: '办结数在此' },
        physicalLocation: {
          artifactLocation: { uri: 'reports/2023%E5%B9%B4%E6%8A%A5%E5%91%8A.md', uriBaseId: 'SRCROOT', index: 0 },
          region: { startLine: 3, startColumn: 24, endLine: 3, endColumn: 27 },
        },
      },
    ]);
    expect(r.results![1]!.locations![0]!.physicalLocation!.region!.startColumn).toBe(longLine.column);
  });

  it('uses SRCROOT-relative URIs under the working directory and file: URIs elsewhere', () => {
    const r = run(sarif(sampleResults(), context()));
    expect(r.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///work/proj/' } });
    expect(r.artifacts!.map((a) => a.location)).toEqual([
      { uri: 'reports/2023%E5%B9%B4%E6%8A%A5%E5%91%8A.md', uriBaseId: 'SRCROOT' },
      { uri: 'clean.md', uriBaseId: 'SRCROOT' },
      { uri: 'file:///elsewhere/outside.md' },
    ]);
  });

  it('turns messages without a rule id into failed-execution notifications', () => {
    const r = run(sarif(sampleResults(), context()));
    expect(r.results!.some((x) => x.ruleId === undefined)).toBe(false);
    const invocation = r.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: '无法读取文件：编码不是 UTF-8' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'file:///elsewhere/outside.md', index: 2 },
              region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
            },
          },
        ],
      },
    ]);
    const clean = run(sarif(sampleResults().slice(0, 2), context()));
    expect(clean.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('adds a descriptor for a rule id missing from the context, and stays valid', () => {
    const [r] = sampleResults();
    const m = { ...r!.messages[0]!, ruleId: 'unknown-rule', related: [{ filePath: '../other.md', line: 2, column: 1, endLine: 2, endColumn: 4 }] };
    const log = JSON.parse(sarif([{ ...r!, messages: [m] }], context()));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const out = log.runs[0] as Sarif.Run;
    expect(out.tool.driver.rules![3]).toEqual({ id: 'unknown-rule' });
    expect(out.results![0]!.ruleIndex).toBe(3);
    expect(out.artifacts![1]!.location).toEqual({ uri: 'file:///work/other.md' });
    expect(out.results![0]!.relatedLocations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///work/other.md', index: 1 });
  });
});
