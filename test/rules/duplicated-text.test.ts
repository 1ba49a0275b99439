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

describe(`${ID}: doubled phrases, marks and agency names`, () => {
  const found = (text: string) => lint(`一、总体情况\n${text}\n`).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message} → ${JSON.stringify(m.fix?.text)}`);

  it('a phrase of eight characters or more written twice in a row', () => {
    expect(found('我局进一步加强政务公开工作进一步加强政务公开工作，取得实效。')).toEqual([
      '2:14-25 文字重复：“进一步加强政务公开工作”连写了两遍 → ""',
    ]);
    expect(found('一是加强组织领导，加强组织领导，明确责任分工。')).toEqual(['2:10-17 文字重复：“加强组织领导，”连写了两遍 → ""']);
    expect(found('依法依规做好政府信息公开申请办理依法依规做好政府信息公开申请办理工作。')).toEqual([
      '2:17-33 文字重复：“依法依规做好政府信息公开申请办理”连写了两遍 → ""',
    ]);
  });

  it('a bracket or quotation mark written twice', () => {
    expect(found('认真贯彻落实《《中华人民共和国政府信息公开条例》。')).toEqual(['2:8-9 标点重复：“落实《《中华人”中“《”写了两个 → ""']);
    expect(found('根据《条例》》规定，按照【【政务公开】要求，开展““放管服””改革。')).toEqual([
      '2:7-8 标点重复：“条例》》规定，”中“》”写了两个 → ""',
      '2:14-15 标点重复：“按照【【政务公”中“【”写了两个 → ""',
      '2:26-27 标点重复：“开展““放管服”中““”写了两个 → ""',
      '2:31-32 标点重复：“管服””改革。”中“””写了两个 → ""',
    ]);
  });

  it('the level of an agency written twice in its formal name', () => {
    expect(found('特向社会公布青田县县人民政府2020年政府信息公开工作年度报告。')).toEqual([
      '2:10-11 单位名称中的字重复：“青田县县人民政府”应为“青田县人民政府” → ""',
    ]);
    expect(found('请与海林市市人民政府办公室联系，或致电白沙镇镇人民政府。')).toEqual([
      '2:6-7 单位名称中的字重复：“海林市市人民政府”应为“海林市人民政府” → ""',
      '2:23-24 单位名称中的字重复：“白沙镇镇人民政府”应为“白沙镇人民政府” → ""',
    ]);
    expect(found('鼓楼区区人民代表大会常务委员会')).toEqual(['2:4-5 单位名称中的字重复：“鼓楼区区人民代表大会”应为“鼓楼区人民代表大会” → ""']);
  });

  it('leaves legitimate neighbours alone', () => {
    for (const ok of [
      '海林市市场监督管理局、青田县县委、区区几件小事，我县县政府。',
      '我县县人民政府办公室、本市市人民政府、全县县人民政府和各乡乡人民政府。',
      '主动公开政府信息“三公”经费“”为空，《条例》《通知》。',
      '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
      '申请人情况自然人商业企业科研机构社会公益组织法律服务机构其他总计自然人商业企业科研机构社会公益组织法律服务机构其他总计',
      '某县2020年政府信息公开工作年度报告某县2020年政府信息公开工作年度报告',
      '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    ]) {
      expect(found(ok), ok).toEqual([]);
    }
  });

  it("leaves a page summary glued to its paragraph, or on the line before it, to page-residue", () => {
    const para = '2022年，我县认真贯彻落实《条例》要求。扎实推进政府信息公开工作，不断提高政府工作透明度。';
    expect(found(`${para.slice(0, 30)}${para}`)).toEqual([]);
    expect(lint(`${para.slice(0, 30)}…\n一、总体情况\n${para}\n`)).toEqual([]);
    // The same opening said twice as whole sentences is still a repeat.
    expect(found(`${para.slice(0, para.indexOf('。') + 1)}${para}`).length).toBe(1);
  });

  it('never in a table header', () => {
    const text = '一、总体情况\n正文。\n二、主动公开政府信息情况\n| 自然人自然人自然人自然人 | 结果维持结果纠正结果维持结果纠正 |\n|---|---|\n| 1 | 2 |\n';
    expect(lint(text, 'x.md')).toEqual([]);
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
    expect(lint(`一、总体情况\n${short}我县加强培训。${short}\n`)).toEqual([]);
    expect(places(lint(`一、总体情况\n${short}我县加强培训。${short}\n`, 'x.txt', { minRepeatLength: 8 }))).toEqual(['2:18']);
    // Written twice in a row it is a doubled phrase whatever its length.
    expect(lint(`一、总体情况\n${short}${short}\n`).map((m) => m.message)).toEqual(['文字重复：“全年公开信息一百条。”连写了两遍']);
  });
});
