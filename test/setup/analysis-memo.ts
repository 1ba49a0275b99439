/**
 * Every test file of the main project reads the same fixtures: each report is
 * parsed and modelled once per test worker and shared (by path, format,
 * text and the stretches marked uncertain) between all the test files the
 * worker runs. Rules only read the analysed report, so sharing it changes no
 * result.
 */
import { vi } from 'vitest';
import type { LintInput } from '../../src/analyse.js';
import type { ProjectReport } from '../../src/engine/types.js';

vi.mock('../../src/analyse.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/analyse.js')>();
  const memo: Map<string, ProjectReport> = ((globalThis as { __analysed?: Map<string, ProjectReport> }).__analysed ??= new Map());
  return {
    ...actual,
    analyse(input: LintInput): ProjectReport {
      const key = `${input.format ?? ''}\u0000${input.filePath}\u0000${input.text}\u0000${input.uncertain ? JSON.stringify(input.uncertain) : ''}`;
      let report = memo.get(key);
      if (!report) {
        report = actual.analyse(input);
        memo.set(key, report);
      }
      return report;
    },
  };
});
