import { describe, expect, it } from 'vitest';
import rule from '../../rules/declared-count.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'declared-count';
const lint = linter(ID, rule);

/** Findings on the real reports; every other fixture must be clean. */
const EXPECTED: Record<string, string[]> = {
  'corpus/r023.txt': ['9:101'],
};

describe(ID, () => {
  it.each(FIXTURES)('%s', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual(EXPECTED[rel] ?? []);
  });

  it('reports r023 at "四个部分" with the three listed items', () => {
    const [m] = lint(readFixture('corpus/r023.txt'));
    expect(m!.severity).toBe(1);
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([9, 101, 9, 105]);
    expect(m!.message).toBe('声明“四个部分”，但列出的是3项：总体情况、公开的内容、存在的主要问题改进措施');
  });

  it('matches seed 003 (共6个部分, six sections) and seed 004 (十一部分, eleven sections), and reports changed numbers', () => {
    const s003 = readFixture('seeds/003_673a0e93baba7a0a.txt');
    expect(lint(s003.replace('共6个部分', '共7个部分')).map((m) => m.message)).toEqual([
      '声明“7个部分”，但正文有6个一级标题（到“六、需要说明的其他事项与附表”为止）',
    ]);
    const s004 = readFixture('seeds/004_9c99e8684d928071.txt');
    expect(lint(s004.replace('附表十一部分', '附表十二部分'))[0]!.message).toContain('正文有11个一级标题');
    expect(lint(s004.replace('附表十一部分', '附表十部分'))[0]!.message).toContain('列出的是11项');
  });

  it('uses the last section number when a flattened page hides some headings (r013: 共七个部分)', () => {
    const r013 = readFixture('corpus/r013.txt');
    expect(lint(r013.replace('共七个部分', '共八个部分'))[0]!.message).toContain('正文有7个一级标题');
  });

  it('reads a list after the number (r020: 共分6个部分：…)', () => {
    const r020 = readFixture('corpus/r020.txt');
    expect(lint(r020.replace('共分6个部分', '共分5个部分'))[0]!.message).toContain('列出的是6项');
  });

  it('does not compare an excerpt that stops early with its section count', () => {
    const text = '本报告共6个部分。\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n';
    expect(lint(text)).toEqual([]);
  });

  it('ignores part counts that are not about the report', () => {
    const text = '清单分为3个部分，涵盖权力事项。\n一、总体情况\n二、其他需要报告的事项\n';
    expect(lint(text)).toEqual([]);
  });

  describe('a list of the parts with a number', () => {
    const report = (intro: string) => ['某县2020年政府信息公开工作年度报告', intro, ...SECTIONS.flatMap((h) => [h, '正文。']), ''].join('\n');
    const found = (intro: string) => lint(report(intro)).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message}`);

    it('a Chinese numeral after a shorter list, a digit before a list, 由…组成', () => {
      expect(found('本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项共九个部分组成。')).toEqual([
        '2:78-82 声明“九个部分”，但列出的是6项：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项',
      ]);
      expect(found('本报告分为以下5个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。')[0]).toContain('声明“5个部分”，但列出的是6项');
      expect(found('全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项六部分。')[0]).toContain('声明“六部分”，但列出的是5项');
    });
  });

  describe('a list of the parts without a number', () => {
    const report = (intro: string, sections = SECTIONS) => ['某县2020年政府信息公开工作年度报告', intro, ...sections.flatMap((h) => [h, '正文。']), ''].join('\n');
    const found = (intro: string, sections = SECTIONS) => lint(report(intro, sections)).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message}`);

    it('names fewer parts than the body has sections', () => {
      expect(found('本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项等内容。')).toEqual([
        '2:6-60 引言列出5个部分（总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项），但正文有6个一级标题（到“六、其他需要报告的事项”为止）',
      ]);
      expect(found('年度报告内容包括：概述，主动公开政府信息情况，收到和处理政府信息公开申请情况，存在的主要问题及改进情况和其他需要报告的事项。')[0]).toContain('引言列出5个部分');
    });

    it('names more parts than the body has sections', () => {
      expect(found('全文分为总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开的收费及减免情况，政府信息公开行政复议和行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。')).toEqual([
        '2:5-92 引言列出7个部分（总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开的收费及减免情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项），但正文有6个一级标题（到“六、其他需要报告的事项”为止）',
      ]);
      const five = SECTIONS.filter((h) => !h.startsWith('四')).map((h, i) => h.replace(/^./, '一二三四五'[i]!));
      expect(found('本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。', five)[0]).toContain('引言列出6个部分');
    });

    it('stays silent when the list matches, when one title holds 、 or 和, and when the list is not of parts', () => {
      for (const intro of [
        '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等内容。',
        '年度报告内容包括：总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议和行政诉讼情况，存在的主要问题及改进情况和其他需要报告的事项。',
        '本报告电子版可在政府网站、政务微博、政务微信和政务服务中心查阅。',
        '本报告包括的数据来源于各部门、各乡镇和各街道。',
      ]) {
        expect(found(intro), intro).toEqual([]);
      }
      // An excerpt that stops early: the last section is not the last listed part.
      expect(found('本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、其他需要报告的事项。', SECTIONS.slice(0, 3))).toEqual([]);
    });
  });
});

const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
