/**
 * The generated script tables (src/text/dictionaries/script-tables.ts) agree
 * with the installed OpenCC dictionaries, and the fast path that skips OpenCC
 * gives the conversion's own result.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayConvert, toSimplified } from '../src/text/normalize.js';

const root = join(import.meta.dirname, '..');

describe('script tables', () => {
  it('are what scripts/script-tables.mjs makes of the installed opencc-js', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'script-tables.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('script tables are current\n');
    expect(run.status).toBe(0);
  }, 60_000);

  it('let Simplified text through without OpenCC and convert Traditional text', () => {
    expect(mayConvert('某县人民政府2022年政府信息公开工作年度报告')).toBe(false);
    expect(mayConvert('政府信息公開')).toBe(true);
    expect(toSimplified('政府信息公開工作年度報告')).toBe('政府信息公开工作年度报告');
    expect(toSimplified('某县人民政府')).toBe('某县人民政府');
  });
});
