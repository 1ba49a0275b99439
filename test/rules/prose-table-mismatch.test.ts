import { describe, expect, it } from 'vitest';
import rule from '../../rules/prose-table-mismatch.js';
import { FIXTURES, at, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'prose-table-mismatch';
const lint = linter(ID, rule);

/** Findings on the real reports (MANIFEST defects); every other fixture must be clean. */
const EXPECTED: Record<string, string[]> = {
  'corpus/r004.txt': ['10:1125'],
  'corpus/r019.txt': ['10:613'],
  'corpus/html/r004.html': ['1:1886'],
  'corpus/html/r019.html': ['1:948'],
};

/** A 2021 report in pipe layout: table 二 item 1, table 三 and table 四 around the given overview. */
function report(overview: string, o: { normative?: string; newRow?: string; over?: string; total?: string; forward?: string; review?: string } = {}): string {
  return [
    '某区2022年政府信息公开工作年度报告',
    '一、总体情况',
    overview,
    '二、主动公开政府信息情况',
    '第二十条第（一）项 |',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '规章 | 0 | 0 | 0 |',
    `行政规范性文件 | ${o.normative ?? '3 | 1 | 41'} |`,
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    `一、本年新收政府信息公开申请数量 | ${o.newRow ?? '11 | 0 | 0 | 0 | 0 | 0 | 11'} |`,
    `二、上年结转政府信息公开申请数量 | ${o.over ?? '1 | 0 | 0 | 0 | 0 | 0 | 1'} |`,
    '三、本年度办理结果 |',
    '（一）予以公开 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |',
    `（七）总计 | ${o.total ?? '11 | 0 | 0 | 0 | 0 | 0 | 11'} |`,
    `四、结转下年度继续办理 | ${o.forward ?? '1 | 0 | 0 | 0 | 0 | 0 | 1'} |`,
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 | 行政诉讼 |',
    '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
    `${o.review ?? '1 | 0 | 0 | 1 | 2 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0'} |`,
    '',
  ].join('\n');
}

describe(`${ID} on the seeds and the corpus`, () => {
  // Seed 000 has no tables; 002 must stay clean (规范性文件6件 = 本年制发件数 6, no requests, one 复议 维持);
  // 003 compares with the 2018 column of its 附表 (not 历年累计); r005 counts 受理 749 = 713 + 36.
  it.each(FIXTURES)('%s', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual(EXPECTED[rel] ?? []);
  });

  it('r004: 收到申请75件 is 本年新收 74 + 上年结转 1 (warning, the 本年新收 total as related place)', () => {
    const text = readFixture('corpus/r004.txt');
    const [m] = lint(text, 'corpus/r004.txt');
    expect(m!.ruleId).toBe(ID);
    expect(`${m!.line}:${m!.column}`).toBe('10:1125');
    expect(`${m!.line}:${m!.column}`).toBe(at(text, '收到政府信息公开申请75件', 10));
    expect(m!.endColumn - m!.column).toBe(3);
    expect(m!.severity).toBe(1);
    expect(m!.message).toBe('正文称收到申请75件，但表三“本年新收”总计为74件；正文的数字等于本年新收74件加上年结转1件，“收到”应只计本年新收');
    expect(m!.related?.map((r) => `${r.line}:${r.column}`)).toEqual(['10:2602']);
  });

  it('r019: 现行有效行政规范性文件393件 against 现行有效件数 470 (a cell rebuilt from a digit run: warning)', () => {
    const text = readFixture('corpus/r019.txt');
    const [m] = lint(text, 'corpus/r019.txt');
    expect(m!.ruleId).toBe(ID);
    expect(`${m!.line}:${m!.column}`).toBe('10:613');
    expect(`${m!.line}:${m!.column}`).toBe(at(text, '393件'));
    expect(m!.severity).toBe(1);
    expect(m!.message).toContain('393件');
    expect(m!.message).toContain('“现行有效件数”为470件');
    expect(m!.related?.map((r) => `${r.line}:${r.column}`)).toEqual(['10:1840']);
  });

  it('r019 as HTML: the same finding, an error because the table cell is certain there', () => {
    const [m] = lint(readFixture('corpus/html/r019.html'), 'corpus/html/r019.html');
    expect(m!.severity).toBe(2);
    expect(m!.message).toContain('393件');
  });

  it('finds changed figures in the real reports', () => {
    const r004 = readFixture('corpus/r004.txt').replace('行政复议案件2件', '行政复议案件3件');
    expect(places(lint(r004)).sort()).toEqual(['10:1125', at(r004, '行政复议案件3件', 6)].sort());
    const r019 = readFixture('corpus/r019.txt').replace('制发的规范性文件77件', '制发的规范性文件78件');
    expect(places(lint(r019))).toEqual(['10:613', at(r019, '78件')]);
    const r005 = readFixture('corpus/r005.md');
    for (const [from, to] of [['申请 749 件', '申请 750 件'], ['共办理 718 件', '共办理 720 件'], ['结转下一年 31 件', '结转下一年 30 件']] as const) {
      const changed = r005.replace(from, to);
      const messages = lint(changed, 'r005.md');
      expect(places(messages), to).toEqual([at(changed, to, to.search(/\d/))]);
      expect(messages[0]!.severity).toBe(2);
    }
    // Pre-2019: 003's 附表 has 受理政府信息公开申请总数 10 in the 2018 column.
    const r003 = readFixture('seeds/003_673a0e93baba7a0a.txt').replace('共收到政府信息公开申请10件', '共收到政府信息公开申请11件');
    expect(places(lint(r003))).toEqual([at(r003, '申请11件', 2)]);
  });
});

