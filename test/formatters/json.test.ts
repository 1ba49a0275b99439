import { describe, expect, it } from 'vitest';
import { json } from '../../src/formatters/json.js';
import { balance, context, fatal, info, longLine, sampleResults } from './fixtures.js';

const counts = (errorCount: number, warningCount: number, infoCount: number, fatalErrorCount: number) => ({
  errorCount,
  warningCount,
  infoCount,
  fatalErrorCount,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
});

describe('json', () => {
  it('prints the ESLint-shaped array without the source text', () => {
    const out = json(sampleResults(), context());
    expect(JSON.parse(out)).toStrictEqual([
      { filePath: 'reports/2023年报告.md', messages: [balance, longLine, info], ...counts(1, 1, 1, 0) },
      { filePath: 'clean.md', messages: [], ...counts(0, 0, 0, 0) },
      { filePath: '/elsewhere/outside.md', messages: [fatal], ...counts(1, 0, 0, 1) },
    ]);
    expect(out).not.toContain('"source"');
    expect(out).not.toContain('\n');
  });

  it('keeps the input order and the ESLint key order', () => {
    const parsed = JSON.parse(json(sampleResults().reverse(), context())) as Record<string, unknown>[];
    expect(parsed.map((r) => r.filePath)).toEqual(['/elsewhere/outside.md', 'clean.md', 'reports/2023年报告.md']);
    expect(Object.keys(parsed[0]!)).toEqual([
      'filePath',
      'messages',
      'errorCount',
      'warningCount',
      'infoCount',
      'fatalErrorCount',
      'fixableErrorCount',
      'fixableWarningCount',
    ]);
  });

  it('prints an empty array for no results', () => {
    expect(json([], context())).toBe('[]');
  });
});
