/**
 * --fix respects the file: a read-only file is refused (exit 2, the file
 * untouched), the mode is kept always and the owner and group where the
 * process may, and the temporary file of a run killed while writing is
 * recognised and removed by the next run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTrees } from './helpers.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const S001 = '001_b6ebaffc46ffe707.txt';
const ORIGINAL = readFileSync(join(SEEDS, S001), 'utf8');
const FIXED = ORIGINAL.replace('自202011日起至20201231日止', '自2020年1月1日起至2020年12月31日止');

const tree = tempTrees({}, (dir) => {
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
});

/** The pid of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
}

const temps = (dir: string) => readdirSync(dir).filter((n) => n.includes('.report-lint-fix-'));

describe('--fix and the file it writes', () => {
  it('refuses a read-only file (even as root): exit 2, a Chinese message, the file and its mode untouched', async () => {
    const dir = tree({ 'r.txt': ORIGINAL });
    chmodSync(join(dir, 'r.txt'), 0o444);
    const run = await runCli(['r.txt', '--fix', '-f', 'json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未写回修复后的 r.txt：文件是只读的或没有写入权限（文件未改动）');
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(ORIGINAL);
    expect(statSync(join(dir, 'r.txt')).mode & 0o777).toBe(0o444);
    expect(temps(dir)).toEqual([]);
  });

  it('keeps the mode, and the owner and group where the process may give them', async () => {
    const dir = tree({ 'm.txt': ORIGINAL });
    const path = join(dir, 'm.txt');
    chmodSync(path, 0o640);
    const root = process.getuid?.() === 0;
    if (root) chownSync(path, 1234, 2345);
    const run = await runCli(['m.txt', '--fix', '-f', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    const st = statSync(path);
    expect(st.mode & 0o7777).toBe(0o640);
    if (root) expect([st.uid, st.gid]).toEqual([1234, 2345]);
    expect(temps(dir)).toEqual([]);
  });

  it('removes the temporary file a killed run left (its process has ended), not one of a running process', async () => {
    const dir = tree({ 'k.txt': ORIGINAL });
    const dead = `.k.txt.report-lint-fix-${deadPid()}-0123abcd.tmp`;
    const live = `.k.txt.report-lint-fix-${process.ppid}-4567cdef.tmp`;
    writeFileSync(join(dir, dead), 'partial');
    writeFileSync(join(dir, live), 'partial');
    await runCli(['k.txt', '--fix', '-f', 'json'], dir);
    expect(readFileSync(join(dir, 'k.txt'), 'utf8')).toBe(FIXED);
    expect(temps(dir)).toEqual([live]);
  });

  it('killed while writing: the original stays whole, and the next run removes the leftover and writes the fix', async () => {
    const dir = tree({ 'big.txt': ORIGINAL });
    const path = join(dir, 'big.txt');
    // A writer that replaces the file with 300 MB, killed as soon as its temporary file appears.
    const script = `import { writeAtomic } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'src', 'cli', 'write-back.ts'))};
      await writeAtomic(${JSON.stringify(path)}, Buffer.alloc(300 * 1024 * 1024, 0x20));`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const started = Date.now();
    while (temps(dir).length === 0 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGKILL');
    await exited;
    expect(temps(dir)).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);

    const run = await runCli(['big.txt', '--fix', '-f', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    expect(temps(dir)).toEqual([]);
    expect(existsSync(path)).toBe(true);
  }, 90_000);
});
