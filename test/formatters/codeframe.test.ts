import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { caretLine, frameLine } from '../../src/formatters/codeframe.js';

describe('frameLine', () => {
  it('shows a short line whole and underlines the finding', () => {
    const f = frameLine('收到申请 120 件', 5, 8);
    expect(f).toEqual({ text: '收到申请 120 件', pad: 9, length: 3 });
    expect(caretLine(f)).toBe('         ^~~');
  });

  it('puts a single caret after the end of the line for an empty finding there', () => {
    const f = frameLine('结束', 2, 2);
    expect(caretLine(f)).toBe('    ^');
  });

  it('underlines to the end of the line for findings that go on', () => {
    const f = frameLine('合计：一二三', 3, 99);
    expect(caretLine(f)).toBe('      ^~~~~~');
  });

  it('does not split surrogate pairs and counts wide emoji as two columns', () => {
    const line = '😀'.repeat(100) + 'X' + '😀'.repeat(100);
    const f = frameLine(line, 200, 201);
    expect(f.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(stringWidth(f.text.slice(0, f.text.indexOf('X')))).toBe(f.pad);
    expect(stringWidth(f.text)).toBeLessThanOrEqual(82);
  });

  it('keeps some context on the left when the finding is wider than the window', () => {
    const line = 'a'.repeat(50) + 'b'.repeat(200);
    const f = frameLine(line, 50, 250);
    expect(f.text.startsWith('…' + 'a'.repeat(10) + 'b')).toBe(true);
    expect(f.pad).toBe(11);
    expect(f.length).toBe(70);
  });

  it('fills the window from the left when the finding is near the end', () => {
    const line = '字'.repeat(200) + '尾';
    const f = frameLine(line, 200, 201);
    expect(f.text.endsWith('尾')).toBe(true);
    expect(stringWidth(f.text)).toBe(81);
  });
});
