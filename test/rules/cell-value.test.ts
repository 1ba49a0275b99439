import { describe, expect, it } from 'vitest';
import rule from '../../rules/cell-value.js';
import { lintText } from '../../src/lint.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';
import { testRule } from '../helpers/rule-tester.js';

/** Table 三 as pipe rows: 本年新收, 上年结转, （一）予以公开, （七）总计, 结转下年度继续办理. */
const pipes = (rows: [string, string, string, string, string]) => `三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | ${rows[0]} |
二、上年结转政府信息公开申请数量 | ${rows[1]} |
三、本年度办理结果 |
（一）予以公开 | ${rows[2]} |
（七）总计 | ${rows[3]} |
四、结转下年度继续办理 | ${rows[4]} |
`;

const REVIEW = (values: string) => `四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
${values}
`;

/** Table 三 as an HTML page: each row a label and seven cells ("" for a blank one). */
const html = (rows: [string, string[]][]) =>
  `<p>三、收到和处理政府信息公开申请情况</p>\n<table>\n<tr><td>项目</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>\n${rows
    .map(([label, cells]) => `<tr><td>${label}</td>${cells.map((c) => `<td>${c || '&nbsp;'}</td>`).join('')}</tr>`)
    .join('\n')}\n</table>\n`;

const blank7 = ['', '', '', '', '', '', ''];
const two = ['2', '1', '', '', '', '', '3'];

/** Table 四 as an HTML page: the 15 cells ("" for a blank one). */
const reviewHtml = (cells: string[]) =>
  `<p>四、政府信息公开行政复议、行政诉讼情况</p>\n<table>\n<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>\n<tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    .map((h) => `<td>${h}</td>`)
    .join('')}</tr>\n<tr>${cells.map((c) => `<td>${c || '&nbsp;'}</td>`).join('')}</tr>\n</table>\n`;

testRule(rule, {
  valid: [
    {
      name: 'every cell filled, zeros written',
      text: pipes(['2 | 1 | 0 | 0 | 0 | 0 | 3', '0 | 0 | 0 | 0 | 0 | 0 | 0', '2 | 1 | 0 | 0 | 0 | 0 | 3', '2 | 1 | 0 | 0 | 0 | 0 | 3', '0 | 0 | 0 | 0 | 0 | 0 | 0']),
    },
    { name: 'table 四 filled', text: REVIEW('1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |') },
  ],
  invalid: [
    {
      name: 'an HTML page with every zero left blank: one finding for the table',
      file: 'report.html',
      text: html([['一、本年新收政府信息公开申请数量', two], ['二、上年结转政府信息公开申请数量', blank7], ['（一）予以公开', two], ['（七）总计', two], ['四、结转下年度继续办理', blank7]]),
      findings: ['4:54-4:54 表三有 26 个空格，模板要求填写数字（没有发生请填 0）'],
      english: ['4:54-4:54 table 三 has 26 blank cells; the template needs a number in each (0 when nothing happened)'],
    },
    {
      name: 'a single blank cell is reported where it is',
      text: pipes(['2 | 1 | 0 | 0 | 0 | 0 | 3', '0 | 0 | 0 | 0 | 0 | 0 | 0', '2 | 1 | 0 | 0 | 0 | 0 | 3', '2 | 1 | 0 |  | 0 | 0 | 3', '0 | 0 | 0 | 0 | 0 | 0 | 0']),
      findings: ['6:20-6:20 表三“（七）总计”社会公益组织列为空，表格要求填写数字（没有发生请填 0）'],
    },
    {
      name: 'a blank 总计 of a row with values stays a finding of its own beside the blank zeros',
      file: 'report.html',
      text: html([['一、本年新收政府信息公开申请数量', ['2', '1', '', '', '', '', '']], ['二、上年结转政府信息公开申请数量', blank7], ['（一）予以公开', two], ['（七）总计', two], ['四、结转下年度继续办理', blank7]]),
      findings: [
        '4:54-4:54 表三有 26 个空格，模板要求填写数字（没有发生请填 0）',
        '4:114-4:114 表三“一、本年新收政府信息公开申请数量”总计列为空，表格要求填写数字（没有发生请填 0）',
      ],
    },
    {
      name: 'table 四 with its zeros blank, and a group total left blank beside values',
      file: 'report.html',
      text: reviewHtml(['1', '', '', '', '', '', '', '', '', '', '', '', '', '', '']),
      findings: [
        '5:19-5:19 表四有 13 个空格，模板要求填写数字（没有发生请填 0）',
        '5:64-5:64 表四行政复议“总计”为空，表格要求填写数字（没有发生请填 0）',
      ],
    },
    {
      name: 'a Markdown table with blank zeros',
      file: 'report.md',
      text: `## 三、收到和处理政府信息公开申请情况

| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 5 | | | | | | 5 |
| 二、上年结转政府信息公开申请数量 | | | | | | | |
| （一）予以公开 | 5 | | | | | | 5 |
| （七）总计 | 5 | | | | | | 5 |
| 四、结转下年度继续办理 | | | | | | | |
`,
      findings: ['5:24-5:24 表三有 29 个空格，模板要求填写数字（没有发生请填 0）'],
    },
  ],
});

describe('blank zeros', () => {
  it('names every blank cell as a related place', () => {
    const text = pipes(['2 | 1 | 0 | 0 | 0 | 0 | 3', '0 | 0 | 0 | 0 | 0 | 0 | 0', '2 | 1 | 0 | 0 | 0 | 0 | 3', '2 | 1 |  |  | 0 | 0 | 3', '0 | 0 | 0 | 0 | 0 | 0 | 0']);
    const [m] = lintText({ filePath: 'x.txt', text }, { rules: { 'cell-value': rule } }).messages;
    expect(m!.message).toBe('表三有 2 个空格，模板要求填写数字（没有发生请填 0）');
    expect(m!.related!.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([
      '6:16 表三“（七）总计”科研机构列为空',
      '6:19 表三“（七）总计”社会公益组织列为空',
    ]);
  });
});

describe('cell-value on the fixtures', () => {
  it('is silent on every seed and corpus report (their tables hold numbers where numbers belong, and the excerpts’ cut rows are not blanks)', () => {
    for (const path of FIXTURES) expect(places(linter('cell-value', rule)(readFixture(path), path)), path).toEqual([]);
  });
});
