/**
 * Memory and depth bounded per file: huge tables are cut at the row and cell
 * limits, deep HTML loses the tags below the depth limit, Markdown the parser
 * would read in quadratic time is read as text; each says so once (a warning
 * of the tool, in Chinese or English) and the rest of the file is checked.
 */
import { describe, expect, it } from 'vitest';
import { lintReports } from '../src/lint.js';
import { rules } from '../rules/index.js';
import { MAX_DEPTH, MAX_TABLE_CELLS, MAX_TABLE_ROWS } from '../src/frontends/limits.js';

/** A wrong share after the hostile part: growth-rate must still find it. */
const WRONG_SHARE = '本年度共收到申请10件，其中5件，占60%。';
const TITLE = '# 某县人民政府2022年政府信息公开工作年度报告\n\n';
const lint = (filePath: string, text: string, locale?: 'en') => lintReports([{ filePath, text }], { rules, ...(locale ? { locale } : {}) })[0]!;
const tool = (r: ReturnType<typeof lint>) => r.messages.filter((m) => m.ruleId === null);
const shareFound = (r: ReturnType<typeof lint>) => r.messages.some((m) => m.ruleId === 'growth-rate' && m.message.includes('60%'));

describe('table limits', () => {
  it(`a Markdown pipe table of more than ${MAX_TABLE_ROWS} rows: one note at the first row left out, the rest of the file checked`, () => {
    const rows = MAX_TABLE_ROWS + 200;
    const text = `# 一、总体情况\n\n| 项目 | 数量 |\n|---|---|\n${'| 主动公开 | 12 |\n'.repeat(rows - 2)}\n${WRONG_SHARE}\n`;
    const r = lint('big.md', text);
    const notes = tool(r);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe(1);
    expect(notes[0]!.message).toBe(`表格过大：该表有${rows}行、${rows * 3}个单元格，超过上限（${MAX_TABLE_ROWS}行、${MAX_TABLE_CELLS}个单元格），第${MAX_TABLE_ROWS + 1}行起未检查；文件的其余部分照常检查`);
    // Line 3 is the first row of the table.
    expect(notes[0]!.line).toBe(3 + MAX_TABLE_ROWS);
    expect(notes[0]!.endLine).toBe(2 + rows);
    expect(shareFound(r)).toBe(true);
  });

  it(`an HTML table of more than ${MAX_TABLE_CELLS} cells is cut at the cell limit`, () => {
    const cells = '<td>1</td>'.repeat(30);
    const rows = Math.ceil(MAX_TABLE_CELLS / 30) + 10;
    const text = `<p>一、总体情况</p><table>${`<tr>${cells}</tr>`.repeat(rows)}</table><p>${WRONG_SHARE}</p>`;
    const r = lint('big.html', text);
    const notes = tool(r);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain(`该表有${rows}行、${rows * 30}个单元格`);
    expect(notes[0]!.message).toContain(`第${Math.floor(MAX_TABLE_CELLS / 30) + 1}行起未检查`);
    expect(shareFound(r)).toBe(true);
  });

  it('tables under the limits get no note', () => {
    expect(tool(lint('small.md', `# 一、总体情况\n\n| 项目 | 数量 |\n|---|---|\n${'| 主动公开 | 12 |\n'.repeat(100)}`))).toEqual([]);
  });
});

describe('depth limits', () => {
  it('100,000 nested <div>s: no stack overflow, one plain note, the text inside still checked', () => {
    const text = `<p>一、总体情况</p>${'<div>'.repeat(100_000)}<p>${WRONG_SHARE}</p>${'</div>'.repeat(100_000)}`;
    const r = lint('deep.html', text);
    expect(tool(r).map((m) => m.message)).toEqual([`HTML 元素嵌套超过${MAX_DEPTH}层，更深的标签按不存在处理（其中的文字照常检查）`]);
    expect(r.messages.every((m) => !/Maximum call stack|RangeError/.test(m.message))).toBe(true);
    expect(shareFound(r)).toBe(true);
    // The English note: the same path, at a depth just over the limit.
    const over = `<p>一、总体情况</p>${'<div>'.repeat(MAX_DEPTH + 5)}<p>x</p>`;
    expect(tool(lint('deep.html', over, 'en'))[0]!.message).toMatch(/^HTML elements nested more than 100 deep/);
  });

  it('unclosed nesting, stray end tags and script contents do not confuse the depth count', () => {
    const text = `<p>一、总体情况</p>${'</span>'.repeat(1000)}<script>${'<div>'.repeat(1000)}</script>${'<div><p>x</p></div>'.repeat(1000)}<p>${WRONG_SHARE}</p>`;
    const r = lint('shallow.html', text);
    expect(tool(r)).toEqual([]);
    expect(shareFound(r)).toBe(true);
  });

  it.each([
    ['block quotes 100,000 deep', `${TITLE}# 一、总体情况\n\n${'>'.repeat(100_000)} ${WRONG_SHARE}\n`, 5],
    ['lists 100 levels deep', `${TITLE}# 一、总体情况\n\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- 第${i}项`).join('\n')}\n\n${WRONG_SHARE}\n`, 5 + 65],
    ['a paragraph of 20,000 emphasis and link marks', `${TITLE}# 一、总体情况\n\n${'*[a'.repeat(10_000)}\n\n${WRONG_SHARE}\n`, 5],
  ])('Markdown with %s is read as plain text, said once', (_, text, line) => {
    const r = lint('deep.md', text);
    const notes = tool(r);
    expect(notes.map((m) => m.message)).toEqual(['Markdown 标记嵌套过深或过多（超出可在合理时间内解析的范围），本文件按纯文本检查']);
    expect(notes[0]!.line).toBe(line);
    expect(shareFound(r)).toBe(true);
  });
});

describe('a recursion error that got through', () => {
  it('is told in plain words, never as the JavaScript error text', async () => {
    const { cliMessages } = await import('../src/cli/messages.js');
    expect(cliMessages('zh-CN').lintCrashed('a.html', 'Maximum call stack size exceeded')).toBe('无法检查 a.html：文件结构嵌套过深，超出了程序能处理的层数');
    expect(cliMessages('en').lintCrashed('a.html', 'Maximum call stack size exceeded')).toBe('cannot check a.html: the file is nested deeper than the program can follow');
    expect(cliMessages('zh-CN').lintCrashed('a.html', 'boom', 'numbering')).toBe('检查 a.html 时出错：boom（规则 numbering）');
  });
});
