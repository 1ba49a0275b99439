/** Bulk suppressions: --suppress-all, --suppress-rule, --prune-suppressions, --suppressions-location, stale entries. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/results.js';
import { BAD, CLEAN, onlyRules, runCli, tempTrees } from './helpers.js';

const tree = tempTrees({ '.reportlintrc.json': onlyRules({ 'application-balance': 'error', 'cell-value': 'error' }), 'a/bad.txt': BAD, 'clean.txt': CLEAN });
const json = (stdout: string) => JSON.parse(stdout) as LintResult[];
const read = (dir: string, name = 'report-lint-suppressions.json') => readFileSync(join(dir, name), 'utf8');
/** BAD with one more unbalanced column (第一列): three application-balance errors. */
const WORSE = BAD.replace('（七）总计 | 3 |', '（七）总计 | 2 |');

describe('--suppress-all', () => {
  it('records every error per file and rule, and later runs report only new ones', async () => {
    const dir = tree();
    const first = await runCli(['a/bad.txt', 'clean.txt', '--suppress-all'], dir);
    expect(first).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(read(dir)).toBe('{\n  "a/bad.txt": {\n    "application-balance": {\n      "count": 2\n    }\n  }\n}\n');

    expect(await runCli(['a/bad.txt', 'clean.txt'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });

    // A third error in the same file, and errors in a file that had none: only those are reported.
    writeFileSync(join(dir, 'a', 'bad.txt'), WORSE);
    writeFileSync(join(dir, 'clean.txt'), BAD);
    const later = await runCli(['a/bad.txt', 'clean.txt', '-f', 'json'], dir);
    expect(later.code).toBe(1);
    expect(json(later.stdout).map((r) => [r.filePath, r.errorCount, r.messages.map((m) => m.column)])).toEqual([
      ['a/bad.txt', 1, [33]],
      ['clean.txt', 2, [25, 33]],
    ]);
  });

  it('--suppress-rule records only the named rules and keeps the other entries', async () => {
    const dir = tree({ 'report-lint-suppressions.json': '{"a/bad.txt":{"cell-value":{"count":1}},"gone.txt":{"table-sum":{"count":4}}}' });
    const r = await runCli(['a/bad.txt', '--suppress-rule', 'application-balance'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(read(dir))).toEqual({
      'a/bad.txt': { 'application-balance': { count: 2 }, 'cell-value': { count: 1 } },
      'gone.txt': { 'table-sum': { count: 4 } },
    });
    expect((await runCli(['a/bad.txt', '--suppress-rule', 'nope'], dir)).stderr).toBe('report-lint: 未知的规则：nope\n');
  });

  it('never counts or hides warnings', async () => {
    const dir = tree();
    await runCli(['a/bad.txt', '--suppress-all', '--rule', 'application-balance:warn'], dir);
    expect(read(dir)).toBe('{}\n');
    const r = await runCli(['a/bad.txt', '--rule', 'application-balance:warn', '-f', 'json'], dir);
    expect(json(r.stdout)[0]!.warningCount).toBe(2);
  });
});

describe('stale entries and --prune-suppressions', () => {
  it('tells on stderr about entries that count more errors than there are, and prune lowers them', async () => {
    const dir = tree({ 'a/bad.txt': WORSE, 'gone.txt': BAD });
    await runCli(['a/bad.txt', 'gone.txt', '--suppress-all'], dir);
    // One of the three unbalanced columns fixed.
    writeFileSync(join(dir, 'a', 'bad.txt'), BAD);
    const fixedOne = await runCli(['a/bad.txt', '-f', 'json'], dir);
    expect(json(fixedOne.stdout)[0]!.errorCount).toBe(0);
    expect(fixedOne.code).toBe(0);
    expect(fixedOne.stderr).toBe(
      'report-lint: report-lint-suppressions.json 中有 1 条记录多于现有的问题（问题已修复）；运行 report-lint --prune-suppressions 更新它：\n' +
        '  a/bad.txt  application-balance：记录 3 个，现有 2 个\n',
    );

    // Prune: a/bad.txt goes down to 2; gone.txt (not linted, still there) stays; a deleted file's entry goes.
    writeFileSync(join(dir, 'report-lint-suppressions.json'), JSON.stringify({ ...JSON.parse(read(dir)), 'deleted.txt': { 'table-sum': { count: 1 } } }));
    const pruned = await runCli(['a/bad.txt', '--prune-suppressions'], dir);
    expect(pruned).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(read(dir))).toEqual({ 'a/bad.txt': { 'application-balance': { count: 2 } }, 'gone.txt': { 'application-balance': { count: 2 } } });
    expect(await runCli(['a/bad.txt'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--prune-suppressions cannot be combined with --suppress-all', async () => {
    const r = await runCli(['a/bad.txt', '--prune-suppressions', '--suppress-all'], tree());
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'report-lint: --prune-suppressions 不能与 --suppress-all 或 --suppress-rule 同时使用\n' });
  });
});

describe('--suppressions-location and bad files', () => {
  it('reads and writes the file given, paths still relative to the working directory', async () => {
    const dir = tree();
    expect((await runCli(['a/bad.txt', '--suppress-all', '--suppressions-location', 'ci/suppressed.json'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'report-lint-suppressions.json'))).toBe(false);
    expect(JSON.parse(read(dir, 'ci/suppressed.json'))).toEqual({ 'a/bad.txt': { 'application-balance': { count: 2 } } });
    expect((await runCli(['a/bad.txt', '--suppressions-location', 'ci/suppressed.json'], dir)).code).toBe(0);
    expect((await runCli(['a/bad.txt'], dir)).code).toBe(1);
  });

  it('a malformed suppressions file exits 2 and reports every finding', async () => {
    const dir = tree({ 'report-lint-suppressions.json': '{"a/bad.txt":{"application-balance":{"count":"2"}}}' });
    const r = await runCli(['a/bad.txt', '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: 抑制文件 report-lint-suppressions.json 有误："a/bad.txt" → "application-balance"\n');
    expect(json(r.stdout)[0]!.errorCount).toBe(2);
  });
});
