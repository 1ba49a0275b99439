/** Config files: discovery of every name, extends with the presets, settings, ignores, validation and --print-config. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { presetRules, PRESET_NAMES } from '../../src/presets.js';
import type { LintResult } from '../../src/results.js';
import { BAD, onlyRules, runCli, tempTrees } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');

const tree = tempTrees();
const json = (stdout: string) => JSON.parse(stdout) as LintResult[];
const counts = (stdout: string) => json(stdout).map((r) => [r.filePath, r.errorCount, r.warningCount]);

/** Every rule off; used as the base of configs that should see one rule only. */
const off = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off']));
/** A Simplified sentence with one Traditional character and a bad conversion (mixed-script, a warning rule). */
const MIXED = '这是简体文本，其中有一個字，还有同誌二字，以及更多的简体字在这里。\n';

describe('discovery', () => {
  it('finds report-lint.config.js, .mjs, .json and .reportlintrc.json, nearest first; .js wins in one directory', async () => {
    const cfg = (setting: string) => JSON.stringify({ rules: { ...off, 'application-balance': setting } });
    const dir = tree({
      'js/report-lint.config.js': `export default ${cfg('warn')};`,
      'js/report-lint.config.json': cfg('off'),
      'js/bad.txt': BAD,
      'mjs/report-lint.config.mjs': `export default ${cfg('warn')};`,
      'mjs/.reportlintrc.json': cfg('off'),
      'mjs/bad.txt': BAD,
      'rc/.reportlintrc.json': cfg('error'),
      'rc/deeper/report-lint.config.json': cfg('warn'),
      'rc/deeper/bad.txt': BAD,
      'rc/bad.txt': BAD,
    });
    const r = await runCli(['js/bad.txt', 'mjs/bad.txt', 'rc/deeper/bad.txt', 'rc/bad.txt', '-f', 'json'], dir);
    expect(counts(r.stdout)).toEqual([
      ['js/bad.txt', 0, 2],
      ['mjs/bad.txt', 0, 2],
      ['rc/deeper/bad.txt', 0, 2],
      ['rc/bad.txt', 2, 0],
    ]);
  });
});

describe('extends and presets', () => {
  it('recommended keeps every default severity; strict makes every warning rule an error and keeps info rules info', () => {
    const recommended = presetRules('recommended', rules);
    const strict = presetRules('strict', rules);
    expect(PRESET_NAMES).toEqual(['recommended', 'strict']);
    expect(Object.keys(recommended)).toEqual(Object.keys(rules));
    expect(Object.keys(strict)).toEqual(Object.keys(rules));
    for (const [id, rule] of Object.entries(rules)) {
      const word = { error: 'error', warning: 'warn', info: 'info' }[rule.meta.severity];
      expect(recommended[id]).toBe(word);
      expect(strict[id]).toBe(rule.meta.severity === 'warning' ? 'error' : word);
    }
    expect(strict['parse-uncertain']).toBe('info');
  });

  it('a strict config turns the warnings of a warning rule into errors; rules in the file still win', async () => {
    const { 'mixed-script': _kept, ...others } = off;
    const dir = tree({
      'default/report-lint.config.json': JSON.stringify({ rules: others }),
      'default/m.txt': MIXED,
      'strict/report-lint.config.json': JSON.stringify({ extends: 'strict', rules: others }),
      'strict/m.txt': MIXED,
      'relaxed/report-lint.config.json': JSON.stringify({ extends: ['strict'], rules: { ...others, 'mixed-script': 'warn' } }),
      'relaxed/m.txt': MIXED,
    });
    const r = await runCli(['default/m.txt', 'strict/m.txt', 'relaxed/m.txt', '-f', 'json'], dir);
    expect(counts(r.stdout)).toEqual([
      ['default/m.txt', 0, 1],
      ['strict/m.txt', 1, 0],
      ['relaxed/m.txt', 0, 1],
    ]);
    expect(r.code).toBe(1);
  });

  it('settings reach the rules: settings["mixed-script"].minRun = 1 reports a single Traditional character', async () => {
    const { 'mixed-script': _kept, ...others } = off;
    const dir = tree({
      'plain/.reportlintrc.json': JSON.stringify({ rules: others }),
      'plain/m.txt': MIXED,
      'set/.reportlintrc.json': JSON.stringify({ rules: others, settings: { 'mixed-script': { minRun: 1 } } }),
      'set/m.txt': MIXED,
    });
    const r = await runCli(['plain/m.txt', 'set/m.txt', '-f', 'json'], dir);
    const messages = json(r.stdout).map((x) => x.messages.map((m) => m.message));
    expect(messages[0]).toEqual(['繁简转换错误：“同誌”应为“同志”（“誌”只用于记载、标记，如雜誌、標誌）']);
    expect(messages[1]![0]).toBe('简体文本中夹杂繁体字：“個”（简体为“个”）');
    expect(messages[1]).toContain(messages[0]![0]);
  });
});

