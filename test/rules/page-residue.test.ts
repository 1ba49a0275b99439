import { describe, expect, it } from 'vitest';
import rule from '../../rules/page-residue.js';
import { analyse } from '../../src/lint.js';
import { reportBody } from '../../src/text/body.js';
import { findResidue } from '../../rules/page-residue/residue.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'page-residue';
const lint = linter(ID, rule);

/** Findings on the real reports; every other fixture must be clean (their chrome is before or after the report). */
const EXPECTED: Record<string, string[]> = {
  // 平潭 2016: <!--[if !supportLists]-->7、<!--[endif]--> from a Word list.
  'corpus/r013.txt': ['10:2694'],
};

describe(`${ID} on the seeds and the corpus`, () => {
  it.each(FIXTURES)('%s', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual(EXPECTED[rel] ?? []);
  });

  it('r013: one finding for the conditional comment pair, whose fix keeps "7、"', () => {
    const [m] = lint(readFixture('corpus/r013.txt'), 'r013.txt');
    expect([m!.ruleId, m!.line, m!.column, m!.endColumn, m!.severity]).toEqual([ID, 10, 2694, 2735, 1]);
    expect(m!.message).toBe('Word 网页条件注释残留：“<!--[if !supportLists]-->7、<!--[endif]-->”，应只保留“7、”');
    const source = readFixture('corpus/r013.txt');
    expect(source.slice(...m!.fix!.range)).toBe('<!--[if !supportLists]-->7、<!--[endif]-->');
    expect(m!.fix!.text).toBe('7、');
  });

  it('puts the page chrome of the seeds outside the body', () => {
    const body = (rel: string) => {
      const text = readFixture(rel);
      const b = reportBody(analyse({ filePath: rel, text }).root)!;
      const line = (offset: number) => text.slice(0, offset).split('\n').length;
      return [line(b.start), line(b.end)];
    };
    // 000: 当前位置 on line 1, 打印 关闭 on line 12.
    expect(body('seeds/000_d1e77e32c8ba032b.txt')).toEqual([3, 10]);
    // 001: 日期/字号 on lines 5–6; 来源/撰稿/…/扫一扫 from line 624.
    expect(body('seeds/001_b6ebaffc46ffe707.txt')).toEqual([8, 622]);
    // 003: 时间 on line 2; 附件下载/扫一扫/相关解读 after the 附表.
    expect(body('seeds/003_673a0e93baba7a0a.txt')[0]).toBe(4);
  });
});

describe(`${ID}: what is residue`, () => {
  const kinds = (text: string, decode = true) => findResidue(text, text, decode).map((r) => `${r.kind}:${text.slice(r.index, r.index + r.length)}${r.fix !== undefined ? `→${r.fix}` : ''}`);

  it('HTML comments, tags and entities, with fixes', () => {
    expect(kinds('甲<!-- 注释 -->乙')).toEqual(['comment:<!-- 注释 -->→']);
    expect(kinds('甲<p class="x">乙</p><o:p></o:p>')).toEqual(['tag:<p class="x">→', 'tag:</p>→', 'tag:<o:p>→', 'tag:</o:p>→']);
    expect(kinds('甲<![if !supportLists]>1、<![endif]>')).toEqual(['tag:<![if !supportLists]>→', 'tag:<![endif]>→']);
    expect(kinds('甲&nbsp;乙&#12288;丙&ldquo;')).toEqual(['entity:&nbsp;→ ', 'entity:&#12288;→\u3000', 'entity:&ldquo;→“']);
    expect(kinds('甲&nbsp;乙', false)).toEqual([]);
  });

  it('page furniture phrases, joined when side by side', () => {
    expect(kinds('无。当前位置:首页 > 信息公开')).toEqual(['chrome:当前位置:首页 >']);
    expect(kinds('[打印] [关闭]')).toEqual(['chrome:[打印] [关闭]']);
    expect(kinds('字号:[大 中 小]')).toEqual(['chrome:字号:[大 中 小]']);
  });

  it('not residue: angle brackets in titles, prose that prints or scans', () => {
    for (const ok of [
      '关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知', '群众扫一扫二维码即可查询', '打印材料100份', '关闭违规网站3个',
      '字号规范', '分享经验', 'a<b', '收费&减免',
    ]) {
      expect(kinds(ok), ok).toEqual([]);
    }
  });

  it('reports chrome lines between parts of the report, not before or after it', () => {
    const text = '当前位置：首页 > 年报\n某县2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n【打印】【关闭】\n二、主动公开政府信息情况\n正文。\n打印本页 关闭窗口\n上一篇：某县2021年报告\n';
    const messages = lint(text);
    expect(places(messages)).toEqual(['5:1']);
    expect(messages[0]!.message).toBe('网页页面元素夹在报告正文中：“【打印】【关闭】”');
  });
});

