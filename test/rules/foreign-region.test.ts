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

  it('a department calls its own government 我县, 我区 or 我市', () => {
    expect(lint('桦川县卫生健康局2021年政府信息公开工作年度报告\n我局推进公开。我局加强培训。我局完善制度。我县卫生健康事业稳步发展。\n')).toEqual([]);
    expect(lint('某市市场监督管理局2021年政府信息公开工作年度报告\n我局推进公开。我局加强培训。我市市场监管。我委配合。\n')).toEqual([]);
  });

  it("reports a town's or a sibling's self-reference in a department's report", () => {
    const town = lint('桦川县卫生健康局2021年政府信息公开工作年度报告\n我局推进公开。我局加强培训。我乡加强领导。\n');
    expect(places(town)).toEqual(['2:15']);
    expect(town[0]!.message).toBe('“我乡”是乡级单位的说法，与报告单位的级别不符：标题单位为“桦川县卫生健康局”（部门），正文其余处自称“我局”2次，疑从其他单位的报告复制');
    expect(places(lint('某市某区教育局2021年政府信息公开工作年度报告\n我局推进公开。我局加强培训。我区教育稳步发展。我县教育工作。\n'))).toEqual(['2:24']);
    expect(places(lint('邵武市商务局2021年政府信息公开工作年度报告\n我局推进公开。我局加强培训。二是我街道完善制度。\n'))).toEqual(['2:17']);
    // One of its own against one stranger is not enough.
    expect(lint('邵武市商务局2021年政府信息公开工作年度报告\n我局推进公开。我镇加强培训。\n')).toEqual([]);
  });

  it('compares 管委会, 实验区, 开发区 and 新区 as districts', () => {
    for (const name of ['某某经济开发区管委会', '平潭综合实验区', '某某新区管理委员会', '某某高新技术产业开发区管理委员会']) {
      const text = `${name}2020年政府信息公开工作年度报告\n我区推进公开。我区加强培训。我区完善制度。我县加强督导。\n`;
      expect(places(lint(text)), name).toEqual(['2:22']);
    }
  });

  it("reports the website of another place of the title's level", () => {
    const found = (text: string) => lint(text).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message}`);
    expect(found('某某县2020年政府信息公开工作年度报告\n我县推进公开，同时在松阳县人民政府门户网站同步发布。\n')).toEqual([
      '2:11-22 “松阳县人民政府门户网站”是松阳县的网站，而报告单位是“某某县”（某某县），疑从其他地方的报告复制',
    ]);
    expect(places(lint('重庆市九龙坡区二郎街道办事处2022年政府信息公开工作年度报告\n通过九龙坡区政府网站公开，在沙坪坝区人民政府网站转载。\n'))).toEqual(['2:15']);
    expect(places(lint('某某县白沙镇人民政府2020年政府信息公开工作年度报告\n我镇依托黄沙镇政务网公开。\n'))).toEqual(['2:5']);
    for (const ok of [
      '某某县白沙镇人民政府2020年政府信息公开工作年度报告\n我镇依托某某县人民政府门户网站和某市人民政府网站公开信息。\n',
      '白沙镇人民政府2020年政府信息公开工作年度报告\n我镇依托青田县人民政府门户网站公开信息。\n',
      '攀枝花市西区2022年政府信息公开工作年度报告\n及时更新区政府门户网站，全年通过县政府门户网站公开。\n',
    ]) {
      expect(lint(ok), ok).toEqual([]);
    }
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
