import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { displayWidth } from '../src/text/width.js';

describe('displayWidth', () => {
  it('agrees with string-width on every BMP code point, alone and in text', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      expect(displayWidth(ch), c.toString(16)).toBe(stringWidth(ch));
    }
  });

  it('agrees with string-width on report text, emoji, combining marks and line breaks', () => {
    for (const text of ['二、主动公开政府信息情况', '（一）予以公开 | 3 | 0', 'abc “引号”……—', '👍🏽 表情', 'é 组合', 'a\r\nb', '①②③ ×≥', '']) {
      expect(displayWidth(text), text).toBe(stringWidth(text));
    }
  });
});
