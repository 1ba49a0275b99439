import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { context, longLine, sampleResults } from './fixtures.js';

describe('github', () => {
  it('prints a group per file with one annotation per message', () => {
    const c = longLine.column;
    expect(github(sampleResults(), context()).split('\n')).toEqual([
      '::group::reports/2023年报告.md',
      '::error file=reports/2023年报告.md,line=3,endLine=3,col=17,endColumn=20,title=report-lint [application-balance]::收到申请数  与办结数不一致（120 ≠ 118）',
      `::warning file=reports/2023年报告.md,line=4,endLine=4,col=${c},endColumn=${c + 3},title=report-lint [long-line-rule]::“ABC”不是规范用语（第3段）`,
      '::notice file=reports/2023年报告.md,line=5,endLine=5,col=1,endColumn=3,title=report-lint [term-style]::Line one,%0Aline two: 100%25 done',
      '::endgroup::',
      '::group::/elsewhere/outside.md',
      '::error file=/elsewhere/outside.md,line=1,endLine=1,col=1,endColumn=1,title=report-lint::无法读取文件：编码不是 UTF-8',
      '::endgroup::',
      '',
    ]);
  });

  it('escapes data and properties the way the runner expects', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab%3A c%2C d');
    const r = sampleResults()[0]!;
    const out = github([{ ...r, filePath: 'dir,with:odd%.md', messages: [r.messages[0]!] }], context());
    expect(out).toContain('::error file=dir%2Cwith%3Aodd%25.md,line=3,');
    expect(out.startsWith('::group::dir,with:odd%25.md\n')).toBe(true);
  });

  it('leaves out positions of messages that have none and prints nothing without problems', () => {
    const r = sampleResults()[2]!;
    const m = { ...r.messages[0]!, line: 0, column: 0, endLine: 0, endColumn: 0 };
    expect(github([{ ...r, messages: [m] }], context())).toContain('::error file=/elsewhere/outside.md,title=report-lint::');
    expect(github([sampleResults()[1]!], context())).toBe('');
  });
});
