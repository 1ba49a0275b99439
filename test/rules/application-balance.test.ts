import { describe, expect, it } from 'vitest';
import rule from '../../rules/application-balance.js';
import { rules } from '../../rules/index.js';
import { lintText } from '../../src/lint.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';
import { testRule } from '../helpers/rule-tester.js';

/** Table 三 with the given rows of seven values (本年新收, 上年结转, （一）予以公开, （七）总计, 结转下年度继续办理). */
const table = (rows: [string, string, string, string, string]) => `三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | ${rows[0]} |
二、上年结转政府信息公开申请数量 | ${rows[1]} |
三、本年度办理结果 |
（一）予以公开 | ${rows[2]} |
（七）总计 | ${rows[3]} |
四、结转下年度继续办理 | ${rows[4]} |
`;

testRule(rule, {
  valid: [
    {
      name: 'every column balances, with carry-over',
      text: table(['3 | 0 | 0 | 0 | 1 | 0 | 4', '1 | 0 | 0 | 0 | 0 | 0 | 1', '3 | 0 | 0 | 0 | 1 | 0 | 4', '3 | 0 | 0 | 0 | 1 | 0 | 4', '1 | 0 | 0 | 0 | 0 | 0 | 1']),
    },
    {
      name: 'a column with a cell that is not a number is not judged',
      text: table(['3 | 0 | 0 | 0 | 1 | 0 | 4', '0 | 0 | 0 | 0 | — | 0 | 0', '3 | 0 | 0 | 0 | 0 | 0 | 3', '3 | 0 | 0 | 0 | 0 | 0 | 4', '0 | 0 | 0 | 0 | 0 | 0 | 0']),
    },
    { name: 'no table 三 at all', text: '一、总体情况\n本年度共收到申请3件，均已办结。\n' },
  ],
  invalid: [
    {
      name: 'pipe rows: one column and the total column',
      text: table(['3 | 0 | 0 | 0 | 1 | 0 | 4', '0 | 0 | 0 | 0 | 0 | 0 | 0', '3 | 0 | 0 | 0 | 1 | 0 | 4', '3 | 0 | 0 | 0 | 0 | 0 | 3', '0 | 0 | 0 | 0 | 0 | 0 | 0']),
      findings: [
        '6:25-6:26 勾稽关系不平衡（法律服务机构列）：本年新收 1 + 上年结转 0 = 1，但办理结果总计 0 + 结转下年度 0 = 0',
        '6:33-6:34 勾稽关系不平衡（总计列）：本年新收 4 + 上年结转 0 = 4，但办理结果总计 3 + 结转下年度 0 = 3',
      ],
      english: [
        '6:25-6:26 Request balance fails (column legal service agencies): new 1 + carried over 0 = 1, but total handled 0 + carried forward 0 = 0',
        '6:33-6:34 Request balance fails (column total): new 4 + carried over 0 = 4, but total handled 3 + carried forward 0 = 3',
      ],
    },
    {
      name: 'a Markdown table',
      file: 'report.md',
      text: `## 三、收到和处理政府信息公开申请情况

| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |
| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 三、本年度办理结果 | | | | | | | |
| （一）予以公开 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
| （七）总计 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`,
      findings: [
        '9:11-9:12 勾稽关系不平衡（自然人列）：本年新收 5 + 上年结转 0 = 5，但办理结果总计 4 + 结转下年度 0 = 4',
        '9:35-9:36 勾稽关系不平衡（总计列）：本年新收 6 + 上年结转 0 = 6，但办理结果总计 5 + 结转下年度 0 = 5',
      ],
    },
    {
      name: 'an HTML table, carried over but not carried forward',
      file: 'report.html',
      text: `<h2>三、收到和处理政府信息公开申请情况</h2>
<table>
<tr><td>一、本年新收政府信息公开申请数量</td><td>3</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>4</td></tr>
<tr><td>二、上年结转政府信息公开申请数量</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td>三、本年度办理结果</td></tr>
<tr><td>（一）予以公开</td><td>3</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>4</td></tr>
<tr><td>（七）总计</td><td>3</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>4</td></tr>
<tr><td>四、结转下年度继续办理</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
</table>
`,
      findings: [
        '7:23-7:24 勾稽关系不平衡（自然人列）：本年新收 3 + 上年结转 2 = 5，但办理结果总计 3 + 结转下年度 1 = 4',
        '7:83-7:84 勾稽关系不平衡（总计列）：本年新收 4 + 上年结转 2 = 6，但办理结果总计 4 + 结转下年度 1 = 5',
      ],
    },
  ],
});

describe('application-balance on the seeds and the corpus', () => {
  const lint = linter('application-balance', rule);
  it('001: the columns the shifted total row unbalances are left to table-sum’s one finding', () => {
    const path = 'seeds/001_b6ebaffc46ffe707.txt';
    const both = lintText({ filePath: path, text: readFixture(path) }, { rules, only: ['application-balance', 'table-sum'] }).messages;
    expect(both.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['table-sum 528:1']);
    expect(places(lint(readFixture(path), path))).toEqual([]);
  });

  it('is silent everywhere else', () => {
    for (const path of FIXTURES.filter((f) => f !== 'seeds/001_b6ebaffc46ffe707.txt')) expect(places(lint(readFixture(path), path)), path).toEqual([]);
  });
});
