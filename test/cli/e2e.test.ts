/**
 * End-to-end: builds the CLI bundle when it is stale (dist/report-lint.js, as
 * npm run build does) and runs the real bin/report-lint.js in a child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD, CLEAN, onlyRules, tempTree } from './helpers.js';
import { buildCli } from '../helpers/build.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'report-lint.js');

let dir = '';
let cleanup = () => {};

beforeAll(() => {
  buildCli();
  ({ dir, cleanup } = tempTree({ '.reportlintrc.json': onlyRules(), 'clean.txt': CLEAN, 'bad.txt': BAD }));
}, 120_000);

afterAll(() => cleanup());

/** Runs the real command in the temp dir. */
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/report-lint.js', () => {
  it('ends quietly when the reader of its output stops reading (piped into head)', () => {
    // The html summary of fixtures/corpus is far larger than a pipe's buffer, so the write meets a closed pipe.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" fixtures/corpus --format html | head -c 100 >/dev/null`], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  }, 60_000);

  it('exits 1 with findings on stdout for a report with errors, 0 for a clean one', () => {
    const bad = cli(['bad.txt', 'clean.txt']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('application-balance');
    expect(bad.stdout).not.toContain('\u001b[');
    expect(cli(['clean.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 for a missing file and still prints the others as JSON', () => {
    const r = cli(['missing.txt', 'bad.txt', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: 找不到文件：missing.txt\n');
    expect(JSON.parse(r.stdout)).toMatchObject([{ filePath: 'bad.txt', errorCount: 2 }]);
  });

  it('prints the version and reads stdin', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const piped = cli(['--stdin', '--stdin-filename', 'piped.txt', '-f', 'json'], BAD);
    expect(piped.code).toBe(1);
    expect(JSON.parse(piped.stdout)).toMatchObject([{ filePath: 'piped.txt', errorCount: 2 }]);
  });
});
