import { describe, expect, it } from 'vitest';
import rule from '../../rules/impossible-value.js';
import { analyse } from '../../src/lint.js';
import { agencyOf, classifyAgency } from '../../src/model/agency.js';
import { FIXTURES, at, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'impossible-value';
const lint = linter(ID, rule);

const table1 = (rules: string, normative: string) =>
  `二、主动公开政府信息情况\n第二十条第(一)项 | | | |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | ${rules} |\n行政规范性文件 | ${normative} |\n`;

describe(`${ID} on the seeds and the corpus`, () => {
  // r026 (a 街道 with 4 行政规范性文件) and r027 (新制作 30 = 对外公开总数量 30) are possible: no finding.
  it.each(FIXTURES)('%s is clean', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual([]);
  });

  it('r026 would be reported if the 街道 had put its 4 documents on the 规章 row', () => {
    const text = readFixture('corpus/r026.txt').replace('规章 | 0 | 0 | 0 |', '规章 | 4 | 0 | 4 |');
    const messages = lint(text, 'r026.txt');
    expect(places(messages)).toEqual(['13:6']);
    expect(messages[0]!.message).toContain('报告单位“重庆市九龙坡区二郎街道办事处”是乡镇、街道');
    expect(messages[0]!.message).toContain('本年制发件数4、现行有效件数4');
  });
});

describe(`${ID}: the reporting agency`, () => {
  it('classifies agency names', () => {
    expect(classifyAgency('大五里镇')).toBe('township');
    expect(classifyAgency('重庆市九龙坡区二郎街道办事处')).toBe('township');
    expect(classifyAgency('两城镇人民政府党政办公室')).toBe('township');
    expect(classifyAgency('中村乡人民政府')).toBe('township');
    expect(classifyAgency('海林市')).toBe('government');
    expect(classifyAgency('平潭综合实验区')).toBe('government');
    expect(classifyAgency('某经济开发区管委会')).toBe('government');
    expect(classifyAgency('桦川县卫生健康局')).toBe('department');
    expect(classifyAgency('高新区(新市区)司法局')).toBe('department');
    expect(classifyAgency('某市人民政府办公室')).toBe('department');
    expect(classifyAgency('乡村振兴局')).toBe('department');
  });

  it('falls back to the body: 我镇 in seed 004, 我局 in r033', () => {
    const kind = (rel: string) => agencyOf(analyse({ filePath: rel, text: readFixture(rel) }).root)?.kind;
    expect(kind('seeds/004_9c99e8684d928071.txt')).toBe('township');
    expect(kind('corpus/r033.txt')).toBe('department');
    expect(kind('corpus/r028.txt')).toBe('department');
  });
});

describe(`${ID}: 规章 of a township`, () => {
  it('reports 规章 in force at a town named in the title', () => {
    const messages = lint(`新疆某镇2023年政府信息公开工作年度报告\n${table1('0 | 0 | 6', '2 | 0 | 5')}`);
    expect(places(messages)).toEqual(['5:14']);
    expect(messages[0]!.severity).toBe(1);
  });

  it('reads the township from 我镇 when there is no title', () => {
    const text = `一、总体情况\n2023年，我镇认真贯彻《条例》，我镇主动公开信息20条。\n${table1('1 | 0 | 1', '0 | 0 | 0')}`;
    expect(places(lint(text))).toEqual(['6:6']);
  });

  it('accepts 规章 at a city, and 行政规范性文件 at a street office', () => {
    expect(lint(`某市2023年政府信息公开工作年度报告\n${table1('2 | 0 | 30', '8 | 1 | 50')}`)).toEqual([]);
    expect(lint(`某街道办事处2023年政府信息公开工作年度报告\n${table1('0 | 0 | 0', '4 | 0 | 4')}`)).toEqual([]);
  });
});

describe(`${ID}: totals`, () => {
  it('本年新公开 above 对外公开总数量: a pipe table, and r027 whose header labels are rows of their own', () => {
    const head = '二、主动公开政府信息情况\n第二十条第(一)项 | | | |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n规章 | 0 | 0 | 0 |\n';
    expect(places(lint(`${head}规范性文件 | 12 | 12 | 10 |\n`))).toEqual(['5:14']);
    expect(lint(`${head}规范性文件 | 12 | 12 | 40 |\n`)).toEqual([]);
    const r027 = readFixture('corpus/r027.txt');
    expect(r027).toContain('规范性文件\n|\n30\n|\n30\n|\n30');
    const messages = lint(r027.replace('规范性文件\n|\n30\n|\n30\n|\n30', '规范性文件\n|\n30\n|\n31\n|\n30'), 'r027.txt');
    expect(messages.map((m) => m.message)).toEqual(['本年新公开数量31大于对外公开总数量30（规范性文件）：对外公开总数量包含本年新公开的件数，不会更少']);
  });

  it('a 附表 whose running total is consistent (seed 003) and one that is not', () => {
    const head = '指标名称 | 单位 | 2016年度 | 历年累计 |\n';
    expect(lint(`六、附表\n${head}主动公开文件数 | 条 | 1552 | 16534 |\n`)).toEqual([]);
    expect(places(lint(`六、附表\n${head}主动公开文件数 | 条 | 1552 | 1500 |\n`))).toEqual(['3:22']);
  });

  it('办结 more than 收到 in one sentence, unless carry-over is mentioned', () => {
    expect(places(lint('一、总体情况\n2023年共收到政府信息公开申请3件，办结5件。\n'))).toEqual(['2:22']);
    expect(lint('一、总体情况\n2023年共收到政府信息公开申请3件，加上上年结转2件，办结5件。\n')).toEqual([]);
    expect(lint('一、总体情况\n2023年共收到政府信息公开申请5件，办结5件，办结率100%。\n')).toEqual([]);
  });
});

describe(`${ID}: more handled than received, in more phrasings; 本年新制作 above the total`, () => {
  it('"受理117件，办结171件" in a sentence or paragraph about requests', () => {
    const text = '依申请公开方面，全年受理117件，办结171件。';
    expect(lint(text).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([`${at(text, '171件')} 办结171件多于收到的117件，且本句未提到上年结转：办结的申请不会多于收到的申请`]);
    for (const other of ['本年度受理依申请公开事项20件，答复25件。', '全年共收到政府信息公开申请8件，已办结12件。']) {
      const done = other.match(/(\d+)件。$/)![0];
      expect(places(lint(other)), other).toEqual([at(other, done)]);
    }
    expect(lint('全年受理咨询117件，办结171件。')).toEqual([]);
    expect(lint('依申请公开方面，全年受理117件，连同上年结转的60件，办结171件。')).toEqual([]);
  });

  it('本年新制作数量 above 对外公开总数量 (2019 trial)', () => {
    const text = [
      '某局2019年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第(一)项 | | | |',
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |', '规章 | 0 | 0 | 0 |', '规范性文件 | 12 | 10 | 10 |',
    ].join('\n');
    expect(lint(text).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(['6:9 本年新制作数量12大于对外公开总数量10（规范性文件）：对外公开总数量包含本年新制作的件数，不会更少']);
    expect(lint(text.replace('| 12 | 10 | 10 |', '| 10 | 10 | 10 |'))).toEqual([]);
  });
});
