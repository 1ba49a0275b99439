import { describe, expect, it } from 'vitest';
import rule from '../../rules/publication-deadline.js';
import { standingDate } from '../../rules/publication-deadline/standing-dates.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'publication-deadline';
const lint = linter(ID, rule);

const report = (title: string, header: string, ...rest: string[]) => [title, header, '一、总体情况', '正文。', ...rest, ''].join('\n');

describe(`${ID} on the seeds and the corpus`, () => {
  // 001 海林市 2020 on 2021-02-01, 002 on 2023-01-19, 003 on 2019-01-09, r004 平潭 (管委会) 2023-02-20,
  // r019 2024-03-08, r020 2025-03-10, r028 桦川县卫生健康局 2022-01-27, r005 沭阳县 2026-01-23: all in time.
  it.each(FIXTURES)('%s is clean', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual([]);
  });

  it('would report r028 (a department) published in February', () => {
    const text = readFixture('corpus/r028.txt').replace('日期:2022-01-27', '日期:2022-02-27');
    const messages = lint(text, 'r028.txt');
    expect(places(messages)).toEqual(['5:4']);
    expect(messages[0]!.message).toBe(
      '发布日期2022年2月27日晚于法定期限2022年1月31日：县级以上人民政府部门（桦川县卫生健康局）应于每年1月31日前公布上一年度报告（《条例》第四十九条）',
    );
  });

  it('would accept seed 001 (a city government) in February, and report it in April', () => {
    const text = readFixture('seeds/001_b6ebaffc46ffe707.txt');
    expect(places(lint(text.replace('日期:2021-02-01', '日期:2021-04-01')))).toEqual(['5:4']);
  });
});

describe(`${ID}: dates and deadlines`, () => {
  it('a report dated before its year ended (三亚市海棠区 2015, dated 2015年3月15日)', () => {
    const messages = lint(report('海棠区2015年政府信息公开工作年度报告', '三亚市海棠区人民政府', '海棠区人民政府办公室', '2015年3月15日'));
    expect(places(messages)).toEqual(['6:1']);
    expect(messages[0]!.message).toBe('落款日期2015年3月15日早于统计期结束（2015年12月31日）：2015年度报告只能在统计期结束后发布');
  });

  it('2008–2018: 31 March for every organ', () => {
    expect(lint(report('某县交通局2016年政府信息公开工作年度报告', '发布时间：2017-03-20'))).toEqual([]);
    expect(places(lint(report('某县交通局2016年政府信息公开工作年度报告', '发布时间：2017-04-01')))).toEqual(['2:6']);
  });

  it('from 2019: departments by 31 January, governments by 31 March', () => {
    expect(places(lint(report('某县交通局2020年政府信息公开工作年度报告', '发布时间：2021-02-01')))).toEqual(['2:6']);
    expect(lint(report('某县2020年政府信息公开工作年度报告', '发布时间：2021-03-31'))).toEqual([]);
    expect(places(lint(report('某县2020年政府信息公开工作年度报告', '发布时间：2021-04-01')))).toEqual(['2:6']);
  });

  it('townships by the configured local deadline', () => {
    const text = report('某镇2022年政府信息公开工作年度报告', '发布时间：2023-02-15');
    expect(lint(text)).toEqual([]);
    const messages = lint(text, 'x.txt', { townshipDeadline: '01-31' });
    expect(messages[0]!.message).toContain('乡镇、街道（某镇）的期限按本地规定，现按1月31日计');
  });

  it('an unknown kind of agency gets the latest deadline', () => {
    const text = report('2022年政府信息公开工作年度报告', '发布时间：2023-04-02');
    expect(lint(text)[0]!.message).toContain('未能判断报告单位是政府部门还是人民政府，按最晚的3月31日计');
    expect(lint(report('2022年政府信息公开工作年度报告', '发布时间：2023-03-02'))).toEqual([]);
  });

  it('checks the 落款 date too, in Chinese numerals, once per distinct date', () => {
    const late = report('某县交通局2022年政府信息公开工作年度报告', '发布时间：2023-01-20', '某县交通局', '二〇二三年二月二十日');
    expect(places(lint(late))).toEqual(['6:1']);
    expect(lint(late)[0]!.message).toContain('落款日期2023年2月20日晚于法定期限2023年1月31日');
    const same = report('某县交通局2022年政府信息公开工作年度报告', '发布时间：2023-02-20', '某县交通局', '2023年2月20日');
    expect(places(lint(same))).toEqual(['2:6']);
  });

  it('reads standing dates', () => {
    expect(standingDate('2021年1月28日')?.date).toEqual({ year: 2021, month: 1, day: 28 });
    expect(standingDate('(2026年1月23日)')?.date).toEqual({ year: 2026, month: 1, day: 23 });
    expect(standingDate('海林市人民政府办公室 2021年1月28日')?.index).toBe(11);
    expect(standingDate('二〇二一年一月二十八日')?.date).toEqual({ year: 2021, month: 1, day: 28 });
    expect(standingDate('2021年1月28日召开会议')).toBeNull();
  });
});
