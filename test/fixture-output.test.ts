/**
 * What the tool says about every fixture, linted in one run (so the
 * cross-report rules compare them), in Chinese and in English, stays exactly
 * what test/snapshots/fixture-output.*.json record. A change in findings
 * shows here as a diff of those files: review it, then update them with
 * `npx vitest run test/fixture-output.test.ts -u`. (scripts/fixture-json.ts
 * records more — each fixture alone, extract, stylish — for comparing two
 * versions by hand.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli/helpers.js';
import { reportFiles } from '../scripts/fixture-files.js';

const ROOT = join(import.meta.dirname, '..');

describe('the output on every fixture', () => {
  const files = reportFiles(join(ROOT, 'fixtures'), ROOT);

  it.each(['zh-CN', 'en'])('--format json --locale %s', async (locale) => {
    const run = await runCli(['--format', 'json', '--locale', locale, ...files], ROOT);
    // Absolute paths (a config file's, in notes about ignored files) are written from <ROOT>, wherever the checkout is.
    const text = `exit ${run.code}\n${run.stderr}${JSON.stringify(JSON.parse(run.stdout), null, 1)}\n`.split(ROOT).join('<ROOT>');
    await expect(text).toMatchFileSnapshot(`./snapshots/fixture-output.${locale}.json`);
  }, 120_000);
});
