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

describe('injected-content by category', () => {
  it('gambling, lottery and betting in several phrasings', () => {
    expect(found('本年度共主动公开政府信息120条，足球投注平台注册送彩金。\n')).toEqual([
      '1:18 疑似被插入的赌博广告词：“足球投注平台”',
      '1:24 疑似被插入的赌博广告词：“注册送”',
      '1:27 疑似被插入的赌博广告词：“彩金”',
    ]);
    expect(found('加强培训，真人荷官在线发牌，时时彩计划免费领取。\n')).toEqual([
      '1:6 疑似被插入的赌博广告词：“真人荷官”',
      '1:15 疑似被插入的赌博广告词：“时时彩”',
    ]);
    // Enforcement words count in their own clause only.
    expect(found('以信息公开赋能基层治理，时时彩将服务群众落到实处。\n')).toEqual(['1:13 疑似被插入的赌博广告词：“时时彩”']);
    expect(found('完善制度。彩票平台开户首存即送。\n')).toEqual(['1:6 疑似被插入的游戏或博彩平台广告：“彩票平台开户”', '1:12 疑似被插入的赌博广告词：“首存”']);
  });

  it('adult content and game or casino platforms', () => {
    expect(found('网站建设，成人视频免费看，裸聊。\n')).toEqual(['1:6 疑似被插入的色情广告词：“成人视频”', '1:14 疑似被插入的色情广告词：“裸聊”']);
    expect(found('我局开云体育app下载认真落实，某某娱乐平台注册，电竞竞猜。\n')).toEqual([
      '1:5 疑似被插入的游戏或博彩平台广告：“体育app下载”',
      '1:19 疑似被插入的赌博广告词：“娱乐平台注册”',
      '1:26 疑似被插入的游戏或博彩平台广告：“电竞竞猜”',
    ]);
    expect(found('歡迎進入棋牌遊戲官網登錄入口。\n')).toEqual(['1:5 疑似被插入的游戏或博彩平台广告：“棋牌遊戲官網登錄入口”']);
  });

  it('administrative words close to advertisements, and law enforcement, stay clean', () => {
    for (const ok of [
      '审批体育彩票投注站12个，福利彩票投注点3个，彩票投注站年检。',
      '核发娱乐场所、棋牌室许可证，开展成人教育，发布黄色预警，完善社会福利，举办体育局官网改版。',
      '严厉打击网络赌博平台，清理淫秽色情网站，取缔非法彩票网站，查处棋牌游戏赌博案件。',
      '以下注意事项请遵守，妥善保存送达回证，网络游戏监管，禁渔期捕鱼。',
    ]) {
      expect(found(`${ok}\n`), ok).toEqual([]);
    }
  });
});

describe('injected-content: a term in the place of 关于', () => {
  const slot = (term: string) => `疑似被插入的无关文字：“${term}”（在文件名称中“关于”的位置，被篡改的镜像站常用无关词语替换“关于”）`;
  it('between the issuing body and the verb of a document title', () => {
    expect(found('根据《国务院办公厅澳门赌场印发2020年政务公开工作要点的通知》。\n')).toEqual([`1:10 ${slot('澳门赌场')}`]);
    expect(found('按照《某市人民政府办公室天天彩票做好政务公开工作的通知》和《省委员会ABC365进一步加强管理的意见》。\n')).toEqual([
      `1:13 ${slot('天天彩票')}`,
      `1:35 ${slot('ABC365')}`,
    ]);
    const [m] = lint('《县政府领导小组幸运飞艇开展检查的通知》\n', 'x.txt');
    expect(m!.suggestions!.map((s) => s.fix.text)).toEqual(['关于', '']);
  });

  it('titles with 关于, with nothing there, or with a body inside stay clean', () => {
    for (const ok of [
      '《国务院办公厅关于印发2020年政务公开工作要点的通知》',
      '《中共中央办公厅 国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》',
      '《省人民政府办公厅转发省政务公开办关于做好政务公开工作的通知》',
      '《某市人民政府办公室2020年政务公开工作要点》《省人民政府办公厅政务公开办公室做好培训的通知》',
    ]) {
      expect(found(`${ok}\n`), ok).toEqual([]);
    }
  });
});

describe('injected-content: pinyin glosses and spam domains', () => {
  it('toneless pinyin as long as the word before it', () => {
    expect(found('信息公开(xinxigongkai)工作稳步推进。\n')).toEqual(['1:5 汉字后夹注拼音，疑似被篡改的网页文本：“信息公开(xinxigongkai)”']);
    expect(found('政府（zheng fu）网站，依申请（yi shen qing）公开。\n')).toEqual([
      '1:3 汉字后夹注拼音，疑似被篡改的网页文本：“政府（zheng fu）”',
      '1:19 汉字后夹注拼音，疑似被篡改的网页文本：“依申请（yi shen qing）”',
    ]);
    expect(found('公开指南(pdf)下载，(ICP)备案，中国(china)，系统(oa)，平台(app)。\n')).toEqual([]);
  });

  it('reads letters as syllables of Mandarin', async () => {
    const { syllableCount } = await import('../../rules/injected-content/pinyin.js');
    expect(syllableCount('xinxigongkai')).toBe(4);
    expect(syllableCount('zhengfu')).toBe(2);
    expect(syllableCount('pdf')).toBe(0);
    expect(syllableCount('website')).toBe(0);
    // A line broken inside the bracket (a paragraph of PDF text keeps its line breaks).
    const { pinyinGlosses } = await import('../../rules/injected-content/pinyin.js');
    expect(pinyinGlosses('持续深化政务(zheng\n wu)公开。')).toEqual([{ index: 6, length: 11, word: 2 }]);
  });

  it('web addresses on domains spam sites use', () => {
    expect(found('详见www.88bet.vip或http://kaiyun.top，及pk10.example.com。\n')).toEqual([
      '1:3 疑似被插入的网址：“www.88bet.vip”（这类域名常见于赌博、色情等垃圾网站，政府报告不会引用）',
      '1:17 疑似被插入的网址：“http://kaiyun.top”（这类域名常见于赌博、色情等垃圾网站，政府报告不会引用）',
      '1:36 疑似被插入的网址：“pk10.example.com”（这类域名常见于赌博、色情等垃圾网站，政府报告不会引用）',
    ]);
    expect(found('人民网(www.people.com.cn)、www.12377.cn、xxgk@abc.top、www.beta.gov.cn。\n')).toEqual([]);
  });

});
