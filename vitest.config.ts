import { defineConfig } from 'vitest/config';

/**
 * Three projects, all run by `vitest run` (and CI):
 * - unit: every test file, in shared workers (no module reloading per file),
 *   with each report analysed once per worker (test/setup/analysis-memo.ts);
 * - isolated: tests that mock Node modules or must analyse afresh (the fuzzer
 *   checks that two runs agree);
 * - browser: the tests that start Chromium (web page, batch summary), each
 *   file in its own worker, its reports analysed once.
 */
const ISOLATED = ['test/bad-inputs.test.ts', 'test/fuzz.test.ts', 'test/scaling.test.ts', 'test/limits.test.ts', 'test/cli/fix-safety.test.ts'];
const BROWSER = ['test/web.test.ts', 'test/summary.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...ISOLATED, ...BROWSER],
          isolate: false,
          setupFiles: ['test/setup/analysis-memo.ts'],
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'browser', include: BROWSER, setupFiles: ['test/setup/analysis-memo.ts'] } },
    ],
  },
});
