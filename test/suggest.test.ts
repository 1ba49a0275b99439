/** Did-you-mean for misspelt rule ids and options, on the command line, in config files and in comments. */
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lintReports } from '../src/lint.js';
import { didYouMean, editDistance } from '../src/text/suggest.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempTree } from './cli/helpers.js';

const ROOT = new URL('..', import.meta.url).pathname;
const IDS = Object.keys(rules);

describe('didYouMean', () => {
  it('finds the rule id a typo misspells, and nothing for another word', () => {
    expect(editDistance('tabel-sum', 'table-sum')).toBe(1);
    expect(didYouMean('tabel-sum', IDS)).toBe('table-sum');
    expect(didYouMean('application-balanse', IDS)).toBe('application-balance');
    expect(didYouMean('Malformed-Date', IDS)).toBe('malformed-date');
    expect(didYouMean('spelling', IDS)).toBeUndefined();
    expect(didYouMean('x', IDS)).toBeUndefined();
  });
});

describe('on the command line', () => {
  it('suggests the option a misspelt option means, in Chinese and English', async () => {
    const zh = await runCli(['--formt', 'json', 'x.txt'], ROOT);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('report-lint: 未知的选项：--formt（是不是要用 --format？）\n');
    const en = await runCli(['--max-warning', '3', 'x.txt', '--locale', 'en'], ROOT);
    expect(en.stderr).toBe('report-lint: unknown option: --max-warning (did you mean --max-warnings?)\n');
    const none = await runCli(['--zzzzzz', 'x.txt'], ROOT);
    expect(none.stderr).toBe('report-lint: 未知的选项：--zzzzzz（运行 report-lint --help 查看用法）\n');
    const extract = await runCli(['extract', '--outptu-file', 'a.csv', 'x.txt'], ROOT);
    expect(extract.stderr).toBe('report-lint: 未知的选项：--outptu-file（是不是要用 --output-file？）\n');
  });

  it('suggests the rule id of --rule and --suppress-rule, and the format of --format', async () => {
    const rule = await runCli(['--rule', 'tabel-sum:off', 'fixtures/corpus/r004.txt'], ROOT);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toBe('report-lint: 未知的规则：tabel-sum（是不是 table-sum？）\n');
    const suppress = await runCli(['--suppress-rule', 'malformed-dates', 'fixtures/corpus/r004.txt', '--locale', 'en'], ROOT);
    expect(suppress.stderr).toBe('report-lint: unknown rule: malformed-dates (did you mean malformed-date?)\n');
    const format = await runCli(['--format', 'stylsh', 'fixtures/corpus/r004.txt'], ROOT);
    expect(format.stderr).toContain('未知的输出格式：stylsh（是不是要用 stylish？可用的格式：');
  });
});

describe('in a config file', () => {
  it('names the key and the rule id a misspelt one means', async () => {
    const { dir, cleanup } = tempTree({ 'report-lint.config.json': '{ "rule": { "tabel-sum": "off" } }', 'a.txt': '正文。\n' });
    try {
      const key = await runCli(['a.txt'], dir);
      expect(key.code).toBe(2);
      expect(key.stderr).toContain('未知的配置项 "rule"（是不是 "rules"？可用：extends、rules、settings、ignores）');
      writeFileSync(join(dir, 'report-lint.config.json'), '{ "rules": { "tabel-sum": "off" } }');
      const rule = await runCli(['a.txt'], dir);
      expect(rule.stderr).toContain('未知的规则：tabel-sum（是不是 table-sum？）');
    } finally {
      cleanup();
    }
  });
});

describe('in a report-lint-disable comment', () => {
  it('names the rule the comment most likely means', () => {
    const [result] = lintReports([{ filePath: 'a.txt', text: '<!-- report-lint-disable tabel-sum -->\n正文。\n' }], { rules });
    expect(result!.messages.map((m) => m.message)).toContain('report-lint-disable 注释中的规则“tabel-sum”不存在（是不是“table-sum”？）');
  });
});
