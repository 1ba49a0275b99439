import { describe, expect, it } from 'vitest';
import rule from '../../rules/foreign-region.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';
import { agencyLevel, selfReferences } from '../../src/text/prose.js';

const ID = 'foreign-region';
const lint = linter(ID, rule);

/** Findings on the real reports; every other fixture must be clean. */
const EXPECTED: Record<string, string[]> = {
  'seeds/004_9c99e8684d928071.txt': ['3:12'],
  // 平潭综合实验区 2016, copied from a city's report: 公开市本级…, 加强对全市信息公开工作….
  'corpus/r013.txt': ['10:1492', '10:4834'],
};

describe(ID, () => {
  it.each(FIXTURES)('%s', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual(EXPECTED[rel] ?? []);
  });

  it('reports 我縣 in seed 004 at its exact span, against 我镇 elsewhere', () => {
    const [m] = lint(readFixture('seeds/004_9c99e8684d928071.txt'));
    expect(m!.severity).toBe(1);
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 12, 3, 14]);
    expect(m!.message).toContain('“我縣”是县级');
    expect(m!.message).toContain('自称“我镇”14次');
  });

  it('names the title agency for r013', () => {
    const messages = lint(readFixture('corpus/r013.txt'));
    expect(messages.map((m) => m.message.slice(0, 6))).toEqual(['“市本级”是', '“全市”是市']);
    expect(messages[0]!.message).toContain('标题单位为“平潭综合实验区”（区）');
  });

  it('takes a title and a body in Traditional script naming the same agency for one agency', () => {
    const text = '黃坪鄉人民政府2021年政府信息公開工作年度報告\n根據《條例》要求，特向社會公佈黃坪鄉人民政府2021年政府信息公開工作年度報告。\n';
    expect(lint(text)).toEqual([]);
    expect(places(lint(text.replace('特向社會公佈黃坪鄉', '特向社會公佈石門鎮')))).toEqual(['2:16']);
  });

  it('does not count superior bodies as self-references', () => {
    const text = '某某区2022年政府信息公开工作年度报告\n我区按照国务院、省政府、市政府要求，我区紧扣区委、区政府中心工作，我区推进公开。全市政务公开工作会议在我区召开。\n';
    expect(lint(text)).toEqual([]);
  });

  it('needs a clear majority before reporting', () => {
    const text = '某某区2022年政府信息公开工作年度报告\n我区推进公开。我区加强培训。我区完善制度。我市加强督导。我市推进公开。\n';
    expect(lint(text)).toEqual([]);
    expect(places(lint(text.replace('我市推进公开。', '我区推进公开。我区加强平台建设。')))).toEqual(['2:22']);
  });

  it('does not compare the self-references of a department', () => {
    const text = '桦川县卫生健康局2021年政府信息公开工作年度报告\n我局推进公开。我局加强培训。我局完善制度。我县卫生健康事业稳步发展。\n';
    expect(lint(text)).toEqual([]);
  });

  it('reports a body that names another agency, and accepts abbreviations of the title', () => {
    const wrong = '海林市2020年度政府信息公开工作年度报告\n特向社会公布宁安市人民政府2020年政府信息公开工作年度报告。\n';
    expect(places(lint(wrong))).toEqual(['2:7']);
    const right = '重庆市九龙坡区二郎街道办事处2022年政府信息公开工作年度报告\n根据有关要求,二郎街道现面向社会公开2022年度政府信息公开年度报告。\n';
    expect(lint(right)).toEqual([]);
  });

  it('reads agency levels and self-references', () => {
    expect(agencyLevel('重庆市九龙坡区二郎街道办事处')).toBe('街道');
    expect(agencyLevel('沐阳县人民政府')).toBe('县');
    expect(agencyLevel('桦川县卫生健康局')).toBe('部门');
    expect(agencyLevel('攀枝花市西区')).toBe('区');
    expect(selfReferences('我市场监管局和本区域内，《我县政务公开办法》').map((r) => r.text)).toEqual([]);
    expect(selfReferences('公开市本级经费，加强对全县工作的督导，我镇').map((r) => [r.text, r.kind])).toEqual([
      ['市本级', 'scope'], ['全县', 'scope'], ['我镇', 'strong'],
    ]);
  });
});
