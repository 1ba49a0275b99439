import { resolve } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { createStylish, stylish } from '../../src/formatters/stylish.js';
import type { LintResult } from '../../src/results.js';
import { CWD, LONG_LINE, balance, context, fatal, info, longLine, sampleResults } from './fixtures.js';
import { STYLISH_ROW, matchStylish } from './matchers.js';

const FILE = resolve(CWD, 'reports/2023年报告.md');

/** The code line and caret line of the frame whose header names `position`. */
function frameAfter(output: string, position: string): { code: string; caret: string } {
  const lines = output.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`  ┌ ${position}`));
  expect(i, `frame for ${position}`).toBeGreaterThan(-1);
  const strip = (l: string) => l.replace(/^ {2}│ /, '');
  return { code: strip(lines[i + 1]!), caret: strip(lines[i + 2]!) };
}

describe('stylish', () => {
  it('lets VS Code’s $eslint-stylish matcher recover every problem', () => {
    for (const color of [false, true]) {
      const problems = matchStylish(stylish(sampleResults(), context({ color })));
      expect(problems).toEqual([
        { file: FILE, line: 3, column: 17, severity: 'error', message: '收到申请数 与办结数不一致（120 ≠ 118）', code: 'application-balance' },
        { file: FILE, line: 4, column: longLine.column, severity: 'warning', message: '“ABC”不是规范用语（第3段）', code: 'long-line-rule' },
        { file: FILE, line: 5, column: 1, severity: 'info', message: 'Line one, line two: 100% done', code: 'term-style' },
        { file: '/elsewhere/outside.md', line: 1, column: 1, severity: 'error', message: fatal.message, code: undefined },
      ]);
    }
  });

  it('matches the row pattern only on rows, and never puts two spaces inside a message', () => {
    const out = stylish(sampleResults(), context());
    const rows = out.split('\n').filter((l) => STYLISH_ROW.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(STYLISH_ROW.exec(row)![4]).not.toMatch(/\s\s/);
    // Frame lines start with a bar, not with line:col.
    expect(out.split('\n').filter((l) => l.includes('│')).every((l) => !STYLISH_ROW.test(l))).toBe(true);
  });

  it('prints absolute, unindented file lines and skips files without messages', () => {
    const out = stylish(sampleResults(), context());
    expect(out.split('\n')).toContain(FILE);
    expect(out).not.toContain('clean.md');
  });

  it('places the caret under a CJK line by display width', () => {
    const { code, caret } = frameAfter(stylish(sampleResults(), context()), '3:17');
    expect(code).toBe('本年度共收到政府信息公开申请120件，办结118件。'); // leading ideographic spaces trimmed
    expect(caret).toBe(' '.repeat(stringWidth('本年度共收到政府信息公开申请')) + '^~~');
    expect(caret.indexOf('^')).toBe(28);
    expect(code.slice(14, 17)).toBe('120');
  });

  it('windows a very long line around the finding', () => {
    const { code, caret } = frameAfter(stylish(sampleResults(), context()), `4:${longLine.column}`);
    expect(LONG_LINE.length).toBeGreaterThan(20000);
    expect(code.startsWith('…') && code.endsWith('…')).toBe(true);
    expect(stringWidth(code)).toBeLessThanOrEqual(82);
    expect(stringWidth(code)).toBeGreaterThan(70);
    const pad = caret.indexOf('^');
    expect(caret.slice(pad)).toBe('^~~');
    // The display columns before the caret hold exactly the text before "ABC".
    const before = code.slice(0, code.indexOf('ABC'));
    expect(stringWidth(before)).toBe(pad);
  });

  it('prints no ANSI escapes without colour and some with colour', () => {
    const plain = stylish(sampleResults(), context({ color: false }));
    expect(plain).not.toMatch(/\u001b/);
    expect(stylish(sampleResults(), context({ color: true }))).toMatch(/\u001b\[/);
  });

  it('keeps control characters of the source out of the frame', () => {
    const source = 'a\u001b[31mb\tc';
    const r: LintResult = { ...sampleResults()[0]!, source, messages: [{ ...info, line: 1, column: 7, endLine: 1, endColumn: 8 }] };
    const out = stylish([r], context());
    expect(out).not.toMatch(/\u001b/);
    const { code, caret } = frameAfter(out, '1:7');
    expect(code).toBe('a [31mb c');
    expect(caret).toBe('      ^');
  });

  it('ends with a Chinese or English summary, with info counts when present', () => {
    const zh = stylish(sampleResults(), context());
    expect(zh.trimEnd().split('\n').at(-1)).toBe('✖ 共 4 个问题（2 个错误，1 个警告，1 个提示）');
    const en = stylish(sampleResults(), context({ locale: 'en' }));
    expect(en.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (2 errors, 1 warning, 1 info)');
    const r = sampleResults()[0]!;
    const noInfo = stylish([{ ...r, messages: [balance, longLine] }], context());
    expect(noInfo).toContain('✖ 共 2 个问题（1 个错误，1 个警告）\n');
    expect(stylish([{ ...r, messages: [balance] }], context())).toContain('✖ 共 1 个问题（1 个错误）\n');
    const one = stylish([{ ...r, messages: [balance] }], context({ locale: 'en' }));
    expect(one).toContain('✖ 1 problem (1 error, 0 warnings)\n');
  });

  it('mentions fixable problems', () => {
    const r = { ...sampleResults()[0]!, fixableErrorCount: 1 };
    expect(stylish([r], context())).toContain('其中 1 个错误可以自动改正：在命令里加上 --fix 再运行一次，改正会直接写回原文件。');
    expect(stylish([{ ...r, fixableWarningCount: 2 }], context())).toContain('其中 1 个错误和 2 个警告可以自动改正');
    expect(stylish([r], context({ locale: 'en' }))).toContain('1 error and 0 warnings potentially fixable with the `--fix` option.');
  });

  it('prints nothing when there are no problems', () => {
    expect(stylish([], context())).toBe('');
    expect(stylish([sampleResults()[1]!], context())).toBe('');
  });

  it('can put each frame right under its row, which VS Code reads only up to the first frame', () => {
    const out = createStylish({ codeFrames: 'inline' })(sampleResults(), context());
    const lines = out.split('\n');
    const row = lines.findIndex((l) => l.startsWith('  3:17'));
    expect(lines[row + 1]).toBe('    │ 本年度共收到政府信息公开申请120件，办结118件。');
    expect(lines[row + 2]).toBe(`    │ ${' '.repeat(28)}^~~`);
    expect(matchStylish(out).map((p) => `${p.line}:${p.column}`)).toEqual(['3:17', '1:1']);
  });

  it('can leave the frames out', () => {
    const out = createStylish({ codeFrames: 'none' })(sampleResults(), context());
    expect(out).not.toContain('│');
    expect(matchStylish(out)).toHaveLength(4);
  });

  describe('on a terminal of a given width', () => {
    const long = '表三（七）总计一行的自然人列与本年新收、上年结转和结转下年度继续办理各行的数值不一致：本年新收 120 + 上年结转 3 = 123，但办理结果总计 118 + 结转下年度 2 = 120，请核对表格中的每一个数字。';
    const results = (): LintResult[] => {
      const r = sampleResults()[0]!;
      return [{ ...r, messages: [{ ...balance, message: long }, { ...balance, line: 12, column: 3, message: '短消息' }] }];
    };
    /** The lines between the file line and the next blank line. */
    const rowsOf = (out: string) => {
      const lines = out.split('\n');
      const file = lines.findIndex((l) => l.startsWith('/'));
      const end = lines.indexOf('', file);
      return lines.slice(file + 1, end < 0 ? undefined : end);
    };

    for (const columns of [60, 80, 120]) {
      it(`fits ${columns} columns, keeps line:col, severity and rule id on the row and wraps the message under it`, () => {
        const out = createStylish({ codeFrames: 'none' })(results(), context({ columns }));
        const lines = out.split('\n');
        for (const line of lines.filter((l) => !l.startsWith('/'))) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
        const rows = rowsOf(out);
        expect(rows[0]).toMatch(/^ {2}3:17 {2}error {4}表三.*\S {2}application-balance$/);
        // The continuation lines start under the message column and hold the rest of it, in order.
        const indent = rows[0]!.indexOf('表三');
        const continuation = rows.slice(1, -1);
        expect(continuation.length).toBeGreaterThan(0);
        for (const line of continuation) expect(line.slice(0, indent)).toBe(' '.repeat(indent));
        const head = STYLISH_ROW.exec(rows[0]!)![4]!;
        const noSpace = (text: string) => text.replace(/\s/g, '');
        expect(noSpace(head + continuation.join(''))).toBe(noSpace(long));
        expect(rows.at(-1)).toBe('  12:3  error    短消息  application-balance');
      });
    }

    it('never starts a line with closing punctuation', () => {
      const out = createStylish({ codeFrames: 'none' })(results(), context({ columns: 50 }));
      for (const line of rowsOf(out).slice(1)) expect(line.trim()[0]).not.toMatch(/[，。：）”、]/);
    });

    it('keeps short rows unpadded and frames within the width', () => {
      const out = stylish(sampleResults(), context({ columns: 70 }));
      for (const line of out.split('\n').filter((l) => !l.startsWith('/'))) expect(stringWidth(line), line).toBeLessThanOrEqual(70);
      expect(out).toContain('  5:1     info     Line one, line two: 100% done  term-style');
    });

    it('is one line per row without a width (a pipe, a file, a CI log), never padded to the longest message', () => {
      const out = createStylish({ codeFrames: 'none' })(results(), context());
      const rows = rowsOf(out);
      expect(rows).toEqual([`  3:17  error    ${long}  application-balance`, '  12:3  error    短消息  application-balance']);
    });
  });
});

