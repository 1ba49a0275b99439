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
});
