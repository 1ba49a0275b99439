import { describe, expect, it } from 'vitest';
import rule from '../../rules/required-sections.js';
import { FIXTURES, linter, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'required-sections';
const lint = linter(ID, rule);
const found = (text: string) => lint(text).map((m) => `${m.line}:${m.column} ${m.severity === 1 ? 'warning' : 'error'} ${m.message}`);

/** A 2021 report skeleton with the given lines as section 五. */
const report = (problems: string[], heading = '五、存在的主要问题及改进情况') => [
  '某县2022年政府信息公开工作年度报告',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  heading,
  ...problems,
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
  '',
].join('\n');

describe(`${ID}: section 五 must state problems and measures`, () => {
  it('every fixture states them', () => {
    for (const rel of FIXTURES) {
      expect(lint(readFixture(rel), rel).filter((m) => /第五部分|问题和改进措施/.test(m.message)), rel).toEqual([]);
    }
  });

  it('empty, or only sub-headings', () => {
    expect(found(report([]))).toEqual(['6:1 warning “五、存在的主要问题及改进情况”部分没有内容：报告应写明存在的主要问题和改进措施']);
    expect(found(report(['（一）存在的主要问题', '（二）改进情况']))).toHaveLength(1);
  });

  it('"无" and its kin', () => {
    for (const nil of ['无。', '暂无', '本年度无此类情况。', '无']) {
      expect(found(report([nil])), nil).toEqual([`6:1 warning “五、存在的主要问题及改进情况”部分只写了“${nil}”：报告应写明存在的主要问题和改进措施`]);
    }
    // Run into the heading line.
    expect(found(report([], '五、存在的主要问题及改进情况：无'))).toEqual(['6:1 warning “五、存在的主要问题及改进情况:无”部分只写了“无”：报告应写明存在的主要问题和改进措施']);
  });

  it('one short sentence', () => {
    expect(found(report(['今后将继续做好政府信息公开工作。']))).toEqual([
      '6:1 warning “五、存在的主要问题及改进情况”部分只有一句话（“今后将继续做好政府信息公开工作。”）：报告应写明存在的主要问题和改进措施',
    ]);
  });

  it('is silent on problems and measures, however briefly stated', () => {
    expect(found(report(['信息更新不够及时。下一步将加强审核。']))).toEqual([]);
    expect(found(report(['本年度政府信息公开工作还存在解读形式单一、更新不够及时等问题，下一步将丰富解读形式，加强信息发布审核。']))).toEqual([]);
    expect(found(report(['（一）存在的主要问题', '政策解读形式较为单一。', '（二）改进情况', '丰富政策解读形式。']))).toEqual([]);
  });
});
