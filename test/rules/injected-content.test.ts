import { describe, expect, it } from 'vitest';
import { INJECTED_WORDS, isGovernmentHost } from '../../rules/injected-content/words.js';
import { matchText } from '../../src/text/normalize.js';
import rule from '../../rules/injected-content.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'injected-content';
const lint = linter(ID, rule);
const lintFixture = (rel: string) => lint(readFixture(rel), rel);
const found = (text: string) => lint(text, 'x.txt').map((m) => `${m.line}:${m.column} ${m.message}`);
const CORPUS = FIXTURES.filter((f) => f.startsWith('corpus/'));

describe('injected-content on the seeds and the corpus', () => {
  it('001: every 球迷网', () => {
    const messages = lintFixture('seeds/001_b6ebaffc46ffe707.txt');
    expect(places(messages)).toEqual(['8:27', '8:62', '12:26', '18:167', '20:81', '20:93', '22:33', '618:287', '622:19']);
    for (const m of messages) {
      expect(m.message).toBe('疑似被插入的无关文字：“球迷网”（被篡改的镜像站常用它替换“关于”或“有关”）');
      expect(m.severity).toBe(2);
      expect(m.endColumn - m.column).toBe(3);
      expect(m.fix).toBeUndefined();
      expect(m.suggestions!.map((s) => s.fix.text)).toEqual(['关于', '有关', '']);
    }
  });

  it('004: 关键词2 (error) and the portal on www.qclgf.com (warning)', () => {
    const messages = lintFixture('seeds/004_9c99e8684d928071.txt');
    expect(places(messages)).toEqual(['7:158', '27:11']);
    expect(messages[0]).toMatchObject({ severity: 2, message: '疑似被插入的搜索引擎关键词：“关键词2”' });
    expect(messages[1]).toMatchObject({
      severity: 1,
      message: '政府门户网站的网址不是政府域名：“www.qclgf.com”（政府网站域名应以 .gov.cn 结尾）',
    });
  });

  it('is silent on seeds 000, 002, 003 and the corpus', () => {
    const seeds = ['000_d1e77e32c8ba032b.txt', '002_968440a473f92860.txt', '003_673a0e93baba7a0a.txt'].map((f) => `seeds/${f}`);
    for (const path of [...seeds, ...CORPUS]) expect(places(lintFixture(path)), path).toEqual([]);
  });

  it('no listed word occurs in a legitimate fixture', () => {
    const clean = [...CORPUS, 'seeds/000_d1e77e32c8ba032b.txt', 'seeds/002_968440a473f92860.txt', 'seeds/003_673a0e93baba7a0a.txt'];
    const texts = clean.map((p) => matchText(readFixture(p)));
    for (const { word } of INJECTED_WORDS) for (const text of texts) expect(text.includes(word), word).toBe(false);
  });
});

describe('injected-content cases', () => {
  it('gambling words, but not law enforcement', () => {
    expect(found('欢迎访问时时彩平台。\n')).toEqual(['1:5 疑似被插入的赌博广告词：“时时彩”']);
    expect(found('严厉打击六合彩等违法犯罪。查处赌场3个。\n')).toEqual([]);
    expect(found('歡迎來到葡京娛樂城。\n')).toEqual(['1:5 疑似被插入的赌博广告词：“葡京”', '1:7 疑似被插入的赌博广告词：“娛樂城”']);
  });

  it('SEO keywords and pinyin readings', () => {
    expect(found('关键字 3，关键词。\n')).toEqual(['1:1 疑似被插入的搜索引擎关键词：“关键字 3”']);
    expect(found('政（zhèng）府信息\n')).toEqual(['1:2 汉字后夹注拼音，疑似被篡改的网页文本：“政（zhèng）”']);
    expect(found('公开指南(pdf)下载，(ICP)备案，市长(Mayor)。\n')).toEqual([]);
  });

  it('portals and their domains', () => {
    expect(isGovernmentHost('http://www.wuxing.gov.cn')).toBe(true);
    expect(isGovernmentHost('gov.cn')).toBe(true);
    expect(isGovernmentHost('www.gov.cn.evil.com')).toBe(false);
    expect(isGovernmentHost('www.govcn.com')).toBe(false);
    expect(found('登录市政府门户网站（https://www.example-gov.com/xxgk）查询。\n')).toEqual([
      '1:11 政府门户网站的网址不是政府域名：“https://www.example-gov.com”（政府网站域名应以 .gov.cn 结尾）',
    ]);
    expect(found('在政府网站公开。联系邮箱 a@163.com。\n')).toEqual([]);
    expect(found('政府门户网站，电子邮箱:xxgk@163.com。\n')).toEqual([]);
  });

  it('also looks into table cells', () => {
    expect(places(lint('三、收到和处理政府信息公开申请情况\n信息内容 | 百家乐 |\n规章 | 0 |\n', 'x.txt'))).toEqual(['2:8']);
  });
});
