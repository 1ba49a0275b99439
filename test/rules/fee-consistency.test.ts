import { describe, expect, it } from 'vitest';
import rule from '../../rules/fee-consistency.js';
import { FIXTURES, at, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'fee-consistency';
const lint = linter(ID, rule);

const R005_FEES = '我县认真落实《政府信息公开信息处理费管理办法》要求，指导推动全县行政机关按规定收取费用。全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。';

/** Table 三 with the given （六）其他处理 2 total, and section 六 with the given text. */
function report(unpaid: number, other: string, extra = ''): string {
  return [
    '某区2022年政府信息公开工作年度报告',
    extra,
    '三、收到和处理政府信息公开申请情况',
    `一、本年新收政府信息公开申请数量 | ${unpaid + 2} | 0 | 0 | 0 | 0 | 0 | ${unpaid + 2} |`,
    '（六）其他处理 |',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | ${unpaid} | 0 | 0 | 0 | 0 | 0 | ${unpaid} |`,
    '3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '六、其他需要报告的事项',
    other,
    '',
  ].join('\n');
}

describe(`${ID} on the seeds and the corpus`, () => {
  // 002 (行政事业性收费 419.37 in table 二, "未收取信息处理费", nothing unpaid) and r004/r019/r020
  // ("无收取信息处理费情况", nothing unpaid) are consistent; r005 has 7 unpaid and reports 380元 of fees.
  it.each(FIXTURES)('%s is clean', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual([]);
  });

  it('r005: "未收取信息处理费" against 7 requests dropped for an unpaid fee notice', () => {
    const text = readFixture('corpus/r005.md').replace(R005_FEES, '2025年，本县未收取信息处理费。');
    const messages = lint(text, 'r005.md');
    expect(places(messages)).toEqual([at(text, '未收取信息处理费')]);
    expect(messages[0]!.ruleId).toBe(ID);
    expect(messages[0]!.severity).toBe(1);
    expect(messages[0]!.message).toBe('正文称“未收取信息处理费”，但表三“申请人逾期未按收费通知要求缴纳费用”总计为7件：说明曾发出收费通知，请核对信息处理费的收取情况');
    expect(messages[0]!.related?.map((r) => `${r.line}:${r.column}`)).toEqual(['153:68']);
  });

  it('r005 without any word on fees: the unpaid cell is reported', () => {
    const text = readFixture('corpus/r005.md').replace(R005_FEES, '无其他需要报告的事项。');
    const messages = lint(text, 'r005.md');
    expect(places(messages)).toEqual(['153:68']);
    expect(messages[0]!.message).toContain('但报告没有说明信息处理费的收取情况');
  });

  it('r004: "无收取信息处理费情况" would be reported had table 三 counted an unpaid fee notice', () => {
    const r004 = readFixture('corpus/r004.txt');
    const text = r004.replace('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0000000', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 1000001');
    expect(text).not.toBe(r004);
    expect(places(lint(text, 'r004.txt'))).toEqual([at(text, '无收取信息处理费')]);
  });
});

describe(`${ID}: statements`, () => {
  it('reads the usual wordings of section 六', () => {
    for (const said of ['本年度未收取信息处理费。', '2022年，无收取信息处理费情况。', '本年度信息处理费为0元。', '本年度未产生任何费用。', '2022年，本机关没有收取政府信息公开信息处理费。']) {
      expect(places(lint(report(1, said))), said).toEqual(['10:1'.replace(/:1$/, `:${said.search(/未|无|信息处理费为|没有/) + 1}`)]);
    }
    expect(lint(report(0, '本年度未收取信息处理费。'))).toEqual([]);
    expect(lint(report(2, '本年度收取信息处理费200元。'))).toEqual([]);
  });

  it('never reads 行政事业性收费 or fee rules as a statement on information-processing fees', () => {
    // Only the missing statement is reported, at the table cell.
    expect(places(lint(report(1, '本年度未收取行政事业性收费。')))).toEqual(['7:65']);
    expect(lint(report(1, '本机关按件计收信息处理费，每月10件以下不收取信息处理费。'))).toEqual([]);
    expect(lint(report(1, '本年度信息处理费共计300元。'))).toEqual([]);
  });

  it('outside 六 the sentence must be about fees for requests', () => {
    expect(lint(report(1, '依规定收取信息处理费。', '一、总体情况\n全年未收取任何费用开展宣传活动。'))).toEqual([]);
    expect(places(lint(report(1, '依规定收取信息处理费。', '一、总体情况\n办理依申请公开未收取任何费用。')))).toEqual(['3:8']);
  });

  it('reads a pre-2019 附表 fee row in the year column, never 历年累计 or 减免', () => {
    const legacy = (year: string, text: string) => [
      '某县2017年政府信息公开工作年度报告',
      '一、政府信息公开的收费及减免情况',
      text,
      '附表',
      '指标名称 | 单位 | 2017年度 | 历年累计 |',
      '受理政府信息公开申请总数 | 件 | 10 | 33 |',
      `依申请公开信息收取的费用 | 元 | ${year} | 500 |`,
      '政府信息公开收费减免金额 | 元 | 80 | 80 |',
      '',
    ].join('\n');
    const messages = lint(legacy('300', '2017年未收取任何费用。'));
    expect(places(messages)).toEqual(['3:6']);
    expect(messages[0]!.message).toContain('附表“依申请公开信息收取的费用”为300元');
    expect(lint(legacy('0', '2017年未收取任何费用。'))).toEqual([]);
  });
});
