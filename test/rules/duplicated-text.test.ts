import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicated-text.js';
import { doubledText, repeatedPrepositions } from '../../rules/duplicated-text/repeats.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'duplicated-text';
const lint = linter(ID, rule);

/** Findings on the real reports (txt/md); every other fixture must be clean. */
const EXPECTED: Record<string, string[]> = {
  // 平潭 2022: "打造整体统一的的网站界面".
  'corpus/r004.txt': ['10:1723'],
  // 平潭 2016: "根据《条例》（以下简称《条例》）以及根据《…通知》".
  'corpus/r013.txt': ['10:58'],
};

describe(`${ID} on the seeds and the corpus`, () => {
  it.each(FIXTURES.filter((f) => !f.endsWith('.html')))('%s', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual(EXPECTED[rel] ?? []);
  });

  it('the HTML copies give the same findings as the text copies', () => {
    for (const name of ['r004', 'r019', 'r020']) {
      const html = lint(readFixture(`corpus/html/${name}.html`), `${name}.html`).map((m) => m.message);
      const txt = lint(readFixture(`corpus/${name}.txt`), `${name}.txt`).map((m) => m.message);
      expect(html, name).toEqual(txt);
    }
  });

  it('r004: 统一的的 — the second 的, with a fix that deletes it', () => {
    const [m] = lint(readFixture('corpus/r004.txt'), 'r004.txt');
    expect([m!.ruleId, m!.line, m!.column, m!.endColumn, m!.severity]).toEqual([ID, 10, 1723, 1724, 1]);
    expect(m!.message).toBe('文字重复：“统一的的网站”中“的”写了两遍');
    expect(m!.fix!.text).toBe('');
    expect(m!.fix!.range[1] - m!.fix!.range[0]).toBe(1);
  });

  it('r013: the second 根据 after 以及, as a suggestion', () => {
    const [m] = lint(readFixture('corpus/r013.txt'), 'r013.txt');
    expect([m!.line, m!.column, m!.endColumn]).toEqual([10, 58, 60]);
    expect(m!.message).toContain('“以及根据”中的“根据”');
    expect(m!.fix).toBeUndefined();
    expect(m!.suggestions).toHaveLength(1);
    expect(m!.related?.[0]?.column).toBe(27);
  });
});

describe(`${ID}: doubled characters and words`, () => {
  const units = (text: string) => doubledText(text).map((d) => `${d.index}:${d.unit}${d.fixable ? '!' : ''}`);

  it('finds doubled function characters, and fixes the unambiguous ones', () => {
    expect(units('统一的的网站')).toEqual(['3:的!']);
    expect(units('我们们要做好')).toEqual(['2:们!']);
    expect(units('关于于加强')).toEqual(['2:于!']);
    expect(units('对对各单位')).toEqual(['1:对']);
  });

  it('leaves legitimate reduplications and word boundaries alone', () => {
    for (const ok of [
      '为了了解群众需求', '不了了之', '是是非非', '的的确确', '达到目的的手段', '可以以此为例', '标的的价格',
      '常常', '天天', '人人', '个个', '谢谢', '明明', '仅仅', '渐渐', '看看', '试试', '多多', '层层落实', '处处', '年年', '一一',
      '清清楚楚', '认认真真', '方方面面', '领导小组组长', '我县县政府', '派出所所长', '首页页面', '项目目录', '机制制度',
      '研究研究', '一步一步', '一件一件', '哈哈哈哈', '二二', '在在线平台', '存在在线', '总和和平均', '是否是是否',
    ]) {
      expect(units(ok), ok).toEqual([]);
    }
  });

  it('finds words written twice in a row; three characters and more get a fix', () => {
    expect(units('做好工作工作')).toEqual(['4:工作']);
    expect(units('进一步进一步加强')).toEqual(['3:进一步!']);
    expect(units('政务公开政务公开工作')).toEqual(['4:政务公开!']);
  });

  it('finds a repeated preposition in one coordination', () => {
    expect(repeatedPrepositions('根据《条例》以及根据《通知》').map((p) => `${p.index}:${p.word}:${p.conjunction}`)).toEqual(['8:根据:以及']);
    expect(repeatedPrepositions('根据《条例》。根据《通知》')).toEqual([]);
    expect(repeatedPrepositions('按照要求和按照规定')).toHaveLength(1);
  });
});

describe(`${ID}: repeated paragraphs and sentences`, () => {
  const para = '本年度未发生因政府信息公开引起的行政复议和行政诉讼案件，也未发生相关举报投诉事项。';
  it('reports a paragraph written twice, once, at the second copy', () => {
    const text = `一、总体情况\n${para}\n二、主动公开政府信息情况\n${para}\n`;
    const messages = lint(text);
    expect(places(messages)).toEqual(['4:1']);
    expect(messages[0]!.message).toBe('整段重复：本段与前文第2行的段落相同');
    expect(messages[0]!.related?.[0]?.line).toBe(2);
  });

  it('reports a sentence repeated close by, and a short one only when close', () => {
    const short = '全年主动公开政府信息一百二十条。';
    expect(places(lint(`一、总体情况\n${short}其他无。${short}\n`))).toEqual(['2:21']);
    expect(places(lint(`一、总体情况\n${short}\n二、情况\n无。\n三、情况\n无。\n四、情况\n${short}\n`))).toEqual([]);
  });

  it('does not count a title repeated by the page', () => {
    const title = '桦川县卫生健康局2021年政府信息公开工作年度报告';
    expect(lint(`${title}\n日期:2022-01-27\n${title}\n一、总体情况\n正文。\n`)).toEqual([]);
  });

  it('the sentence thresholds are options', () => {
    const short = '全年公开信息一百条。';
    expect(lint(`一、总体情况\n${short}${short}\n`)).toEqual([]);
    expect(places(lint(`一、总体情况\n${short}${short}\n`, 'x.txt', { minRepeatLength: 8 }))).toEqual(['2:11']);
  });
});
