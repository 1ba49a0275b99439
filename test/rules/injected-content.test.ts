import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { INJECTED_WORDS, isGovernmentHost } from '../../src/text/dictionaries/injected.js';
import { matchText } from '../../src/text/normalize.js';
import { parseDoc } from '../helpers/docs.js';
import rule from '../../rules/injected-content.js';

const ID = 'injected-content';
const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const lint = (filePath: string, text: string) => lintText({ filePath, text }, { rules: { [ID]: rule } }).messages;
const lintFile = (path: string) => lint(path, read(path));
const at = (messages: { line: number; column: number }[]) => messages.map((m) => `${m.line}:${m.column}`);
const found = (text: string) => lint('x.txt', text).map((m) => `${m.line}:${m.column} ${m.message}`);
const CORPUS = readdirSync(join(ROOT, 'fixtures/corpus'))
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => `fixtures/corpus/${f}`);

describe('injected-content on the seeds and the corpus', () => {
  it('001: every 球迷网', () => {
    const messages = lintFile('fixtures/seeds/001_b6ebaffc46ffe707.txt');
    expect(at(messages)).toEqual(['8:27', '8:62', '12:26', '18:167', '20:81', '20:93', '22:33', '618:287', '622:19']);
    for (const m of messages) {
      expect(m.message).toBe('疑似被插入的无关文字：“球迷网”（被篡改的镜像站常用它替换“关于”或“有关”）');
      expect(m.severity).toBe(2);
      expect(m.endColumn - m.column).toBe(3);
      expect(m.fix).toBeUndefined();
      expect(m.suggestions!.map((s) => s.fix.text)).toEqual(['关于', '有关', '']);
    }
  });

  it('004: 关键词2 (error) and the portal on www.qclgf.com (warning)', () => {
    const messages = lintFile('fixtures/seeds/004_9c99e8684d928071.txt');
    expect(at(messages)).toEqual(['7:158', '27:11']);
    expect(messages[0]).toMatchObject({ severity: 2, message: '疑似被插入的搜索引擎关键词：“关键词2”' });
    expect(messages[1]).toMatchObject({
      severity: 1,
      message: '政府门户网站的网址不是政府域名：“www.qclgf.com”（政府网站域名应以 .gov.cn 结尾）',
    });
  });

  it('is silent on seeds 000, 002, 003 and the corpus', () => {
    const seeds = ['000_d1e77e32c8ba032b.txt', '002_968440a473f92860.txt', '003_673a0e93baba7a0a.txt'].map((f) => `fixtures/seeds/${f}`);
    for (const path of [...seeds, ...CORPUS]) expect(at(lintFile(path)), path).toEqual([]);
  });

  it('no listed word occurs in a legitimate fixture', () => {
    const clean = [...CORPUS, 'fixtures/seeds/000_d1e77e32c8ba032b.txt', 'fixtures/seeds/002_968440a473f92860.txt', 'fixtures/seeds/003_673a0e93baba7a0a.txt'];
    const texts = clean.map((p) => matchText(read(p)));
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
    expect(at(lint('x.txt', '三、收到和处理政府信息公开申请情况\n信息内容 | 百家乐 |\n规章 | 0 |\n'))).toEqual(['2:8']);
  });
});

describe('injected-content documentation', () => {
  const doc = parseDoc(ID, join(ROOT, 'docs/rules', `${ID}.md`));
  it('names the rule', () => {
    expect(doc.content).toContain(`# ${ID}`);
    expect(doc.content).toContain(rule.meta.title.zh);
  });
  for (const example of doc.examples) {
    it(`${example.kind} at line ${example.at}`, () => {
      const result = lintText(
        { filePath: example.file, text: example.text },
        { rules: { [ID]: rule }, config: { rules: { [ID]: [rule.meta.severity, example.options] } }, only: [ID] },
      );
      const got = result.messages;
      expect(at(got)).toEqual(example.findings.map((f) => `${f.line}:${f.column}`));
      example.findings.forEach((f, i) => f.text && expect(got[i]!.message).toContain(f.text));
    });
  }
});
