import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compact } from '../../src/formatters/compact.js';
import { unix } from '../../src/formatters/unix.js';
import { CWD, context, longLine, sampleResults } from './fixtures.js';
import { COMPACT } from './matchers.js';

const FILE = resolve(CWD, 'reports/2023年报告.md');

describe('unix', () => {
  it('prints gcc-like lines, a blank line and the number of problems', () => {
    expect(unix(sampleResults(), context()).split('\n')).toEqual([
      `${FILE}:3:17: 收到申请数 与办结数不一致（120 ≠ 118） [error/application-balance]`,
      `${FILE}:4:${longLine.column}: “ABC”不是规范用语（第3段） [warning/long-line-rule]`,
      `${FILE}:5:1: Line one, line two: 100% done [info/term-style]`,
      '/elsewhere/outside.md:1:1: 无法读取文件：编码不是 UTF-8 [error/report-lint]',
      '',
      '共 4 个问题',
      '',
    ]);
  });

  it('says "problems" in English and prints nothing without problems', () => {
    expect(unix(sampleResults(), context({ locale: 'en' }))).toMatch(/\n\n4 problems\n$/);
    expect(unix([sampleResults()[1]!], context())).toBe('');
  });
});

describe('compact', () => {
  it('matches VS Code’s $eslint-compact pattern on every message line', () => {
    const lines = compact(sampleResults(), context()).split('\n');
    const parsed = lines.map((l) => COMPACT.exec(l)).filter((m) => m !== null).map((m) => m.slice(1));
    expect(parsed).toEqual([
      [FILE, '3', '17', 'Error', '收到申请数 与办结数不一致（120 ≠ 118）', 'application-balance'],
      [FILE, '4', String(longLine.column), 'Warning', '“ABC”不是规范用语（第3段）', 'long-line-rule'],
      [FILE, '5', '1', 'Info', 'Line one, line two: 100% done', 'term-style'],
      ['/elsewhere/outside.md', '1', '1', 'Error', '无法读取文件：编码不是 UTF-8', 'report-lint'],
    ]);
    expect(lines.slice(-3)).toEqual(['', '共 4 个问题', '']);
  });

  it('keeps the rule id as the last parenthesis when the message has its own', () => {
    const r = sampleResults()[0]!;
    const m = { ...r.messages[0]!, message: 'Totals differ (see table 3)' };
    const line = compact([{ ...r, messages: [m] }], context({ locale: 'en' })).split('\n')[0]!;
    expect(COMPACT.exec(line)!.slice(5)).toEqual(['Totals differ (see table 3)', 'application-balance']);
    expect(compact([{ ...r, messages: [m] }], context({ locale: 'en' }))).toMatch(/\n\n1 problem\n$/);
  });

  it('prints nothing without problems', () => {
    expect(compact([], context())).toBe('');
  });
});