describe(`${ID}: the page's frame next to the title is not reported`, () => {
  const T = '某县2022年政府信息公开工作年度报告';
  const BODY = '一、总体情况\n2022年，我县认真贯彻落实《条例》要求。\n二、主动公开政府信息情况\n本年度主动公开信息100条。\n';
  it.each([
    ['on the title line', `${T} 发布时间：2023-01-20 来源：县政府办 浏览次数：35\n${BODY}`],
    ['a toolbar read as cells', `${T}\n字号：大 中 小 | 打印 | 分享到：微信 微博 QQ空间\n${BODY}`],
    ['a meta line before the title', `发布机构：县政府办 发布日期：2023-01-18 访问量：120\n${T}\n${BODY}`],
    ['a breadcrumb and a meta line around the title', `您当前所在位置：首页 > 政务公开\n${T}\n来源：县政府办　点击数：12　【打印】【关闭】\n${BODY}`],
  ])('%s', (_, text) => {
    expect(lint(text)).toEqual([]);
  });
});

describe(`${ID}: what ended up inside the report's own text`, () => {
  const found = (text: string) => lint(text).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message}`);

  it('frame pieces mid-paragraph, in a cell and before the signature', () => {
    expect(found('一、总体情况\n本年度主动公开信息100条。分享到：微信 微博 下一步我们将继续努力。\n')).toEqual(['2:15-19 网页页面元素混入正文：“分享到：”']);
    expect(found('一、总体情况\n依申请公开办结率100%，浏览次数：35 群众满意度较高。\n')).toEqual(['2:14-19 网页页面元素混入正文：“浏览次数：”']);
    expect(found('一、总体情况\n正文。\n六、其他需要报告的事项\n无。\n【打印】【关闭】\n某县人民政府办公室\n2023年1月20日\n')).toEqual([
      '5:1-9 网页页面元素夹在报告正文中：“【打印】【关闭】”',
    ]);
  });

  it('pieces of markup stuck to report text, with fixes', () => {
    const messages = lint('一、总体情况\n-->2022年，我县认真贯彻《条例》。\n正文\'/>结束。\n"> 二是加强培训。\n');
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message} → ${JSON.stringify(m.fix?.text)}`)).toEqual([
      '2:1 网页标记残留：“-->”粘在报告文字上 → ""',
      '3:3 网页标记残留：“\'/>”粘在报告文字上 → ""',
      '4:1 网页标记残留：“">”粘在报告文字上 → ""',
    ]);
    // Chinese quotation marks and book-title marks are no markup.
    expect(lint('一、总体情况\n依据“条例”>规定，《通知》>要求。\n')).toEqual([]);
  });

  it('a leaked page summary, glued or on its own line, in several shapes', () => {
    const para = '2022年，我县认真贯彻落实《条例》要求，扎实推进政府信息公开工作，不断提高政府工作透明度。';
    const cut = para.slice(0, 28);
    const summary = (s: string) => `网页摘要残留：“${s}”与后面段落的开头重复（网页的内容摘要混进了报告）`;
    expect(found(`一、总体情况\n${cut}${para}\n`)).toEqual([`2:1-29 ${summary(cut)}`]);
    expect(found(`一、总体情况\n${cut}...${para}\n`)).toEqual([`2:1-32 ${summary(`${cut}...`)}`]);
    expect(found(`${cut}…\n某县2022年政府信息公开工作年度报告\n一、总体情况\n${para}\n`)).toEqual([`1:1-30 ${summary(`${cut}…`)}`]);
    const [m] = lint(`一、总体情况\n${cut}${para}\n`);
    expect(m!.fix!.text).toBe('');
  });

  it('not a summary: the title that the introduction repeats, a whole sentence said twice', () => {
    const title = '某县2022年政府信息公开工作年度报告';
    expect(lint(`${title}\n${title}根据《条例》编制。\n一、总体情况\n正文。\n`)).toEqual([]);
    const sentence = '2022年，我县认真贯彻落实《条例》要求。';
    expect(lint(`一、总体情况\n${sentence}\n${sentence}扎实推进政府信息公开工作。\n`)).toEqual([]);
  });
});
