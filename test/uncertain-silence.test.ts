/**
 * The rule of the house: a cell the reader could not be sure of is told once
 * by parse-uncertain, and the arithmetic, cell and structure rules stay
 * silent about it; a rule comparing it with the text says at most a warning.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { rules } from '../rules/index.js';

const TABLE = `三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
三、本年度办理结果 |
（一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
（三）不予公开 |
1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`;

const NOTE = { zh: '行名跨了两行，已按模板读取', en: 'the row label spans two lines; read by the template' };

/** Findings of the checking rules, "ruleId severity", with the given stretch marked uncertain (or not). */
function findings(text: string, at?: string): string[] {
  const start = at === undefined ? -1 : text.indexOf(at);
  if (at !== undefined) expect(start).toBeGreaterThanOrEqual(0);
  const uncertain = at === undefined ? [] : [{ start, end: start + at.length, message: NOTE }];
  const only = ['application-balance', 'table-sum', 'cell-value', 'template-version', 'required-tables', 'prose-table-mismatch', 'parse-uncertain'];
  return lintText({ filePath: 'x.txt', text, ...(uncertain.length ? { uncertain } : {}) }, { rules, only }).messages.map(
    (m) => `${m.ruleId} ${m.severity === 2 ? 'error' : m.severity === 1 ? 'warning' : 'info'}`,
  );
}

describe('uncertain cells', () => {
  it('a wrong total: certain, it is an arithmetic error; uncertain, only parse-uncertain speaks', () => {
    const text = TABLE.replace('2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 5 |');
    expect(findings(text)).toEqual(['table-sum error']);
    expect(findings(text, '| 5 |')).toEqual(['parse-uncertain info']);
  });

  it('a negative count that is uncertain is no cell-value error', () => {
    const text = TABLE.replace('二、上年结转政府信息公开申请数量 | 0 | 0', '二、上年结转政府信息公开申请数量 | -1 | 0');
    expect(findings(text)).toContain('cell-value error');
    expect(findings(text, '-1')).toEqual(['parse-uncertain info']);
  });

  it('values under a row label that was guessed are not certain either', () => {
    const text = TABLE.replace('（一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '（一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 4 |');
    expect(findings(text)).toEqual(['table-sum error']);
    expect(findings(text, '（一）予以公开')).toEqual(['parse-uncertain info']);
  });

  it('a row label the reader could not match is no “row the template lacks” when it is uncertain', () => {
    const text = TABLE.replace('2.其他法律行政法规禁止公开 |', '2.其它法规之禁止事项 |');
    expect(findings(text)).toContain('template-version warning');
    expect(findings(text, '禁止事项')).not.toContain('template-version warning');
  });

  it('a text figure against an uncertain cell is a warning that says so, never an error', () => {
    const text = `一、总体情况\n本年度共收到政府信息公开申请5件。\n${TABLE}`;
    expect(findings(text)).toContain('prose-table-mismatch error');
    const messages = lintText(
      { filePath: 'x.txt', text, uncertain: [{ start: text.indexOf('| 3 |\n二'), end: text.indexOf('| 3 |\n二') + 3, message: NOTE }] },
      { rules, only: ['prose-table-mismatch'] },
    ).messages;
    expect(messages.map((m) => [m.severity, m.message])).toEqual([[1, '正文称收到申请5件，但表三“本年新收”总计为3件（该单元格读取不确定）']]);
  });
});
