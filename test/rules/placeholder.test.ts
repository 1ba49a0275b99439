import { describe, expect, it } from 'vitest';
import rule from '../../rules/placeholder.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'placeholder';
const lint = linter(ID, rule);
const lintFixture = (rel: string) => lint(readFixture(rel), rel);
const found = (text: string) => lint(text, 'x.txt').map((m) => `${m.line}:${m.column} ${m.message}`);

describe('placeholder on the seeds and the corpus', () => {
  it('001: the web address is a lone "/"', () => {
    const messages = lintFixture('seeds/001_b6ebaffc46ffe707.txt');
    expect(places(messages)).toEqual(['622:10']);
    expect(messages[0]!.message).toBe('网址缺失：“网址为/”后面没有网址');
    expect(messages[0]!.severity).toBe(2);
  });

  it('003: "等 份" lost its number', () => {
    const messages = lintFixture('seeds/003_673a0e93baba7a0a.txt');
    expect(places(messages)).toEqual(['28:163']);
    expect(messages[0]!.message).toContain('缺少数字：“等\u00a0份”');
  });

  it('r032: a number inside the unit of a table header', () => {
    const messages = lintFixture('corpus/r032.txt');
    expect(places(messages)).toEqual(['30:18']);
    expect(messages[0]!.message).toBe('单位中混入了数字“0”：“单位:0万元”应为“单位:万元”');
  });

  it('r035: the count of documents in force is missing', () => {
    const messages = lintFixture('corpus/r035.txt');
    expect(places(messages)).toEqual(['12:46']);
    expect(messages[0]!.message).toBe('缺少数字：“现行有效的规范性文件”没有写明件数');
  });

  it('is silent everywhere else', () => {
    const corpus = FIXTURES.filter((f) => f.startsWith('corpus/') && f !== 'corpus/r032.txt' && f !== 'corpus/r035.txt');
    const seeds = ['000_d1e77e32c8ba032b.txt', '002_968440a473f92860.txt', '004_9c99e8684d928071.txt'].map((f) => `seeds/${f}`);
    for (const path of [...seeds, ...corpus]) expect(places(lintFixture(path)), path).toEqual([]);
  });
});

describe('placeholder cases', () => {
  it('blank counts', () => {
    expect(found('全年共 件申请。\n累计\u3000条信息。\n')).toEqual([
      '1:3 缺少数字：“共 件”中量词前的数量是空白',
      '2:1 缺少数字：“累计\u3000条”中量词前的数量是空白',
    ]);
    expect(found('文件等5份，等份分配，共计5件。\n')).toEqual([]);
    expect(found('建设等 项目，领导等 人员，符合规定等 条件，在此 期间。\n')).toEqual([]);
  });

  it('template blanks', () => {
    expect(places(lint('XX县××局某某科，□□号，＿＿＿。\n', 'x.txt'))).toEqual(['1:1', '1:4', '1:7', '1:11', '1:15']);
    expect(found('网址 http://www.zfxxgk.gov.cn/xxgk，邮箱 xxgk@163.com，某镇，XXL码。\n')).toEqual([]);
  });

  it('missing web addresses', () => {
    expect(places(lint('网址为，请登录。\n网站地址:/。\n', 'x.txt'))).toEqual(['1:1', '2:1']);
    expect(found('网址为http://www.hailin.gov.cn/，日期2020/12/31。\n')).toEqual([]);
  });

  it('statistics periods without dates', () => {
    expect(found('本报告统计期限自起至止。\n')).toEqual(['1:8 统计期限缺少日期：“自起至止”']);
    expect(found('委员会由至少三人组成，自至今。\n')).toEqual([]);
  });

  it('ignores tables and page chrome', () => {
    expect(found('二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 |\n规章 | / | — |\n')).toEqual([]);
    expect(found('当前位置：首页 > XX\n正文。\n')).toEqual([]);
  });

  it('"现行有效的规范性文件" needs counts before it', () => {
    expect(found('全面清理现行有效的规范性文件。\n')).toEqual([]);
  });
});
