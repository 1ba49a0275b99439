/**
 * File names with line breaks and control characters: every text format shows
 * them visibly, so one finding is exactly one record and a file name cannot
 * forge another finding (or a GitHub Actions command).
 */
import { describe, expect, it } from 'vitest';
import { compact } from '../../src/formatters/compact.js';
import { github } from '../../src/formatters/github.js';
import { visiblePath } from '../../src/formatters/shared.js';
import { stylish } from '../../src/formatters/stylish.js';
import { unix } from '../../src/formatters/unix.js';
import type { LintResult } from '../../src/results.js';
import { context } from './fixtures.js';

const HOSTILE = 'a\n::error file=x.md,line=1::forged\r\u001b[31mred\u0007\t\u2028\u202e.md';

function results(): LintResult[] {
  const message = { ruleId: 'numbering', severity: 2 as const, message: '序号重复', line: 1, column: 1, endLine: 1, endColumn: 2 };
  return [{
    filePath: `/r/${HOSTILE}`, messages: [message, { ...message, line: 2 }], errorCount: 2, warningCount: 0, infoCount: 0,
    fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, source: '一\n二\n',
  }];
}

const SHOWN = '/r/a\\n::error file=x.md,line=1::forged\\r\\x1b[31mred\\x07\\t\\u2028\\u202e.md';

describe('file names in text formats', () => {
  it('visiblePath names \\n, \\r, \\t and shows other controls by code', () => {
    expect(visiblePath(`/r/${HOSTILE}`)).toBe(SHOWN);
    expect(visiblePath('/报告/2023 年.md')).toBe('/报告/2023 年.md');
  });

  it('unix and compact: one line per finding, the name shown visibly', () => {
    for (const format of [unix, compact]) {
      const lines = format(results(), context()).split('\n');
      expect(lines.slice(0, 2).every((l) => l.startsWith(SHOWN))).toBe(true);
      expect(lines[2]).toBe('');
      expect(lines).toHaveLength(5);
    }
  });

  it('stylish: the heading is one line, no raw control character anywhere', () => {
    const out = stylish(results(), context());
    expect(out.split('\n')[1]).toBe(SHOWN);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u202e]|\r/);
    expect(out).not.toContain('\nforged');
  });

  it('github: the name is escaped in the command, no line begins with a forged command', () => {
    const lines = github(results(), context()).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.startsWith('::group::')).toBe(true);
    expect(lines.slice(1, 3).every((l) => l.startsWith('::error file=') && l.includes('%0A%3A%3Aerror file=x.md%2Cline=1%3A%3Aforged%0D'))).toBe(true);
    expect(lines[3]).toBe('::endgroup::');
  });
});
