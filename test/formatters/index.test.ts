import { describe, expect, it } from 'vitest';
import { formatters, getFormatter, stylish } from '../../src/formatters/index.js';

describe('formatter registry', () => {
  it('names every format', () => {
    expect(Object.keys(formatters).sort()).toEqual(['compact', 'github', 'html', 'json', 'sarif', 'stylish', 'unix']);
    expect(getFormatter('stylish')).toBe(stylish);
  });

  it('returns undefined for unknown names, including object built-ins', () => {
    expect(getFormatter('checkstyle')).toBeUndefined();
    expect(getFormatter('toString')).toBeUndefined();
    expect(getFormatter('__proto__')).toBeUndefined();
  });
});
