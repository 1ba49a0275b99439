import { describe, expect, it } from 'vitest';
import { findDateIssues } from '../../src/text/dates.js';
import { matchText } from '../../src/text/normalize.js';
import rule from '../../rules/malformed-date.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'malformed-date';
const lint = linter(ID, rule);
const lintFixture = (rel: string) => lint(readFixture(rel), rel);
const issues = (text: string, year?: number) => findDateIssues(matchText(text), text, year);

describe('malformed-date on the seeds', () => {
  it('001: the statistics period lost 年 and 月', () => {
    const messages = lintFixture('seeds/001_b6ebaffc46ffe707.txt');
    expect(places(messages)).toEqual(['8:138', '8:147']);
    expect(messages[0]!.message).toBe('日期缺少“年”“月”：“202011日”应为“2020年1月1日”');
    expect(messages[1]!.message).toBe('日期缺少“年”“月”：“20201231日”应为“2020年12月31日”');
    expect(messages.every((m) => m.severity === 2)).toBe(true);
  });

  it('003: document number, period, 20085月, 20181231日', () => {
    const text = readFixture('seeds/003_673a0e93baba7a0a.txt');
    const messages = lint(text, '003.txt');
    expect(places(messages)).toEqual(['6:110', '6:257', '6:265', '20:13', '56:15']);
    expect(messages.map((m) => m.message)).toEqual([
      '文号缺少“〕”：“〔201841号”应为“〔2018〕41号”',
      '日期缺少“年”“月”：“201811日”应为“2018年1月1日”',
      '日期缺少“月”：“1231日”应为“12月31日”',
      '日期缺少“年”：“20085月”应为“2008年5月”',
      '日期缺少“年”“月”：“20181231日”应为“2018年12月31日”',
    ]);
    // Each fix replaces exactly the garbled span.
    const fixed = messages.map((m) => [text.slice(m.fix!.range[0], m.fix!.range[1]), m.fix!.text]);
    expect(fixed).toEqual([
      ['〔201841号', '〔2018〕41号'],
      ['201811日', '2018年1月1日'],
      ['1231日', '12月31日'],
      ['20085月', '2008年5月'],
      ['20181231日', '2018年12月31日'],
    ]);
  });

  it('is silent on seeds 000, 002, 004 and on the corpus', () => {
    const corpus = FIXTURES.filter((f) => f.startsWith('corpus/'));
    const files = ['000_d1e77e32c8ba032b.txt', '002_968440a473f92860.txt', '004_9c99e8684d928071.txt'].map((f) => `seeds/${f}`);
    for (const path of [...files, ...corpus]) expect(places(lintFixture(path)), path).toEqual([]);
  });
});

describe('malformed-date readings', () => {
  it('fixes only a single reading', () => {
    const ambiguous = issues('于2020111日召开')[0]!;
    expect(ambiguous.readings).toEqual(['2020年1月11日', '2020年11月1日']);
    expect(ambiguous.fix).toBeUndefined();
    expect(issues('于2020011日召开')[0]).toMatchObject({ fix: '2020年01月1日' });
    expect(issues('截止20181231日')[0]!.fix).toBe('2018年12月31日');
    expect(issues('2020年11日')[0]).toMatchObject({ fix: '2020年1月1日', missing: ['月'] });
    expect(issues('２０２０１１日')[0]!.fix).toBe('２０２０年１月１日');
  });

  it('lets a statistics period decide', () => {
    const [start, end] = issues('统计期限自2020111日起至2020121日止');
    expect(start).toMatchObject({ fix: '2020年1月1日', forced: 'start' });
    expect(end!.readings).toEqual(['2020年1月21日', '2020年12月1日']);
    expect(end!.fix).toBeUndefined();
    expect(issues('统计期限自2020年1月1日起至20201231 1日止')).toEqual([]);
    expect(issues('统计期限自2020年1月1日起至202012311日止')[0]).toMatchObject({ fix: '2020年12月31日', forced: 'end' });
  });

  it('a year written twice, in several places', () => {
    expect(issues('202020年政府信息公开工作年度报告')[0]).toMatchObject({ kind: 'repeated-year', found: '202020年', fix: '2020年' });
    expect(issues('统计期限自20212021年1月1日起')[0]).toMatchObject({ kind: 'repeated-year', fix: '2021年' });
    expect(issues('201818年，我县认真贯彻落实《条例》')[0]).toMatchObject({ kind: 'repeated-year', fix: '2018年' });
    expect(issues('截至2022022年底')[0]).toMatchObject({ kind: 'repeated-year', fix: '2022年' });
    for (const text of ['202120年', '123456年', '共202020条', '202020', '100000年']) expect(issues(text), text).toEqual([]);
  });

  it('years, impossible dates and document numbers', () => {
    expect(issues('20200年')[0]).toMatchObject({ kind: 'repeated-year-digit', fix: '2020年' });
    expect(issues('20011年', 2011)[0]).toMatchObject({ readings: ['2011年', '2001年'], fix: '2011年' });
    expect(issues('2021年2月29日')[0]).toMatchObject({ kind: 'impossible-date', found: '2021年2月29日' });
    expect(issues('2020年2月29日')).toEqual([]);
    expect(issues('4月31日')[0]!.kind).toBe('impossible-date');
    expect(issues('13月')[0]!.kind).toBe('impossible-month');
    expect(issues('【201841号')[0]!.fix).toBe('【2018】41号');
    expect(issues('〔201841號')[0]!.fix).toBe('〔2018〕41號');
    expect(issues('〔2018〕号')[0]!.kind).toBe('doc-number-empty');
  });

  it('leaves numbers that are not dates alone', () => {
    for (const text of [
      '〔2019〕60号',
      '电话:0595-22355663',
      '“12345”政府服务热线',
      '主动公开政务信息48196条',
      '2020年',
      '日期:2021-02-01',
      '期限延长至120日',
      '全年365日',
      '1-12月',
      '2021年10月1日',
      'http://www.x.gov.cn/t20230220_80629.htm',
      '本年新收政府信息公开申请数量 713000074',
    ]) {
      expect(issues(text), text).toEqual([]);
    }
  });

  it('messages of the rule', () => {
    const [a, b, c] = lint('2020111日召开会议。\n20200年，于2月30日召开会议。\n', 'x.txt');
    expect(a!.message).toBe('日期缺少“年”“月”：“2020111日”可能是“2020年1月11日”或“2020年11月1日”');
    expect(a!.fix).toBeUndefined();
    expect(b!.message).toBe('年份多了一位数字：“20200年”应为“2020年”');
    expect(c!.message).toBe('日期不存在：“2月30日”（2月只有29天）');
    const [d] = lint('本报告统计期限为202020年1月1日至2020年12月31日。\n', 'x.txt');
    expect([d!.column, d!.endColumn, d!.message, d!.fix?.text]).toEqual([9, 16, '年份重复：“202020年”应为“2020年”', '2020年']);
  });

  it('runs in linear time on a 20 kB line', () => {
    const line = ('2020年统计期限自202011日起至1231日止，电话0595-22355663，共48196条。' + '2'.repeat(200) + '日').repeat(60);
    const started = performance.now();
    lint(line + '\n' + '1'.repeat(20000) + '日\n', 'long.txt');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
