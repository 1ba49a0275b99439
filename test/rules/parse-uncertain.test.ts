import { describe, expect, it } from 'vitest';
import rule from '../../rules/parse-uncertain.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';
import { testRule } from '../helpers/rule-tester.js';

/** Table 三 as pipe rows, the 不予公开 group in full. */
const TABLE = `三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
三、本年度办理结果 |
（一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
（三）不予公开 |
1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`;

const WRAPPED = { zh: '行名跨了两行，已按（三）不予公开 2.其他法律行政法规禁止公开读取', en: 'the row label spans two lines; read as (3) withheld, 2. barred by other laws' };
const SHORT = { zh: '数值少于表头的列数，已按模板从左到右对齐', en: 'fewer values than columns; lined up from the left by the template' };

testRule(rule, {
  valid: [
    { name: 'a table read with certainty', text: TABLE },
    { name: 'no table at all', text: '一、总体情况\n本年度共收到申请3件。\n' },
  ],
  invalid: [
    {
      name: 'a guessed row label: the row by its position, since its label is what is uncertain',
      text: TABLE,
      uncertain: [{ at: '2.其他法律行政法规禁止公开', ...WRAPPED }],
      findings: ['8:1-8:15 表三第7行的行名跨了两行，已按（三）不予公开 2.其他法律行政法规禁止公开读取'],
      english: ['8:1-8:15 In table 三, row 7: the row label spans two lines; read as (3) withheld, 2. barred by other laws'],
    },
    {
      name: 'values of two rows: one finding for the table, the rows by the template’s words',
      text: TABLE,
      uncertain: [{ at: '1 | 0 | 0 | 0 | 0 | 0 | 1', ...SHORT }, { at: '2 | 0 | 0 | 0 | 0 | 0 | 2', ...SHORT }],
      findings: [
        '5:11-5:12 表三“（一）予以公开”一行的数值少于表头的列数，已按模板从左到右对齐；“（三）不予公开 2.其他法律行政法规禁止公开”一行的数值少于表头的列数，已按模板从左到右对齐',
      ],
      english: [
        '5:11-5:12 In table 三, row “(1) granted”: fewer values than columns; lined up from the left by the template; row “(3) withheld, 2. barred by other laws and administrative regulations”: fewer values than columns; lined up from the left by the template',
      ],
    },
    {
      name: 'table 四 has one row of values: the table alone is named',
      text: `四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`,
      uncertain: [{ at: '1 | 0 | 0 | 0 | 1', zh: '表格线不完整，无法确定单元格的边界', en: 'the table rulings are incomplete: the cell boundaries are not certain' }],
      findings: ['4:1-4:2 表四的表格线不完整，无法确定单元格的边界'],
      english: ['4:1-4:2 In table 四, the table rulings are incomplete: the cell boundaries are not certain'],
    },
    {
      name: 'a Markdown table of table 二',
      file: 'report.md',
      text: `## 二、主动公开政府信息情况

| 第二十条第（一）项 | | | |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 5 | 1 | 40 |
`,
      uncertain: [{ at: '40', zh: '数值与表头对不齐，已按模板读作现行有效件数', en: 'the value does not line up with the header; read as 现行有效件数 by the template' }],
      findings: ['7:21-7:23 表二第二十条第（一）项“行政规范性文件”一行的数值与表头对不齐，已按模板读作现行有效件数'],
      english: ['7:21-7:23 In table 二, item (1) of article 20, row “行政规范性文件”: the value does not line up with the header; read as 现行有效件数 by the template'],
    },
  ],
});

describe('parse-uncertain on the fixtures', () => {
  const lint = linter('parse-uncertain', rule);
  it('says once per table what the text versions of r019 and r020 and the skeleton of r025 leave open, and nothing elsewhere', () => {
    const found = FIXTURES.filter((f) => places(lint(readFixture(f), f)).length > 0);
    expect(found).toEqual(['corpus/r019.txt', 'corpus/r020.txt', 'corpus/r025.txt']);
    for (const f of found) expect(places(lint(readFixture(f), f))).toHaveLength(1);
  });
});
