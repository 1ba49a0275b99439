/** --fix and --fix-dry-run: real seeds, exact bytes in every encoding, line endings, diffs, JSON output, stdin. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/cli/diff.js';
import { encodeFixed, textEdits } from '../../src/cli/write-back.js';
import type { LintResult } from '../../src/results.js';
import { encodeGbk, encodeUtf16, onlyRules, runCli, tempTrees } from './helpers.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const S001 = '001_b6ebaffc46ffe707.txt';
const S003 = '003_673a0e93baba7a0a.txt';
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

/** The seeds with their garbled dates and document number repaired by hand. */
const FIXED_001 = seed(S001).replace('自202011日起至20201231日止', '自2020年1月1日起至2020年12月31日止');
const FIXED_003 = seed(S003)
  .replace('〔201841号', '〔2018〕41号')
  .replace('由201811日至1231日', '由2018年1月1日至12月31日')
  .replace('自20085月实施', '自2008年5月实施')
  .replace('截止20181231日', '截止2018年12月31日');

const tree = tempTrees();

const json = (stdout: string) => JSON.parse(stdout) as (LintResult & { output?: string })[];
const where = (r: LintResult) => r.messages.map((m) => [m.ruleId, m.line, m.column]);

describe('--fix on the real seeds', () => {
  it('repairs the garbled dates, reports exactly the unfixable findings, and a second run changes nothing', async () => {
    const dir = tree({ [S001]: seed(S001), [S003]: seed(S003) });
    const before = json((await runCli([S001, S003, '-f', 'json'], dir)).stdout);

    const first = await runCli([S001, S003, '--fix', '-f', 'json'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1); // injected text, unbalanced tables and a missing number remain
    expect(readFileSync(join(dir, S001), 'utf8')).toBe(FIXED_001);
    expect(readFileSync(join(dir, S003), 'utf8')).toBe(FIXED_003);
    const after = json(first.stdout);
    const unfixable = before.map((r) => where({ ...r, messages: r.messages.filter((m) => !m.fix) }));
    expect(after.map(where)).toEqual(unfixable);
    expect(after[1]!.messages.map((m) => m.ruleId)).toEqual(['placeholder']);
    expect(after.every((r) => r.messages.every((m) => !m.fix))).toBe(true);
    expect(after.map((r) => r.fixableErrorCount + r.fixableWarningCount)).toEqual([0, 0]);

    const second = await runCli([S001, S003, '--fix', '-f', 'json'], dir);
    expect(second).toEqual(first);
    expect(readFileSync(join(dir, S001), 'utf8')).toBe(FIXED_001);
    expect(readFileSync(join(dir, S003), 'utf8')).toBe(FIXED_003);
  });
});

/** A short report text with two garbled dates on line 3; only malformed-date runs. */
const DATES = (eol: string) =>
  ['海林市人民政府2020年政府信息公开工作年度报告', '', '本报告的统计期限自202011日起至20201231日止。', '', '全年主动公开信息100条。', ''].join(eol);
const DATES_FIXED = (eol: string) => DATES(eol).replace('202011日起至20201231日', '2020年1月1日起至2020年12月31日');
const DATE_RULES = onlyRules({ 'malformed-date': 'error' });

describe('--fix writes the file back as it was: encoding, byte-order mark, line endings', () => {
  it('keeps UTF-8 with BOM and CRLF, UTF-16LE/BE, GBK and LF byte for byte outside the fix; exit 0 when nothing is left', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const dir = tree({
      '.reportlintrc.json': DATE_RULES,
      'utf8.txt': DATES('\n'),
      'bom-crlf.txt': Buffer.concat([bom, Buffer.from(DATES('\r\n'))]),
      'utf16le.txt': encodeUtf16(DATES('\r\n'), 'le'),
      'utf16be.txt': encodeUtf16(DATES('\n'), 'be'),
      'gbk.txt': encodeGbk(DATES('\r\n')),
      'cr.txt': DATES('\r'),
    });
    const files = ['utf8.txt', 'bom-crlf.txt', 'utf16le.txt', 'utf16be.txt', 'gbk.txt', 'cr.txt'];
    const r = await runCli([...files, '--fix'], dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const bytes = (name: string) => readFileSync(join(dir, name));
    expect(bytes('utf8.txt')).toEqual(Buffer.from(DATES_FIXED('\n')));
    expect(bytes('bom-crlf.txt')).toEqual(Buffer.concat([bom, Buffer.from(DATES_FIXED('\r\n'))]));
    expect(bytes('utf16le.txt')).toEqual(Buffer.from(encodeUtf16(DATES_FIXED('\r\n'), 'le')));
    expect(bytes('utf16be.txt')).toEqual(Buffer.from(encodeUtf16(DATES_FIXED('\n'), 'be')));
    expect(bytes('gbk.txt')).toEqual(Buffer.from(encodeGbk(DATES_FIXED('\r\n'))));
    expect(bytes('cr.txt')).toEqual(Buffer.from(DATES_FIXED('\r')));
  });

  it('GB18030 with four-byte characters: only the fixed span changes', async () => {
    // 㐀 (U+3400) and 𠀀 (U+20000) are four bytes each in GB18030, outside GBK.
    const text = `㐀𠀀${DATES('\r\n')}𠀀结尾\r\n`;
    const original = iconv.encode(text, 'gb18030');
    expect(new TextDecoder('gb18030').decode(original)).toBe(text);
    const dir = tree({ '.reportlintrc.json': DATE_RULES, 'gb.txt': original });
    expect((await runCli(['gb.txt', '--fix'], dir)).code).toBe(0);
    const written = readFileSync(join(dir, 'gb.txt'));
    const [head, tail] = text.split('202011日起至20201231日');
    const headBytes = iconv.encode(head!, 'gb18030');
    const tailBytes = iconv.encode(tail!, 'gb18030');
    expect(written.subarray(0, headBytes.length)).toEqual(original.subarray(0, headBytes.length));
    expect(written.subarray(written.length - tailBytes.length)).toEqual(original.subarray(original.length - tailBytes.length));
    expect(written.subarray(headBytes.length, written.length - tailBytes.length)).toEqual(iconv.encode('2020年1月1日起至2020年12月31日', 'gb18030'));
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing and prints a unified diff after the formatter output', async () => {
    const dir = tree({ '.reportlintrc.json': DATE_RULES, 'r.txt': DATES('\r\n') });
    const r = await runCli(['r.txt', '--fix-dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(DATES('\r\n'));
    expect(r.stdout).toBe(
      [
        '--- a/r.txt',
        '+++ b/r.txt',
        '@@ -1,5 +1,5 @@',
        ' 海林市人民政府2020年政府信息公开工作年度报告',
        ' ',
        '-本报告的统计期限自202011日起至20201231日止。',
        '+本报告的统计期限自2020年1月1日起至2020年12月31日止。',
        ' ',
        ' 全年主动公开信息100条。',
        '',
      ].join('\n'),
    );
  });

  it('shows the remaining findings first, then the diffs of the changed files only', async () => {
    const dir = tree({ [S003]: seed(S003), 'fixed.txt': FIXED_003 });
    const r = await runCli([S003, 'fixed.txt', '--fix-dry-run', '-f', 'unix'], dir);
    expect(r.code).toBe(1);
    const [report, diff, more] = r.stdout.split('\n\n--- a/');
    expect(more).toBeUndefined();
    expect(report).toMatch(/^\S+003_673a0e93baba7a0a\.txt:28:163: .+ \[error\/placeholder\]\n\S+fixed\.txt:28:163: .+ \[error\/placeholder\]\n\n共 2 个问题$/);
    expect(diff!.split('\n').filter((l) => /^[-+@]/.test(l))).toEqual([
      `+++ b/${S003}`,
      '@@ -3,7 +3,7 @@',
      `-${seed(S003).split('\n')[5]}`,
      `+${FIXED_003.split('\n')[5]}`,
      '@@ -17,7 +17,7 @@',
      `-${seed(S003).split('\n')[19]}`,
      `+${FIXED_003.split('\n')[19]}`,
      '@@ -53,7 +53,7 @@',
      `-${seed(S003).split('\n')[55]}`,
      `+${FIXED_003.split('\n')[55]}`,
    ]);
    expect(readFileSync(join(dir, S003), 'utf8')).toBe(seed(S003));
  });

  it('with --format json adds `output` to the changed files instead of a diff', async () => {
    const dir = tree({ '.reportlintrc.json': DATE_RULES, 'r.txt': DATES('\n'), 'ok.txt': DATES_FIXED('\n') });
    const r = await runCli(['r.txt', 'ok.txt', '--fix-dry-run', '-f', 'json'], dir);
    expect(r.code).toBe(0);
    const results = json(r.stdout);
    expect(results.map((x) => [x.filePath, x.messages.length, x.output])).toEqual([
      ['r.txt', 0, DATES_FIXED('\n')],
      ['ok.txt', 0, undefined],
    ]);
  });

  it('works on standard input (JSON output); --fix with --stdin is refused', async () => {
    const dir = tree({ '.reportlintrc.json': DATE_RULES });
    const stdin = async () => Buffer.from(DATES('\n'));
    const dry = await runCli(['--stdin', '--stdin-filename', 'in.txt', '--fix-dry-run', '-f', 'json'], dir, { stdin });
    expect(dry.code).toBe(0);
    expect(json(dry.stdout)).toMatchObject([{ filePath: 'in.txt', output: DATES_FIXED('\n'), errorCount: 0 }]);
    const diff = await runCli(['--stdin', '--stdin-filename', 'in.txt', '--fix-dry-run'], dir, { stdin });
    expect(diff.stdout.startsWith('--- a/in.txt\n+++ b/in.txt\n@@ -1,5 +1,5 @@\n')).toBe(true);
    const refused = await runCli(['--stdin', '--fix'], dir, { stdin });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'report-lint: --fix 不能用于标准输入（无处写回）；请改用 --fix-dry-run\n' });
    const both = await runCli(['r.txt', '--fix', '--fix-dry-run'], dir);
    expect(both).toEqual({ code: 2, stdout: '', stderr: 'report-lint: --fix 和 --fix-dry-run 不能同时使用\n' });
  });
});

describe('unified diffs and byte splicing', () => {
  const ten = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`);

  it('joins nearby changes into one hunk, keeps far ones apart, marks a last line without newline', () => {
    const changed = [...ten];
    changed[1] = 'LINE 2';
    changed[9] = 'LINE 10';
    expect(unifiedDiff('./x/y.txt', ten.join('\n'), changed.join('\n'))).toBe(
      [
        '--- a/x/y.txt',
        '+++ b/x/y.txt',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+LINE 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -7,4 +7,4 @@',
        ' line 7',
        ' line 8',
        ' line 9',
        '-line 10',
        '\\ No newline at end of file',
        '+LINE 10',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
    changed[5] = 'LINE 6';
    expect(unifiedDiff('y.txt', ten.join('\n'), changed.join('\n')).match(/^@@/gm)).toHaveLength(1);
    expect(unifiedDiff('y.txt', 'a\n', 'a\n')).toBe('');
    expect(unifiedDiff('y.txt', 'a\nb\n', 'c\n')).toBe('--- a/y.txt\n+++ b/y.txt\n@@ -1,2 +1 @@\n-a\n-b\n+c\n');
  });

  it('re-encodes only the changed stretch of each line and refuses text the encoding cannot carry', () => {
    expect(textEdits('ab\r\ncd\r\nef', 'aB\r\ncd\r\neF')).toEqual([
      { start: 1, end: 2, text: 'B' },
      { start: 9, end: 10, text: 'F' },
    ]);
    const original = Buffer.from('\uFEFF2020年\r\n', 'utf16le');
    expect(encodeFixed(original, 'utf-16le', '2020年\r\n', '2021年\r\n')).toEqual(Buffer.from('\uFEFF2021年\r\n', 'utf16le'));
    expect(() => encodeFixed(Buffer.from('abc'), 'utf-8', 'abc', 'a\uD800c')).toThrow('cannot encode');
  });
});
