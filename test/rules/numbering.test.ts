import { describe, expect, it } from 'vitest';
import rule from '../../rules/numbering.js';
import { leadingMarker, sequenceIssues, shiMarkers } from '../../rules/numbering/markers.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'numbering';
const lint = linter(ID, rule);

/** Findings on the real reports (txt/md); every other fixture must be clean. */
const EXPECTED: Record<string, string[]> = {
  // 平潭 2023, problems: 一是…；三是…；三是… (no 二是).
  'corpus/r019.txt': ['10:2779'],
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

  it('r019: the first 三是 should read 二是, reported once', () => {
    const [m] = lint(readFixture('corpus/r019.txt'), 'r019.txt');
    expect([m!.ruleId, m!.line, m!.column, m!.endColumn, m!.severity]).toEqual([ID, 10, 2779, 2781, 1]);
    expect(m!.message).toBe('“三是”疑为“二是”：“一是”之后是“三是”，随后又有一个“三是”');
    expect(m!.related?.[0]?.column).toBe(2812);
  });
});

describe(`${ID}: markers`, () => {
  it('reads the leading number of a heading or paragraph', () => {
    const read = (s: string) => {
      const m = leadingMarker(s);
      return m && `${m.style}:${m.n}:${m.index}:${m.length}`;
    };
    expect(read('一、总体情况')).toBe('cn:1:0:2');
    expect(read('  (十二)其他')).toBe('paren-cn:12:2:4');
    expect(read('3.政策解读')).toBe('arabic:3:0:2');
    expect(read('(2)网站')).toBe('paren-arabic:2:0:3');
    expect(read('④财政审计')).toBe('circled:4:0:1');
    expect(read('2020年,全区')).toBeNull();
    expect(read('1.5万元')).toBeNull();
  });

  it('reads 一是/二是 after punctuation only, not 统一是 or 一是一', () => {
    expect(shiMarkers('一是加强领导；二是完善制度。三是强化监督').map((m) => m.n)).toEqual([1, 2, 3]);
    expect(shiMarkers('标准统一是关键，唯一是它，一是一、二是二')).toEqual([]);
  });

  it('classifies sequences', () => {
    const kinds = (ns: number[], restart = false) => sequenceIssues(ns, { start: true, restart }).map((i) => `${i.kind}@${i.at}`);
    expect(kinds([1, 2, 3])).toEqual([]);
    expect(kinds([1, 2, 4])).toEqual(['skip@2']);
    expect(kinds([1, 2, 2, 3])).toEqual(['repeat@2']);
    expect(kinds([1, 3, 3])).toEqual(['mistyped@1']);
    expect(kinds([1, 2, 2, 4, 5])).toEqual(['mistyped@2']);
    expect(kinds([1, 3, 2])).toEqual(['skip@1', 'order@2']);
    expect(kinds([2, 3])).toEqual(['start@0']);
    expect(kinds([1, 2, 1, 2])).toEqual([]);
    expect(kinds([1, 2, 1, 2], true)).toEqual(['restart@2']);
  });
});

describe(`${ID}: headings and enumerations`, () => {
  it('reports a skipped and a repeated heading number', () => {
    const text = '一、总体情况\n二、主动公开\n二、依申请公开\n四、复议诉讼\n';
    const messages = lint(text);
    expect(places(messages)).toEqual(['3:1']);
    expect(messages[0]!.message).toBe('“二、”疑为“三、”：前面已有“二、”，后面是“四、”');
  });

  it('reports a heading level that does not start at one', () => {
    const messages = lint('一、总体情况\n（二）依申请公开\n未收到申请。\n（三）政府信息管理\n制度健全。\n');
    expect(places(messages)).toEqual(['2:1']);
    expect(messages[0]!.message).toBe('编号不从“（一）”开始：第一项是“（二）”，缺少“（一）”');
  });

  it('counts a number written inside the text as present', () => {
    // "二、" was not split off as a heading: it sits inside the paragraph.
    expect(lint('一、总体情况\n全年公开100条。二、主动公开政府信息情况见下表。\n三、收到和处理政府信息公开申请情况\n无。\n')).toEqual([]);
  });

  it('lets sub-lists restart in every section and after a lead-in', () => {
    const text = [
      '一、总体情况', '（一）主动公开', '1.网站', '2.公报', '（二）依申请公开', '1.当面', '2.网络',
      '二、存在的主要问题及改进情况', '存在的问题：', '1.不及时', '2.不全面', '改进措施：', '1.加强', '2.完善', '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('reports two 四是 and a skipped 是', () => {
    expect(places(lint('一是加强；二是完善；三是强化；四是提升；四是落实。\n'))).toEqual(['1:21']);
    expect(lint('一是加强；二是完善；四是提升。\n')[0]!.message).toBe('编号不连续：“二是”之后是“四是”，缺少“三是”');
  });

  it('continues 一是/二是 across the paragraphs of a section, and restarts at 一是', () => {
    expect(lint('一、问题\n一是加强。\n二是完善。\n三是提高解读效能。\n下一步：一是培训。二是考核。\n')).toEqual([]);
    expect(places(lint('一、问题\n一是加强。\n三是完善。\n'))).toEqual(['3:1']);
  });

  it('starts a new 一是 list at a heading left inside the text', () => {
    // 平潭 2023: "…。（四）信息公开平台建设方面一是开展门户网站提升服务项目，…。二是…" (the heading stays in the paragraph).
    const text = '一、总体情况\n一是公开。二是解读。三是回应。（二）平台建设方面一是开展门户网站提升服务项目，进一步规范栏目设置和信息发布流程。二是优化搜索。\n';
    expect(lint(text)).toEqual([]);
  });
});
