import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, isSafeFix, MAX_FIX_PASSES } from '../src/fix.js';
import type { LintMessage } from '../src/results.js';

/** A message with a fix replacing [start, end) by text. */
function msg(start: number, end: number, text: string, ruleId = 'r'): LintMessage {
  return { ruleId, severity: 2, message: `${start}-${end}`, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, fix: { range: [start, end], text } };
}
const plain = (ruleId = 'plain'): LintMessage => ({ ruleId, severity: 1, message: 'no fix', line: 1, column: 1, endLine: 1, endColumn: 1 });

describe('applyFixes', () => {
  it('applies non-overlapping fixes in source order whatever the message order', () => {
    const a = msg(4, 7, '2020年1月1日');
    const b = msg(0, 3, 'XYZ');
    const c = plain();
    const out = applyFixes('abc 202 tail', [a, c, b]);
    expect(out.output).toBe('XYZ 2020年1月1日 tail');
    expect(out.fixed).toEqual([b, a]);
    expect(out.remaining).toEqual([c]);
  });

  it('skips a fix that overlaps or touches the previous one (left for the next pass)', () => {
    const first = msg(0, 4, 'AAAA');
    const overlap = msg(2, 6, 'BB');
    const touching = msg(4, 5, 'C');
    const out = applyFixes('0123456789', [overlap, touching, first]);
    expect(out.output).toBe('AAAA456789');
    expect(out.fixed).toEqual([first]);
    expect(out.remaining).toEqual([overlap, touching]);
  });

  it('never touches line breaks, bad ranges or no-op fixes', () => {
    const text = 'ab\r\ncd';
    const intoBreak = msg(1, 3, 'x');
    const newline = msg(0, 1, 'a\n');
    const outside = msg(5, 9, 'x');
    const backwards = msg(2, 1, 'x');
    const noop = msg(4, 5, 'c');
    const good = msg(5, 6, 'D');
    const out = applyFixes(text, [intoBreak, newline, outside, backwards, noop, good]);
    expect(out.output).toBe('ab\r\ncD');
    expect(out.fixed).toEqual([good]);
    expect(out.remaining).toEqual([intoBreak, newline, outside, backwards, noop]);
    expect(isSafeFix(text, { range: [0, 2], text: '' })).toBe(true);
    expect(isSafeFix(text, { range: [2, 3], text: '' })).toBe(false);
  });

  it('inserts at a point and deletes ranges', () => {
    expect(applyFixes('abc', [msg(1, 1, '-')]).output).toBe('a-bc');
    expect(applyFixes('abc', [msg(1, 2, '')]).output).toBe('ac');
  });

  it('returns the input and every message when nothing applies', () => {
    const messages = [plain('a'), plain('b')];
    const out = applyFixes('text', messages);
    expect(out).toEqual({ output: 'text', fixed: [], remaining: messages });
    expect(out.remaining).not.toBe(messages);
  });
});

describe('fixText', () => {
  it('re-lints and re-applies until nothing changes; the messages are those of the final text', () => {
    // "aa" → "a" for every pair; the pairs overlap or touch, so one applies per pass.
    const verify = (text: string): LintMessage[] => {
      const out: LintMessage[] = [];
      for (let i = text.indexOf('aa'); i >= 0; i = text.indexOf('aa', i + 1)) out.push(msg(i, i + 2, 'a'));
      if (text.includes('!')) out.push(plain());
      return out;
    };
    const r = fixText('aaaa!', verify);
    expect(r.output).toBe('a!');
    expect(r.fixCount).toBe(3);
    expect(r.passes).toBe(3);
    expect(r.messages).toEqual([plain()]);
  });

  it('stops after MAX_FIX_PASSES passes of a fix that never settles', () => {
    let calls = 0;
    const r = fixText('x', (text) => {
      calls++;
      return [msg(0, 0, `${text.length}`)];
    });
    expect(r.passes).toBe(MAX_FIX_PASSES);
    expect(calls).toBe(MAX_FIX_PASSES + 1);
    expect(r.messages).toHaveLength(1);
  });
});
