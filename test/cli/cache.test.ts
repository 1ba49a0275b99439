/** --cache: identical output on a hit, invalidation by content, config and the reports of the same agency. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rules } from '../../rules/index.js';
import { cacheKey } from '../../src/cli/cache.js';
import type { LintResult } from '../../src/results.js';
import type { FileRule, ProjectRule } from '../../src/engine/types.js';
import { BAD, CLEAN, onlyRules, runCli, tempTrees } from './helpers.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');

afterEach(() => {
  vi.restoreAllMocks();
});
const tree = tempTrees({ '.reportlintrc.json': onlyRules(), 'bad.txt': BAD, 'clean.txt': CLEAN });

/** Counts application-balance runs per file path. */
function spyRuns() {
  const runs: string[] = [];
  const rule = rules['application-balance'] as FileRule<any>;
  const check = rule.check;
  vi.spyOn(rule, 'check').mockImplementation(function (this: unknown, context) {
    runs.push(context.filePath);
    return check.call(this, context);
  });
  return runs;
}

describe('--cache', () => {
  it('a hit gives byte-identical output (stylish with code frames, and JSON) without running the rules', async () => {
    const dir = tree();
    const runs = spyRuns();
    const first = await runCli(['bad.txt', 'clean.txt', '--cache'], dir);
    const firstJson = await runCli(['bad.txt', 'clean.txt', '--cache', '-f', 'json'], dir);
    expect(runs).toEqual(['bad.txt', 'clean.txt']);
    expect(existsSync(join(dir, '.report-lint-cache'))).toBe(true);
    expect(readFileSync(join(dir, '.report-lint-cache'), 'utf8')).not.toContain('勾稽关系的数据'); // no source text stored
    const second = await runCli(['bad.txt', 'clean.txt', '--cache'], dir);
    const secondJson = await runCli(['bad.txt', 'clean.txt', '--cache', '-f', 'json'], dir);
    expect(runs).toEqual(['bad.txt', 'clean.txt']);
    expect(second).toEqual(first);
    expect(secondJson).toEqual(firstJson);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('│ （七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
    const uncached = await runCli(['bad.txt', 'clean.txt', '-f', 'json'], dir);
    expect(uncached).toEqual(firstJson);
  });

  it('a changed file is linted again, the others come from the cache', async () => {
    const dir = tree();
    const runs = spyRuns();
    await runCli(['bad.txt', 'clean.txt', '--cache'], dir);
    writeFileSync(join(dir, 'clean.txt'), BAD);
    const r = await runCli(['bad.txt', 'clean.txt', '--cache', '-f', 'json'], dir);
    expect(runs).toEqual(['bad.txt', 'clean.txt', 'clean.txt']);
    expect((JSON.parse(r.stdout) as LintResult[]).map((x) => x.errorCount)).toEqual([2, 2]);
  });

  it('a changed config, --rule, or locale invalidates the cache', async () => {
    const dir = tree();
    const runs = spyRuns();
    await runCli(['bad.txt', '--cache'], dir);
    writeFileSync(join(dir, '.reportlintrc.json'), onlyRules({ 'application-balance': 'warn' }));
    const warn = await runCli(['bad.txt', '--cache', '-f', 'json'], dir);
    expect((JSON.parse(warn.stdout) as LintResult[])[0]!.warningCount).toBe(2);
    await runCli(['bad.txt', '--cache', '--rule', 'application-balance:error'], dir);
    const en = await runCli(['bad.txt', '--cache', '--rule', 'application-balance:error', '--locale', 'en', '-f', 'json'], dir);
    expect((JSON.parse(en.stdout) as LintResult[])[0]!.messages[0]!.message).toMatch(/^[A-Za-z]/);
    expect(runs).toHaveLength(4);
    expect(cacheKey({ version: '1.0.0', config: {}, locale: 'zh-CN', reportUnused: false })).not.toBe(
      cacheKey({ version: '1.0.1', config: {}, locale: 'zh-CN', reportUnused: false }),
    );
  });

  it('--cache-location takes a file or a directory; a damaged cache is ignored; without --cache nothing is written', async () => {
    const dir = tree();
    await runCli(['bad.txt'], dir);
    expect(existsSync(join(dir, '.report-lint-cache'))).toBe(false);
    await runCli(['bad.txt', '--cache', '--cache-location', 'tmp/cache.json'], dir);
    expect(existsSync(join(dir, 'tmp', 'cache.json'))).toBe(true);
    await runCli(['bad.txt', '--cache', '--cache-location', 'tmp/'], dir);
    expect(existsSync(join(dir, 'tmp', '.report-lint-cache'))).toBe(true);
    writeFileSync(join(dir, 'tmp', 'cache.json'), '{"format":2,"entries":');
    const r = await runCli(['bad.txt', '--cache', '--cache-location', 'tmp/cache.json', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as LintResult[])[0]!.errorCount).toBe(2);
  });
});

describe('--cache and reports linted together', () => {
  const read = (name: string) => readFileSync(join(CORPUS, name), 'utf8');
  const project = Object.keys(rules).filter((id) => rules[id]!.meta.scope === 'project');

  /** A tree of three real reports (two of one agency); the cross-report rule reports how many reports it compared. */
  function crossTree(settings: Record<string, unknown>) {
    const dir = tree({ '.reportlintrc.json': onlyRules(settings), 'r019.txt': read('r019.txt'), 'r020.txt': read('r020.txt'), 'r028.txt': read('r028.txt') });
    const seen: string[] = [];
    const rule = rules[project[0]!] as ProjectRule<any>;
    const check = rule.check;
    vi.spyOn(rule, 'check').mockImplementation(function (this: unknown, context) {
      seen.push(`${context.filePath}:${context.project.length}`);
      context.report({ position: context.self.title, messageId: 'carriedForwardThen', data: { year: `本次共 ${context.project.length} 份报告` } });
      return check.call(this, context);
    });
    const lint = async (...files: string[]) =>
      (JSON.parse((await runCli([...files, '--cache', '-f', 'json'], dir)).stdout) as LintResult[]).map((r) => [r.filePath, r.messages[0]?.message]);
    return { dir, seen, lint };
  }

  it('with a cross-report rule on, a report joining or changing lints the whole run again', async () => {
    expect(project[0]).toBe('carryover-continuity');
    const { dir, seen, lint } = crossTree({ 'carryover-continuity': 'warn' });
    expect(await lint('r019.txt', 'r028.txt')).toEqual([
      ['r019.txt', '本次共 2 份报告年度结转下年度'],
      ['r028.txt', '本次共 2 份报告年度结转下年度'],
    ]);
    expect(await lint('r019.txt', 'r020.txt', 'r028.txt')).toEqual([
      ['r019.txt', '本次共 3 份报告年度结转下年度'],
      ['r020.txt', '本次共 3 份报告年度结转下年度'],
      ['r028.txt', '本次共 3 份报告年度结转下年度'],
    ]);
    expect(seen).toEqual(['r019.txt:2', 'r028.txt:2', 'r019.txt:3', 'r020.txt:3', 'r028.txt:3']);
    await lint('r019.txt', 'r020.txt', 'r028.txt');
    expect(seen).toHaveLength(5);
    writeFileSync(join(dir, 'r020.txt'), `${read('r020.txt')}\n`);
    await lint('r019.txt', 'r020.txt', 'r028.txt');
    expect(seen.slice(5)).toEqual(['r019.txt:3', 'r020.txt:3', 'r028.txt:3']);
  });

  it('with the cross-report rules off, each report is cached on its own', async () => {
    const dir = tree({ '.reportlintrc.json': onlyRules({ 'application-balance': 'error' }), 'r019.txt': read('r019.txt'), 'r020.txt': read('r020.txt'), 'r028.txt': read('r028.txt') });
    const runs = spyRuns();
    const lint = (...files: string[]) => runCli([...files, '--cache', '-f', 'json'], dir);
    await lint('r019.txt', 'r028.txt');
    await lint('r019.txt', 'r020.txt', 'r028.txt');
    writeFileSync(join(dir, 'r020.txt'), `${read('r020.txt')}\n`);
    await lint('r019.txt', 'r020.txt', 'r028.txt');
    expect(runs).toEqual(['r019.txt', 'r028.txt', 'r020.txt', 'r020.txt']);
  });
});
