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

describe('placeholder: lost numbers in more shapes', () => {
  it('a count word or a word, a blank and a measure word before punctuation', () => {
    expect(found('全年共 条。\n累计 件，办结8件。\n')).toEqual([
      '1:3 缺少数字：“共 条”中量词前的数量是空白',
      '2:1 缺少数字：“累计 件”中量词前的数量是空白',
    ]);
    expect(found('全年共主动公开政府信息 条，比上年增加5条。\n本年度受理\u3000件。\n')).toEqual([
      '1:8 缺少数字：“政府信息 条”中量词前的数量是空白',
      '2:2 缺少数字：“年度受理\u3000件”中量词前的数量是空白',
    ]);
    expect(found('办结数：件；\n')).toEqual(['1:1 缺少数字：“办结数：件”中量词前的数量是空白']);
  });

  it('leaves units, page counters, ordinals and spaced-out text alone', () => {
    expect(found('（统计单位：件）\n浏览次数:次\n依据《条例》第十 条，\n下列事 项。说 明 如 下 事 项。\n')).toEqual([]);
  });

  it('an item of a counted list without its number', () => {
    expect(found('办理施工许可证76条、核准企业资质条、安全生产许可证12条。\n')).toEqual([
      '1:12 缺少数字：列举中的“核准企业资质条”没有数量，而前后各项都有',
    ]);
    // A phrase item with 、 in it is one item; the last item and the first item are found too.
    expect(found('公开机构职能类40条、复议、诉讼和申诉情况条、其他50条。\n公开工作动态12条、通知公告5条、政策文件条。\n其中，工作动态条、通知公告5条、政策文件3条。\n')).toEqual([
      '1:12 缺少数字：列举中的“复议、诉讼和申诉情况条”没有数量，而前后各项都有',
      '2:18 缺少数字：列举中的“政策文件条”没有数量，而前后各项都有',
      '3:4 缺少数字：列举中的“工作动态条”没有数量，而前后各项都有',
    ]);
  });

  it('leaves nouns that end in a measure word, and lists of other measures, alone', () => {
    expect(found('公开工作动态12条、相关文件、通知公告5条。\n举办培训3场、进入市场、开展宣传4场。\n发布工作动态12条、通知公告5条，涉及各类事项。\n收到申请5件、咨询3次、信件。\n')).toEqual([]);
  });

  it('stays fast on long lists', () => {
    const line = '工作动态12条、通知公告条、'.repeat(3000);
    const start = performance.now();
    lint(line, 'x.txt');
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
