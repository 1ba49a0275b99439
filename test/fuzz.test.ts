/**
 * A fixed-seed sample of the fuzzing property (npm run fuzz runs 100,000
 * cases): linting generated, mutated and junk reports never throws, takes
 * under a second, keeps every position inside the file and is deterministic.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, checkPositions, fuzzCase, warmUp } from './fuzz/check.js';

describe('fuzzing (fixed-seed sample)', () => {
  beforeAll(warmUp, 30_000);

  it('200 cases: no throw, < 1 s of CPU each, positions inside the file, same output twice', () => {
    fc.assert(
      fc.property(fuzzCase, (inputs) => checkCase(inputs)),
      { numRuns: 200, seed: 20240601 },
    );
  }, 120_000);

  it('the position check itself catches positions outside the file', () => {
    const result = (line: number, column: number) => ({
      filePath: 'x.txt', errorCount: 1, warningCount: 0, infoCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
      messages: [{ ruleId: 'r', severity: 2 as const, message: 'm', line, column, endLine: line, endColumn: column }],
    });
    expect(() => checkPositions(result(2, 3), 'ab\ncd')).not.toThrow();
    expect(() => checkPositions(result(3, 1), 'ab\ncd')).toThrow(/line 3/);
    expect(() => checkPositions(result(1, 4), 'ab\ncd')).toThrow(/column 4/);
  });
});
