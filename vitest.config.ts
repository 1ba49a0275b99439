import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Four projects (`npx vitest run` runs them all):
 * - unit: every test file, in shared workers (no module reloading per file),
 *   with each report analysed and each PDF or Word file converted once per
 *   worker (test/setup/memo.ts);
 * - fresh: tests that must analyse afresh (the fuzzer checks that two runs
 *   agree, the scaling test times the analysis), in shared workers too;
 * - isolated: tests that mock Node modules, each file in its own worker;
 * - programs: the slow tests that start Chromium or LibreOffice (web page,
 *   batch summary, the lab's printing), each file in its own worker, its
 *   reports analysed once. `npm test` leaves them out (it answers in about a
 *   minute); `npm run test:programs` runs them, and CI runs both.
 */
const FRESH = ['test/fuzz.test.ts', 'test/scaling.test.ts', 'test/limits.test.ts', 'test/cli/fix-safety.test.ts'];
const ISOLATED = ['test/bad-inputs.test.ts'];
const PROGRAMS = ['test/web.test.ts', 'test/summary.test.ts', 'test/accuracy-print.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30000,
    // One worker per core (vitest leaves one core free by default, which on two cores means one worker).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...FRESH, ...ISOLATED, ...PROGRAMS],
          isolate: false,
          setupFiles: ['test/setup/memo.ts'],
        },
      },
      { extends: true, test: { name: 'fresh', include: FRESH, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'programs', include: PROGRAMS, setupFiles: ['test/setup/memo.ts'] } },
    ],
  },
});