describe(`${ID}: figures`, () => {
  it('compares received, handled, carried, review and normative figures', () => {
    const text = report('2022年，全区共收到政府信息公开申请10件，上年结转2件，办结11件，结转下年度继续办理1件。行政复议案件3件。制发行政规范性文件3件，废止1件，现行有效行政规范性文件40件。');
    const messages = lint(text);
    expect(messages.map((m) => m.message)).toEqual([
      '正文称收到申请10件，但表三“本年新收”总计为11件',
      '正文称上年结转2件，但表三“上年结转”总计为1件',
      '正文称现行有效规范性文件40件，但表二“行政规范性文件”的“现行有效件数”为41件',
    ]);
    expect(places(messages)).toEqual([at(text, '10件'), at(text, '2件'), at(text, '40件')]);
    expect(messages.every((m) => m.severity === 2)).toBe(true);
    expect(messages[0]!.related).toHaveLength(1);
  });

  it('accepts 受理 and 办理 counting last year\'s requests, and 收到 with （含上年结转）', () => {
    expect(lint(report('全年共受理政府信息公开申请12件，共办理12件。'))).toEqual([]);
    expect(lint(report('全年共收到政府信息公开申请12件（含上年结转1件）。'))).toEqual([]);
    const [m] = lint(report('全年共收到政府信息公开申请12件，办结12件。'), 'x.txt');
    expect(m!.severity).toBe(1);
    const handled = lint(report('全年共收到政府信息公开申请11件，办结12件。'));
    expect(handled.map((x) => x.message)).toEqual(['正文称办结申请12件，但表三“（七）总计”为11件；正文的数字等于本年新收与上年结转之和12件，其中1件结转下年度，并未办结']);
  });

  it('leaves parts, other agencies, other years and asides alone', () => {
    expect(lint(report('2022年，全区共收到政府信息公开申请11件，其中区政府受理申请4件、区教育局2件。'))).toEqual([]);
    expect(lint(report('区政府办公室收到政府信息公开申请5件，区教育局收到3件。'))).toEqual([]);
    expect(lint(report('2021年收到政府信息公开申请8件，2022年收到政府信息公开申请11件。'))).toEqual([]);
    expect(lint(report('与上年收到申请8件相比有所增加。全年收到政府信息公开申请11件（上年为8件）。'))).toEqual([]);
    expect(lint(report('收到政府信息公开申请11件，按时办结10件。'))).toEqual([]);
    expect(lint(report('收到政府信息公开咨询20件，收到政府信息公开申请11件。'))).toEqual([]);
  });

  it('reads 复议/诉讼 counts only about information disclosure, and combined counts as a whole', () => {
    // A 司法局 handling reviews as the review body: not the figure of table 四.
    expect(lint(report('全年办理行政复议案件120件，其中涉及政府信息公开的2件。'))).toEqual([]);
    expect(lint(report('因政府信息公开引起的行政复议案件2件、行政诉讼案件1件。'))).toEqual([]);
    expect(lint(report('本年度政府信息公开行政复议、行政诉讼案件共3件。'))).toEqual([]);
    expect(lint(report('本年度政府信息公开行政复议、行政诉讼案件共4件。')).map((m) => m.message)).toEqual(['正文称行政复议和行政诉讼4件，但表四三组总计之和为3件']);
    expect(lint(report('因政府信息公开被提起行政诉讼2件，复议后提起行政诉讼0件。')).map((m) => m.message)).toEqual(['正文称行政诉讼2件，但表四行政诉讼（未经复议直接起诉、复议后起诉）总计之和为1件']);
    expect(lint(report('政府信息公开行政复议案件2件，行政复议1件维持、1件尚未审结。'))).toEqual([]);
  });

  it('reads nil statements', () => {
    const text = report('2022年，全区未收到政府信息公开申请，未发生因政府信息公开引起的行政复议、行政诉讼案件。');
    expect(lint(text).map((m) => m.message)).toEqual([
      '正文称没有收到申请，但表三“本年新收”总计为11件',
      '正文称没有行政复议，但表四“行政复议”总计为2件',
      '正文称没有行政诉讼，但表四行政诉讼（未经复议直接起诉、复议后起诉）总计之和为1件',
    ]);
    const none = report('2022年，全区未收到政府信息公开申请，无因政府信息公开申请行政复议、提起行政诉讼的情况。', {
      newRow: '0 | 0 | 0 | 0 | 0 | 0 | 0', over: '0 | 0 | 0 | 0 | 0 | 0 | 0', total: '0 | 0 | 0 | 0 | 0 | 0 | 0', forward: '0 | 0 | 0 | 0 | 0 | 0 | 0',
      review: '0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
    });
    expect(lint(none)).toEqual([]);
  });

  it('warns only on 公开规范性文件, which may mean any column', () => {
    expect(lint(report('主动公开规范性文件41件。'))).toEqual([]);
    const [m] = lint(report('主动公开规范性文件5件。'));
    expect(m!.severity).toBe(1);
  });
});

