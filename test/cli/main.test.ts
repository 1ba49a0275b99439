import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rules } from '../../rules/index.js';
import { useColor } from '../../src/cli/context.js';
import type { LintResult } from '../../src/results.js';
import type { FileRule } from '../../src/engine/types.js';
import { BAD, CLEAN, onlyRules, runCli, tempTrees } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

afterEach(() => {
  vi.restoreAllMocks();
});

/** A temp dir with clean.txt, bad.txt and a config running only application-balance (plus extra files). */
const tree = tempTrees({ '.reportlintrc.json': onlyRules(), 'clean.txt': CLEAN, 'bad.txt': BAD });

const json = (stdout: string) => JSON.parse(stdout) as LintResult[];

describe('exit codes', () => {
  it('is 0 for a clean report and prints nothing with stylish', async () => {
    const r = await runCli(['clean.txt'], tree());
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is 1 when a report has errors, and prints them', async () => {
    const r = await runCli(['bad.txt'], tree());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('bad.txt');
    expect(r.stdout).toContain('application-balance');
    expect(r.stdout).toContain('勾稽关系不平衡（法律服务机构列）');
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.endsWith('\n\n\n')).toBe(false);
  });

  it('is 2 for a missing path, but still lints and prints the other files', async () => {
    const r = await runCli(['missing.txt', 'bad.txt', 'nothing/*.txt', '-f', 'json'], tree());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: 找不到文件：missing.txt\nreport-lint: 找不到文件：nothing/*.txt\n');
    const results = json(r.stdout);
    expect(results.map((x) => x.filePath)).toEqual(['bad.txt']);
    expect(results[0]!.errorCount).toBe(2);
  });

  it('is 0 with only warnings, and 1 when warnings exceed --max-warnings', async () => {
    const dir = tree();
    const warn = await runCli(['bad.txt', '--rule', 'application-balance:warn', '-f', 'json'], dir);
    expect(warn.code).toBe(0);
    expect(json(warn.stdout)[0]!.warningCount).toBe(2);
    const limit = await runCli(['bad.txt', '--rule', 'application-balance:warn', '--max-warnings', '1'], dir);
    expect(limit.code).toBe(1);
    expect(limit.stderr).toBe('report-lint: 警告数（2）超过了 --max-warnings 的上限（1）\n');
    const enough = await runCli(['bad.txt', '--rule', 'application-balance:warn', '--max-warnings', '2'], dir);
    expect(enough.code).toBe(0);
  });

  it('a crashing rule is reported, exits 2, and the other files are still checked', async () => {
    const rule = rules['application-balance'] as FileRule<any>;
    const check = rule.check;
    vi.spyOn(rule, 'check').mockImplementation(function (this: unknown, context) {
      if (context.filePath === 'clean.txt') throw new Error('boom');
      return check.call(this, context);
    });
    const r = await runCli(['clean.txt', 'bad.txt', '-f', 'json'], tree());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: 检查 clean.txt 时出错：boom（规则 application-balance）\n');
    const results = json(r.stdout);
    expect(results.map((x) => [x.filePath, x.errorCount])).toEqual([
      ['clean.txt', 1],
      ['bad.txt', 2],
    ]);
    expect(results[0]!.messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      [null, 1, 1, '规则 application-balance 运行出错，本文件缺少它的检查结果：boom'],
    ]);
  });
});

describe('options', () => {
  it('--format json prints parseable results with filePath as given', async () => {
    const dir = tree({ 'reports/2020/bad.txt': BAD });
    const r = await runCli(['--format', 'json', './reports/2020/bad.txt', 'clean.txt'], dir);
    expect(r.code).toBe(1);
    const results = json(r.stdout);
    expect(results.map((x) => x.filePath)).toEqual(['./reports/2020/bad.txt', 'clean.txt']);
    expect(results[0]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['application-balance', 7, 25],
      ['application-balance', 7, 33],
    ]);
  });

  it('--quiet hides warnings and info', async () => {
    const r = await runCli(['bad.txt', '--quiet', '--rule', 'application-balance:warn', '-f', 'json'], tree());
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject([{ filePath: 'bad.txt', messages: [], warningCount: 0, errorCount: 0 }]);
  });

  it('--quiet keeps errors', async () => {
    const r = await runCli(['bad.txt', '--quiet', '-f', 'json'], tree());
    expect(r.code).toBe(1);
    expect(json(r.stdout)[0]!.errorCount).toBe(2);
  });

  it('--rule accepts JSON settings and off', async () => {
    const dir = tree();
    expect((await runCli(['bad.txt', '--rule', 'application-balance:["warn",{}]'], dir)).code).toBe(0);
    expect((await runCli(['bad.txt', '--rule', 'application-balance: off'], dir)).code).toBe(0);
    expect((await runCli(['bad.txt', '--rule', '{"application-balance":"off"}'], dir)).code).toBe(0);
  });

  it('an unknown rule in --rule exits 2', async () => {
    const r = await runCli(['bad.txt', '--rule', 'no-such-rule:error'], tree());
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'report-lint: 未知的规则：no-such-rule\n' });
  });

  it('an invalid severity in --rule exits 2', async () => {
    const r = await runCli(['bad.txt', '--rule', 'application-balance:loud'], tree());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('report-lint: 无效的 --rule 值 "application-balance:loud"：');
    expect(r.stderr).toContain('无效的严重级别');
  });

  it('an unknown format exits 2 and lists the available ones', async () => {
    const r = await runCli(['bad.txt', '-f', 'nope'], tree());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^report-lint: 未知的输出格式：nope（可用的格式：.*stylish.*）\n$/);
    expect(r.stderr).toContain('json');
  });

  it('--output-file writes the output there and nothing to stdout', async () => {
    const dir = tree();
    const r = await runCli(['bad.txt', '-f', 'json', '-o', 'out/result.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const written = readFileSync(join(dir, 'out', 'result.json'), 'utf8');
    expect(written.endsWith('\n')).toBe(true);
    expect(json(written)[0]!.errorCount).toBe(2);
  });

  it('--print-ast prints the report AST as JSON and exits 0', async () => {
    const r = await runCli(['--print-ast', 'bad.txt'], tree());
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('  "type": "root",');
    const root = JSON.parse(r.stdout);
    expect(root.type).toBe('root');
    expect(Array.isArray(root.children)).toBe(true);
  });

  it('--print-ast of a missing file exits 2', async () => {
    const r = await runCli(['--print-ast', 'nope.txt'], tree());
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'report-lint: 找不到文件：nope.txt\n' });
  });

  it('an unknown option exits 2', async () => {
    const r = await runCli(['--frobnicate', 'bad.txt'], tree());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: 未知的选项：--frobnicate（运行 report-lint --help 查看用法）\n');
  });

  it('an option without its value exits 2', async () => {
    const r = await runCli(['bad.txt', '--format'], tree());
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'report-lint: 选项 --format 需要一个值\n' });
  });

  it('bad --max-warnings and --locale values exit 2', async () => {
    const dir = tree();
    expect((await runCli(['bad.txt', '--max-warnings', 'many'], dir)).stderr).toBe(
      'report-lint: 无效的 --max-warnings 值：many（应为非负整数）\n',
    );
    expect((await runCli(['bad.txt', '--locale', 'fr'], dir)).code).toBe(2);
  });

  it('no paths prints the usage and exits 2', async () => {
    const r = await runCli([], tree());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('用法：report-lint');
    expect(r.stderr).toContain('report-lint: 没有指定要检查的文件\n');
  });

  it('--help lists every option and the formats', async () => {
    const r = await runCli(['--help'], tree());
    expect(r.code).toBe(0);
    for (const option of ['--format', '--rule', '--config', '--quiet', '--locale', '--print-ast', '--output-file', '--max-warnings', '--no-color', '--color', '--help', '--version']) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toMatch(/stylish.*json/);
  });

  it('--version prints the package version', async () => {
    expect(await runCli(['--version'], tree())).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await runCli(['-v'], tree())).stdout).toBe(`${pkg.version}\n`);
  });

  it('--locale en switches the CLI messages and the usage to English', async () => {
    const r = await runCli(['missing.txt', '--locale', 'en'], tree());
    expect(r.stderr).toBe('report-lint: no such file: missing.txt\n');
    expect((await runCli(['--frobnicate', '--locale=en'], tree())).stderr).toContain('unknown option: --frobnicate');
    expect((await runCli(['-h', '--locale', 'en'], tree())).stdout).toContain('Usage: report-lint');
  });

  it('--stdin lints standard input under --stdin-filename', async () => {
    const stdin = async () => Buffer.from(BAD);
    const r = await runCli(['--stdin', '--stdin-filename', 'piped.txt', '-f', 'json'], tree(), { stdin });
    expect(r.code).toBe(1);
    expect(json(r.stdout)).toMatchObject([{ filePath: 'piped.txt', errorCount: 2 }]);
  });

  it('TIMING=1 prints a per-rule time table to stderr', async () => {
    const r = await runCli(['bad.txt', 'clean.txt'], tree(), { env: { TIMING: '1' } });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^规则\s+\| 时间 \(ms\) \|\s+占比$/);
    expect(lines[1]).toMatch(/^:-+\|-+:\|-+:$/);
    const rows = lines.slice(2).map((line) => line.split(' | ').map((c) => c.trim()));
    expect(rows.map((row) => row[0])).toContain('application-balance');
    const times = rows.map((row) => Number(row[1]));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const share = rows.reduce((sum, row) => sum + Number(row[2]!.replace('%', '')), 0);
    expect(share).toBeGreaterThan(99.5);
    expect(share).toBeLessThan(100.5);
  });
});

describe('configuration', () => {
  it('uses the nearest .reportlintrc.json above each file', async () => {
    const dir = tree({
      'quiet/.reportlintrc.json': onlyRules({ 'application-balance': 'off' }),
      'quiet/bad.txt': BAD,
      'loud/report-lint.config.json': onlyRules({ 'application-balance': ['warn', {}] }),
      'loud/deep/bad.txt': BAD,
    });
    const r = await runCli(['quiet/bad.txt', 'loud/deep/bad.txt', 'bad.txt', '-f', 'json'], dir);
    expect(json(r.stdout).map((x) => [x.filePath, x.errorCount, x.warningCount])).toEqual([
      ['quiet/bad.txt', 0, 0],
      ['loud/deep/bad.txt', 0, 2],
      ['bad.txt', 2, 0],
    ]);
    expect(r.code).toBe(1);
  });

  it('--rule applies on top of the config file', async () => {
    const dir = tree({ 'quiet/.reportlintrc.json': onlyRules({ 'application-balance': 'off' }), 'quiet/bad.txt': BAD });
    const r = await runCli(['quiet/bad.txt', '--rule', 'application-balance:error'], dir);
    expect(r.code).toBe(1);
  });

  it('--config replaces discovery; .mjs configs use the default export', async () => {
    const dir = tree({
      'conf/off.json': onlyRules({ 'application-balance': 'off' }),
      'conf/warn.mjs': `export default ${onlyRules({ 'application-balance': 'warn' })};`,
    });
    expect((await runCli(['bad.txt'], dir)).code).toBe(1);
    expect((await runCli(['bad.txt', '-c', 'conf/off.json'], dir)).code).toBe(0);
    const r = await runCli(['bad.txt', '--config', 'conf/warn.mjs', '-f', 'json'], dir);
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0]!.warningCount).toBe(2);
  });

  it('malformed JSON exits 2 naming the file and the position', async () => {
    const dir = tree({ 'bad-config.json': '{\n  "rules": {\n    "application-balance": "off",\n  }\n}\n' });
    const r = await runCli(['bad.txt', '-c', 'bad-config.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^report-lint: 配置文件 bad-config\.json 有误：JSON 语法错误（第 4 行第 3 列）：.+\n$/);
  });

  it('a malformed discovered config exits 2 naming its path', async () => {
    const dir = tree({ 'sub/.reportlintrc.json': '{"rules": ', 'sub/bad.txt': BAD });
    const r = await runCli(['sub/bad.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`report-lint: 配置文件 ${join(dir, 'sub', '.reportlintrc.json')} 有误：JSON 语法错误（第 1 行第 11 列）`);
  });

  it('a missing --config file exits 2', async () => {
    const r = await runCli(['bad.txt', '-c', 'nope.json'], tree());
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'report-lint: 找不到配置文件：nope.json\n' });
  });

  it('an unknown rule, a wrong shape or a bad severity in a config file exits 2', async () => {
    const dir = tree({
      'unknown.json': '{"rules":{"no-such-rule":"warn"}}',
      'shape.json': '{"rule":{}}',
      'severity.json': '{"rules":{"application-balance":"loud"}}',
    });
    expect((await runCli(['bad.txt', '-c', 'unknown.json'], dir)).stderr).toBe('report-lint: 配置文件 unknown.json 有误：未知的规则：no-such-rule\n');
    expect((await runCli(['bad.txt', '-c', 'shape.json'], dir)).stderr).toBe(
      'report-lint: 配置文件 shape.json 有误：未知的配置项 "rule"（是不是 "rules"？可用：extends、rules、settings、ignores）\n',
    );
    const sev = await runCli(['bad.txt', '-c', 'severity.json'], dir);
    expect(sev.code).toBe(2);
    expect(sev.stderr).toContain('report-lint: 配置文件 severity.json 有误：规则 application-balance：无效的严重级别 "loud"');
  });

  it('says what is wrong with a config in English with --locale en', async () => {
    const dir = tree({ 'severity.json': '{"rules":{"application-balance":"loud"}}', 'options.json': '{"rules":{"table-sum":["warn", 3]}}' });
    expect((await runCli(['bad.txt', '-c', 'severity.json', '--locale', 'en'], dir)).stderr).toBe(
      'report-lint: invalid config file severity.json: rule application-balance: invalid severity "loud" (expected off, info, warn or error)\n',
    );
    expect((await runCli(['bad.txt', '-c', 'options.json', '--locale', 'en'], dir)).stderr).toBe(
      'report-lint: invalid config file options.json: the options of rule table-sum must be an object\n',
    );
    const rule = await runCli(['bad.txt', '--rule', 'application-balance:loud', '--locale', 'en'], dir);
    expect(rule.stderr).toBe(
      'report-lint: invalid --rule value "application-balance:loud": rule application-balance: invalid severity "loud" (expected off, info, warn or error)\n',
    );
  });
});

describe('colour', () => {
  const io = (isTTY: boolean, env: Record<string, string> = {}) => ({ isTTY, env, cwd: '/', stdout() {}, stderr() {} });
  const opts = (extra: { color?: boolean; outputFile?: string } = {}) => extra;

  it('follows the terminal, NO_COLOR, FORCE_COLOR and the flags', () => {
    expect(useColor(opts(), io(true))).toBe(true);
    expect(useColor(opts(), io(false))).toBe(false);
    expect(useColor(opts(), io(true, { NO_COLOR: '1' }))).toBe(false);
    expect(useColor(opts(), io(false, { FORCE_COLOR: '1' }))).toBe(true);
    expect(useColor(opts(), io(true, { FORCE_COLOR: '0' }))).toBe(false);
    expect(useColor(opts({ color: false }), io(true))).toBe(false);
    expect(useColor(opts({ color: true }), io(false, { NO_COLOR: '1' }))).toBe(true);
    expect(useColor(opts({ outputFile: 'x' }), io(true))).toBe(false);
  });

  it('--color / --no-color: the last one wins', async () => {
    const { parseCliArgs } = await import('../../src/cli/args.js');
    const last = (argv: string[]) => {
      const p = parseCliArgs(argv);
      return p.ok ? p.options.color : 'error';
    };
    expect(last(['--color', '--no-color'])).toBe(false);
    expect(last(['--no-color', '--color'])).toBe(true);
    expect(last([])).toBeUndefined();
  });

  it('--color makes stylish output coloured', async () => {
    const dir = tree();
    const plain = await runCli(['bad.txt', '--no-color'], dir, { isTTY: true });
    const coloured = await runCli(['bad.txt', '--color'], dir);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(coloured.stdout).toContain('\u001b[');
    expect(existsSync(join(dir, 'bad.txt'))).toBe(true);
  });
});
