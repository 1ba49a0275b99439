import { describe, expect, it } from 'vitest';
import rule from '../../rules/template-version.js';
import { bareLabel, misspeltLabel } from '../../rules/template-version/labels.js';
import { linter } from '../helpers/rule-fixtures.js';

const lint = linter('template-version', rule);
const found = (text: string) => lint(text, 'x.txt').map((m) => `${m.line}:${m.column} ${m.message}`);

const TRIAL = '二、主动公开政府信息情况\n第二十条第（一）项 |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n规章 | 0 | 0 | 0 |\n';
const trialLate = (year: number) => `${year}年度报告使用了2019年试行格式的表格（如“本年新制作数量”）；2021年度起应使用国办公开办函〔2021〕30号规定的格式（本年制发件数、本年废止件数、现行有效件数等）`;

describe('template-version: the year from the body', () => {
  it('compares the tables with a year the body makes clear', () => {
    expect(found(`一、总体情况\n2022年，我县认真贯彻落实《条例》。2022年全县主动公开信息120条，比2021年有所增加。\n${TRIAL}`)).toEqual([`5:8 ${trialLate(2022)}`]);
    expect(found(`一、总体情况\n2023年度，我局推进公开。2023年度共收到申请5件。2023年，我局完善制度。\n${TRIAL}`)).toEqual([`5:8 ${trialLate(2023)}`]);
  });

  it('stays silent when the body does not make the year clear', () => {
    expect(lint(`一、总体情况\n2022年，我县主动公开信息120条，2021年为100条。\n${TRIAL}`, 'x.txt')).toEqual([]);
    expect(lint(`一、总体情况\n2022年，我县推进公开。\n${TRIAL}`, 'x.txt')).toEqual([]);
  });
});

describe('template-version: a template label with one character wrong', () => {
  it('names the template label, in tables 二, 三 and 四', () => {
    expect(misspeltLabel('行政事业型收费')).toBe('行政事业性收费');
    expect(misspeltLabel('本年制发件薮')).toBe('本年制发件数');
    expect(misspeltLabel('结果维特')).toBe('结果维持');
    expect(misspeltLabel(bareLabel('(三)不予公廾'))).toBe('不予公开');
    expect(misspeltLabel(bareLabel('5.重复申清'))).toBe('重复申请');
    expect(misspeltLabel(bareLabel('本年收费金额(单位:万元)'))).toBeUndefined();
  });

  it('leaves the template labels, ambiguous ones, short ones and codes alone', () => {
    for (const ok of ['行政事业性收费', '结果纠正', '其他结果', '自然人', '规章', '2021年度', '第二十条', '行政复议']) expect(misspeltLabel(bareLabel(ok)), ok).toBeUndefined();
    // One character from both 其他处理 and 其他结果: no telling which.
    expect(misspeltLabel('其他处果')).toBeUndefined();
  });

  it('reports the cell', () => {
    const text = '某县2022年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（八）项 |\n信息内容 | 本年收费金额（单位：万元） |\n行政事业型收费 | 0 |\n';
    expect(found(text)).toEqual(['5:1 表格用语“行政事业型收费”与模板不符，应为“行政事业性收费”']);
  });
});