describe(`${ID}: pre-2019 附表`, () => {
  const legacy = (text: string) => [
    '某县2017年政府信息公开工作年度报告',
    '一、概述',
    text,
    '附表',
    '指标名称 | 单位 | 2017年度 | 历年累计 |',
    '受理政府信息公开申请总数 | 件 | 10 | 33 |',
    '其中:1.当面申请数 | 件 | 2 | 7 |',
    '依申请公开信息收取的费用 | 元 | 300 | 500 |',
    '行政复议数 | 件 | 1 | 2 |',
    '行政诉讼数 | 件 | 0 | 2 |',
    '',
  ].join('\n');

  it('compares with the column of the report year, never 历年累计', () => {
    expect(lint(legacy('2017年，全县共收到政府信息公开申请10件，收取检索复制费用300元，因政府信息公开申请行政复议1件。'))).toEqual([]);
    expect(lint(legacy('2017年，全县共收到政府信息公开申请10件，收取检索复制费用0.03万元。'))).toEqual([]);
    const text = legacy('2017年，全县共收到政府信息公开申请33件，收取检索复制费用200元。2017年，全县无因政府信息公开申请行政复议、提起行政诉讼的情况。');
    expect(lint(text).map((m) => m.message)).toEqual([
      '正文称收到申请33件，但附表“受理政府信息公开申请总数”为10件',
      '正文称收取费用200元，但附表“依申请公开信息收取的费用”为300元',
      '正文称没有行政复议，但附表“行政复议数”为1件',
    ]);
    expect(places(lint(text))).toEqual([at(text, '33件'), at(text, '200元'), at(text, '无因')]);
  });
});

