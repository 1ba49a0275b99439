import { describe, expect, it } from 'vitest';
import rule from '../../rules/period-consistency.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'period-consistency';
const lint = linter(ID, rule);
const lintFixture = (rel: string) => lint(readFixture(rel), rel);

/** Findings on the real reports; every other fixture must be clean. */
const EXPECTED: Record<string, string[]> = {
  'seeds/004_9c99e8684d928071.txt': ['1:1'],
  'corpus/r013.txt': ['10:4388'],
  // Excerpts without a title line.
  'corpus/r025.txt': ['1:1'],
  'corpus/r027.txt': ['1:1'],
  'corpus/r029.txt': ['1:1'],
  'corpus/r033.txt': ['1:1'],
  'corpus/r040.txt': ['1:1'],
};

describe(ID, () => {
  it.each(FIXTURES)('%s', (rel) => {
    expect(places(lintFixture(rel))).toEqual(EXPECTED[rel] ?? []);
  });

  it('warns at the start of seed 004 that the title is missing and where the year came from', () => {
    const [m] = lintFixture('seeds/004_9c99e8684d928071.txt');
    expect(m!.severity).toBe(1);
    expect(m!.message).toContain('报告没有标题行');
    expect(m!.message).toContain('年度（2017）取自统计期限');
    expect(m!.message).toContain('正文自称“我镇”');
  });

  it('reports the 2016 plan in the 2016 report r013 as an error naming 2017', () => {
    const [m] = lintFixture('corpus/r013.txt');
    expect(m!.severity).toBe(2);
    expect(m!.message).toContain('改进计划写作“2016年”');
    expect(m!.message).toContain('应为2017年');
    expect(m!.endColumn - m!.column).toBe(4);
  });

  it('names the agency found in the body of a report without title', () => {
    expect(lintFixture('corpus/r029.txt')[0]!.message).toContain('由两城镇人民政府党政办公室编制');
    expect(lintFixture('corpus/r033.txt')[0]!.message).toContain('东风区司法局');
  });

  it('stays silent on the garbled period of seed 001 (malformed-date reports it)', () => {
    expect(lintFixture('seeds/001_b6ebaffc46ffe707.txt')).toEqual([]);
  });

  it('reports a period that is not the full calendar year at its dates', () => {
    const messages = lint('某县2020年政府信息公开工作年度报告\n本报告统计期限自2019年7月1日至2020年6月30日。\n');
    expect(places(messages)).toEqual(['2:9']);
    expect(messages[0]!.message).toContain('应为2020年1月1日至2020年12月31日');
  });

  it('reads a period whose dates lost 年 and 月 as malformed-date repairs them', () => {
    const found = (text: string) => lint(`某县2020年政府信息公开工作年度报告\n${text}\n`).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message}`);
    expect(found('本报告统计期限自202011日起至20201130日止。')).toEqual([
      '2:9-27 统计期限“202011日起至20201130日”不是完整的日历年，应为2020年1月1日至2020年12月31日',
    ]);
    expect(found('本报告所列数据统计期限为2020年2月1日至20201231日。')).toEqual([
      '2:13-32 统计期限“2020年2月1日至20201231日”不是完整的日历年，应为2020年1月1日至2020年12月31日',
    ]);
    expect(found('本报告数据统计期限自201911日至20191231日止。')).toEqual(['2:11-28 统计期限为2019年，但报告年度为2020年']);
    expect(found('本报告统计期限自202011日起至20201231日止。')).toEqual([]);
  });

  it('reports a period given by a 截至 date inside the year', () => {
    const found = (text: string) => lint(`某县2020年政府信息公开工作年度报告\n${text}\n`).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message}`);
    expect(found('本报告所列数据截至2020年11月30日。')).toEqual(['2:10-21 统计数据截至“2020年11月30日”，没有覆盖报告年度全年，应截至2020年12月31日']);
    expect(found('本报告中所列数据统计期限截至2020年10月31日。')).toEqual(['2:15-26 统计数据截至“2020年10月31日”，没有覆盖报告年度全年，应截至2020年12月31日']);
    expect(found('报告中数据统计截止到2020年6月30日。')).toEqual(['2:11-21 统计数据截至“2020年6月30日”，没有覆盖报告年度全年，应截至2020年12月31日']);
    expect(found('本报告所列数据截至20201130日。')).toEqual(['2:10-19 统计数据截至“20201130日”，没有覆盖报告年度全年，应截至2020年12月31日']);
    expect(found('本报告所列数据统计截至2019年12月31日。')).toEqual(['2:12-23 统计期限为2019年，但报告年度为2020年']);
    for (const ok of [
      '本报告所列数据截至2020年12月31日。',
      '本报告中所列数据统计期限截至2020年12月31日。',
      '截至2020年11月30日，我县累计主动公开政府信息1200条。',
      '本报告所列数据截至2020年底。',
    ]) {
      expect(found(ok), ok).toEqual([]);
    }
  });

  it('reports a period of another year than the title', () => {
    const messages = lint('某县2020年政府信息公开工作年度报告\n本报告统计期限为2019年1月1日至12月31日。\n');
    expect(places(messages)).toEqual(['2:9']);
    expect(messages[0]!.message).toBe('统计期限为2019年，但报告年度为2020年');
  });

  it('reports the title when period and body agree on another year', () => {
    const text = '某县2021年政府信息公开工作年度报告\n现将某县2020年政府信息公开工作年度报告公布如下。统计期限为2020年1月1日至2020年12月31日。\n';
    const messages = lint(text);
    expect(places(messages)).toEqual(['1:3']);
    expect(messages[0]!.message).toContain('标题年度为2021年');
  });

  it('reports the body calling the report by another year', () => {
    const text = '某县2020年政府信息公开工作年度报告\n统计期限为2020年1月1日至2020年12月31日。现将某县2019年政府信息公开工作年度报告公布如下。\n';
    const messages = lint(text);
    expect(places(messages)).toEqual(['2:32']);
    expect(messages[0]!.message).toContain('正文称本报告为2019年度报告');
  });

  it('warns about an overview that opens with another year', () => {
    const text = '某县2020年政府信息公开工作年度报告\n一、总体情况\n2019年，我县认真贯彻落实《条例》。\n';
    const messages = lint(text);
    expect(places(messages)).toEqual(['3:1']);
    expect(messages[0]!.severity).toBe(1);
  });

  it('accepts past years, document titles and next-year plans', () => {
    const text = [
      '某县2020年政府信息公开工作年度报告',
      '根据《关于做好2019年政府信息公开工作年度报告有关事项的通知》要求编制。统计期限为2020年1月1日至12月31日。',
      '一、总体情况',
      '2020年，我县主动公开信息120条，比2019年增加20条。按时公开2019年政府信息公开工作年度报告。',
      '五、存在的主要问题及改进情况',
      '2021年，我县将继续深化政务公开。2021年工作打算：一是加强培训。',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('does not read 以来/下半年 phrases as plans', () => {
    const text = '某县2020年政府信息公开工作年度报告\n一、总体情况\n自2019年以来我县将继续加大公开力度。2020年下半年将重点放在平台建设。\n';
    expect(lint(text)).toEqual([]);
  });

  it('does not read 将 as a plan when it marks an object (将…纳入)', () => {
    const text = '某县2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我县将政务公开纳入绩效考核。\n';
    expect(lint(text)).toEqual([]);
  });
});
