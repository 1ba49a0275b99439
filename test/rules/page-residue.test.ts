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