describe(`${ID}: status claims`, () => {
  it('"均已办结" while requests are carried forward', () => {
    const text = report('全年收到政府信息公开申请11件，已全部办结。');
    const [m] = lint(text);
    expect(`${m!.line}:${m!.column}`).toBe(at(text, '已全部办结'));
    expect(m!.message).toBe('正文称“已全部办结”，但表三“结转下年度继续办理”总计为1件');
    expect(m!.severity).toBe(2);
    expect(lint(report('全年收到政府信息公开申请11件，目前已全部办结。'))[0]!.severity).toBe(1);
    expect(lint(report('全年收到政府信息公开申请11件，均在法定期限内办结。'))[0]!.severity).toBe(1);
    expect(lint(report('全年收到政府信息公开申请11件，除结转的1件外均已办结。'))).toEqual([]);
    expect(lint(report('全年收到政府信息公开申请11件，已全部办结。', { forward: '0 | 0 | 0 | 0 | 0 | 0 | 0' }))).toEqual([]);
  });

  it('"均获维持" and "均已结案" against table 四, for the groups the sentence names', () => {
    expect(lint(report('因政府信息公开引起的行政复议案件2件，均获维持。')).map((m) => m.message)).toEqual(['正文称“均获维持”，但表四行政复议“尚未审结”为1件']);
    expect(lint(report('因政府信息公开引起的行政复议案件2件，均已结案。')).map((m) => m.message)).toEqual(['正文称“均已结案”，但表四行政复议“尚未审结”为1件']);
    // Lawsuits only: the one lawsuit was upheld.
    expect(lint(report('政府信息公开行政复议案件2件，1件维持、1件尚未审结；行政诉讼1件，均获维持。'))).toEqual([]);
    expect(lint(report('政府信息公开行政复议案件2件，行政复议1件维持、1件尚未审结，行政诉讼均获维持。'))).toEqual([]);
    expect(lint(report('政府信息公开行政复议案件2件，已审结的均获维持。'))).toEqual([]);
  });
});

