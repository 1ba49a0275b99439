/**
 * The command line on a terminal and on bad output paths: stylish rows fit
 * the terminal's width (COLUMNS overrides it, 0 never wraps; a pipe never
 * wraps), and an --output-file that cannot exist fails at once in Chinese.
 */
import { resolve } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SEED = 'fixtures/seeds/003_673a0e93baba7a0a.txt';

describe('stylish on a terminal', () => {
  it('wraps rows to the terminal width and keeps every rule id on a row', async () => {
    const piped = await runCli([SEED, '--format', 'stylish'], ROOT);
    const wide = piped.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(Math.max(...wide.map((l) => stringWidth(l)))).toBeGreaterThan(60);
    const run = await runCli([SEED], ROOT, { isTTY: true, stdoutColumns: 60, env: { NO_COLOR: '1' } });
    expect(run.code).toBe(piped.code);
    const lines = run.stdout.split('\n').filter((l) => !l.startsWith('/'));
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    const rows = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(rows.length).toBe(wide.length);
    for (const row of rows) expect(row).toMatch(/ (error|warning|info) .* {2}[a-z-]+$/);
  });

  it('follows COLUMNS, and never wraps with COLUMNS=0 or on a pipe', async () => {
    const narrow = await runCli([SEED], ROOT, { env: { COLUMNS: '50' } });
    for (const line of narrow.stdout.split('\n').filter((l) => !l.startsWith('/'))) expect(stringWidth(line)).toBeLessThanOrEqual(50);
    const off = await runCli([SEED], ROOT, { isTTY: true, stdoutColumns: 50, env: { COLUMNS: '0', NO_COLOR: '1' } });
    const piped = await runCli([SEED], ROOT);
    expect(off.stdout).toBe(piped.stdout);
  });
});

describe('--output-file into a path that cannot exist', () => {
  it('fails at once under /proc with a Chinese message and exit code 2', async () => {
    const started = Date.now();
    const run = await runCli(['fixtures/corpus/r004.txt', '-o', '/proc/report-lint-none/x/out.txt'], ROOT);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('report-lint: 无法写入输出文件 /proc/report-lint-none/x/out.txt：无法创建目录 /proc/report-lint-none（文件不存在）\n');
  });

  it('says so in English too, and the same for extract', async () => {
    const run = await runCli(['fixtures/corpus/r004.txt', '-o', '/proc/report-lint-none/out.txt', '--locale', 'en'], ROOT);
    expect(run.stderr).toBe('report-lint: cannot write output file /proc/report-lint-none/out.txt: cannot create directory /proc/report-lint-none (no such file)\n');
    const extract = await runCli(['extract', 'fixtures/corpus/r004.txt', '-o', '/proc/report-lint-none/out.json'], ROOT);
    expect(extract.code).toBe(2);
    expect(extract.stderr).toContain('无法创建目录 /proc/report-lint-none');
  });

  it('names a path part that is a file', async () => {
    const run = await runCli(['fixtures/corpus/r004.txt', '-o', 'package.json/out.txt'], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`无法创建目录 ${resolve(ROOT, 'package.json')}（路径中的某一部分不是目录）`);
  });
});

describe('--data-file', () => {
  it('names a file whose extension is no data format', async () => {
    const run = await runCli(['fixtures/corpus/r004.txt', '--data-file', 'out.txt'], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('report-lint: 无法识别 --data-file 的格式：out.txt（扩展名应为 .csv、.xlsx 或 .json）\n');
  });
});