describe('ignores', () => {
  const config = JSON.stringify({ rules: { ...off, 'application-balance': 'error' }, ignores: ['drafts/', '**/README.md', 'old/*.txt', '!old/keep.txt'] });
  const files = {
    'report-lint.config.json': config,
    'bad.txt': BAD,
    'README.md': '# notes\n',
    'drafts/bad.txt': BAD,
    'old/bad.txt': BAD,
    'old/keep.txt': BAD,
    'sub/README.md': '# notes\n',
  };

  it('skips ignored files found in directories or by globs silently', async () => {
    const r = await runCli(['.', '-f', 'json'], tree(files));
    expect(r.stderr).toBe('');
    expect(counts(r.stdout)).toEqual([
      ['bad.txt', 2, 0],
      ['old/keep.txt', 2, 0],
    ]);
    expect(counts((await runCli(['**/*.txt', '-f', 'json'], tree(files))).stdout).map((c) => c[0])).toEqual(['bad.txt', 'old/keep.txt']);
  });

  it('warns about an ignored file named on the command line, like ESLint; --no-ignore checks it', async () => {
    const dir = tree(files);
    const r = await runCli(['drafts/bad.txt', 'bad.txt', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    expect(json(r.stdout)).toMatchObject([
      {
        filePath: 'drafts/bad.txt',
        warningCount: 1,
        errorCount: 0,
        messages: [{ ruleId: null, severity: 1, message: `文件被配置忽略（${join(dir, 'report-lint.config.json')} 中的 ignores）；用 --no-ignore 可以照常检查` }],
      },
      { filePath: 'bad.txt', errorCount: 2 },
    ]);
    expect(counts((await runCli(['drafts/bad.txt', '--no-ignore', '-f', 'json'], dir)).stdout)).toEqual([['drafts/bad.txt', 2, 0]]);
    expect((await runCli(['drafts/bad.txt'], dir)).code).toBe(0);
    expect(await runCli(['drafts/bad.txt', '--no-warn-ignored', '--max-warnings', '0'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await runCli(['drafts/bad.txt', '--max-warnings', '0'], dir)).code).toBe(1);
  });
});

describe('validation', () => {
  it('exits 2 naming the file for an unknown key, a bad severity, an unknown preset or bad ignores', async () => {
    const dir = tree({
      'key/.reportlintrc.json': '{"rulez":{}}',
      'key/a.txt': BAD,
      'sev/report-lint.config.json': '{"rules":{"table-sum":"fatal"}}',
      'sev/a.txt': BAD,
      'ext/report-lint.config.json': '{"extends":["recommended","eslint:all"]}',
      'ext/a.txt': BAD,
      'ign/report-lint.config.mjs': 'export default { ignores: "drafts" };',
      'ign/a.txt': BAD,
    });
    const err = async (path: string) => {
      const r = await runCli([path], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    expect(await err('key/a.txt')).toBe(`report-lint: 配置文件 ${join(dir, 'key', '.reportlintrc.json')} 有误：未知的配置项 "rulez"（是不是 "rules"？可用：extends、rules、settings、ignores）\n`);
    expect(await err('sev/a.txt')).toBe(
      `report-lint: 配置文件 ${join(dir, 'sev', 'report-lint.config.json')} 有误：规则 table-sum：无效的严重级别 "fatal"（应为 off、info、warn 或 error）\n`,
    );
    expect(await err('ext/a.txt')).toBe(
      `report-lint: 配置文件 ${join(dir, 'ext', 'report-lint.config.json')} 有误："extends" 中有未知的预设 "eslint:all"（可用：recommended、strict）\n`,
    );
    expect(await err('ign/a.txt')).toBe(`report-lint: 配置文件 ${join(dir, 'ign', 'report-lint.config.mjs')} 有误："ignores" 必须是由 glob 模式字符串组成的数组\n`);
    const en = await runCli(['ext/a.txt', '--locale', 'en'], dir);
    expect(en.stderr).toContain('unknown preset "eslint:all" in "extends" (available: recommended, strict)');
  });
});

describe('--print-config', () => {
  it('prints the effective config of a file: presets applied, then the file, then --rule', async () => {
    const dir = tree({
      'report-lint.config.json': JSON.stringify({ extends: ['strict'], rules: { 'table-sum': 'warn', 'mixed-script': ['warn', { minRun: 3 }] }, settings: { x: 1 }, ignores: ['drafts/**'] }),
    });
    const r = await runCli(['--print-config', 'drafts/a.txt', '--rule', 'placeholder:off'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const printed = JSON.parse(r.stdout) as { configFile: string; extends: string[]; rules: Record<string, unknown>; settings: unknown; ignores: string[]; ignored: boolean };
    expect(r.stdout.split('\n')[1]).toBe(`  "configFile": ${JSON.stringify(join(dir, 'report-lint.config.json'))},`);
    expect(printed.extends).toEqual(['strict']);
    expect(Object.keys(printed.rules)).toEqual(Object.keys(rules));
    expect(printed.rules['table-sum']).toBe('warn');
    expect(printed.rules['mixed-script']).toEqual(['warn', { minRun: 3 }]);
    expect(printed.rules['placeholder']).toBe('off');
    expect(printed.rules['growth-rate']).toBe('error');
    expect(printed.rules['parse-uncertain']).toBe('info');
    expect(printed.settings).toEqual({ x: 1 });
    expect(printed.ignores).toEqual(['drafts/**']);
    expect(printed.ignored).toBe(true);
  });

  it('without a config file shows the defaults', async () => {
    const r = await runCli(['--print-config', 'a.txt', '-c', 'none.json'], tree({ 'none.json': '{}' }));
    const printed = JSON.parse(r.stdout) as { extends: string[]; rules: Record<string, unknown> };
    expect(printed.extends).toEqual([]);
    expect(printed.rules['growth-rate']).toBe('warn');
  });

  it("this repository's own config keeps the non-report files under fixtures/ out", async () => {
    for (const [path, ignored] of [
      ['fixtures/EXPECTED.md', true],
      ['fixtures/corpus/html/README.md', true],
      ['fixtures/corpus/docx/README.md', true],
      ['fixtures/corpus/r005.md', false],
      ['fixtures/seeds/003_673a0e93baba7a0a.txt', false],
    ] as const) {
      const r = await runCli(['--print-config', path], ROOT);
      expect([path, (JSON.parse(r.stdout) as { ignored: boolean }).ignored]).toEqual([path, ignored]);
    }
  });
});