describe(`${ID}: long single-line reports`, () => {
  it('stays fast on a 40 kB line', () => {
    const line = '2022年，全区收到政府信息公开申请11件，其中网上申请8件、信函申请3件，均已办结；行政复议1件维持、1件尚未审结，'.repeat(600);
    const start = performance.now();
    lint(report(line));
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe(`${ID}: outcomes, channels and cases in more phrasings`, () => {
  const outcomes = (overview: string) => report(overview, { total: '11 | 0 | 0 | 0 | 0 | 0 | 11' }).replace(
    '（七）总计 |',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n（七）总计 |',
  ).replace('（一）予以公开 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |', '（一）予以公开 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |');

  it('a combined bucket is 予以公开 + 部分公开', () => {
    for (const phrase of ['予以公开及部分公开', '予以公开和部分公开', '同意公开或部分公开']) {
      expect(lint(outcomes(`全年办结申请11件，其中${phrase}11件。`)), phrase).toEqual([]);
      const text = outcomes(`全年办结申请11件，其中${phrase}10件。`);
      expect(lint(text).map((m) => `${m.line}:${m.column} ${m.message}`), phrase).toEqual([
        `${at(text, '10件')} 正文称予以公开及部分公开10件，但表三“（一）予以公开”与“（二）部分公开”总计之和为11件`,
      ]);
    }
    const text = outcomes('全年办结申请11件，其中予以公开9件、部分公开3件。');
    expect(lint(text).map((m) => m.message)).toEqual(['正文称予以公开9件，但表三“（一）予以公开”总计为8件']);
  });

  it('r019: "予以公开及部分公开42件" agrees with the table, a changed figure does not', () => {
    const r019 = readFixture('corpus/r019.txt');
    const text = r019.replace('予以公开及部分公开42件', '予以公开及部分公开43件');
    expect(text).not.toBe(r019);
    const added = lint(text, 'corpus/r019.txt').filter((m) => !lint(r019, 'corpus/r019.txt').some((o) => o.message === m.message));
    expect(added.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([`${at(text, '43件')} 正文称予以公开及部分公开43件，但表三“（一）予以公开”与“（二）部分公开”总计之和为42件`]);
  });

  it('"收到N份…行政复议申请" and "发生…行政复议案件N起" against table 四', () => {
    const text = report('本年度收到3份政府信息公开行政复议申请。');
    expect(lint(text).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([`${at(text, '3份')} 正文称行政复议3份，但表四“行政复议”总计为2份`]);
    expect(places(lint(report('全年共发生涉及政府信息公开的行政复议案件3起。')))).toEqual(['3:21']);
    expect(lint(report('本年度收到2份政府信息公开行政复议申请。'))).toEqual([]);
    // Not about information disclosure: another kind of case.
    expect(lint(report('本年度收到3份行政复议申请。'))).toEqual([]);
  });

  it('"已全部答复" and "全部办理完成" while requests are carried forward', () => {
    const [m] = lint(report('收到的政府信息公开申请全部办理完成。'));
    expect(m!.message).toBe('正文称“全部办理完成”，但表三“结转下年度继续办理”总计为1件');
    expect(m!.severity).toBe(2);
    const [reply] = lint(report('全年收到政府信息公开申请11件，已全部答复。'));
    expect(reply!.message).toBe('正文称“已全部答复”，但表三“结转下年度继续办理”总计为1件');
    expect(reply!.severity).toBe(1);
    expect(lint(report('全年收到政府信息公开申请11件，已全部答复。', { forward: '0 | 0 | 0 | 0 | 0 | 0 | 0' }))).toEqual([]);
  });
});

describe(`${ID}: pre-2019 附表 facts`, () => {
  const legacy = (text: string) => [
    '某县2017年政府信息公开工作年度报告', '一、概述', text, '附表', '指标名称 | 单位 | 2017年度 | 历年累计 |',
    '主动公开政府信息数 | 条 | 137 | 500 |', '受理政府信息公开申请总数 | 件 | 10 | 33 |', '其中:1.当面申请数 | 件 | 2 | 7 |', '2.网上申请数 | 件 | 5 | 7 |',
    '3.信函、传真申请数 | 件 | 3 | 7 |', '对申请的答复总数 | 件 | 10 | 33 |', '其中:1.同意公开答复数 | 件 | 6 | 7 |', '2.同意部分公开答复数 | 件 | 2 | 7 |',
    '行政复议数量 | 件 | 1 | 2 |', '',
  ].join('\n');

  it('the 主动公开 total of the year, never the running total', () => {
    expect(lint(legacy('2017年，我局主动公开政府信息137条，其中通过政府网站公开124条。截至2017年底，累计主动公开政府信息500条。'))).toEqual([]);
    const text = legacy('2017年，我局主动公开政府信息130条。');
    expect(lint(text).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([`${at(text, '130条')} 正文称主动公开政府信息130条，但附表“主动公开政府信息数”为137条`]);
  });

  it('application channels, also after 其中', () => {
    expect(lint(legacy('2017年，我县共受理政府信息公开申请10件，其中当面申请2件、网上申请5件、信函、传真申请3件。'))).toEqual([]);
    const text = legacy('2017年，我县共受理政府信息公开申请10件，其中当面申请2件、网上申请6件、信函、传真申请3件。');
    expect(lint(text).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([`${at(text, '6件')} 正文称网上申请6件，但附表“2.网上申请数”为5件`]);
    expect(lint(legacy('2017年，我县共受理政府信息公开申请10件，其中当面申请3件。')).map((m) => m.message)).toEqual(['正文称当面申请3件，但附表“其中:1.当面申请数”为2件']);
  });

  it('replies, a combined bucket, and 行政复议数量', () => {
    expect(lint(legacy('对申请的答复中，同意公开6件，同意部分公开2件。其中同意公开及部分公开8件。'))).toEqual([]);
    expect(lint(legacy('对申请的答复中，同意公开6件，同意部分公开3件。')).map((m) => m.message)).toEqual(['正文称部分公开3件，但附表“2.同意部分公开答复数”为2件']);
    expect(lint(legacy('对申请的答复中，同意公开及部分公开9件。')).map((m) => m.message))
      .toEqual(['正文称予以公开及部分公开9件，但附表“其中:1.同意公开答复数”与“2.同意部分公开答复数”之和为8件']);
    expect(lint(legacy('2017年，因政府信息公开申请行政复议2件。')).map((m) => m.message)).toEqual(['正文称行政复议2件，但附表“行政复议数量”为1件']);
  });
});
