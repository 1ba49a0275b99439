import { describe, expect, it } from 'vitest';
import rule from '../../rules/prose-sum.js';
import { FIXTURES, at, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'prose-sum';
const lint = linter(ID, rule);

const SEED_000 = 'seeds/000_d1e77e32c8ba032b.txt';
const SEED_001 = 'seeds/001_b6ebaffc46ffe707.txt';
const SEED_003 = 'seeds/003_673a0e93baba7a0a.txt';

describe(`${ID} on the seeds and the corpus`, () => {
  // Every enumeration in the fixtures adds up (EXPECTED.md and MANIFEST: 000, 001, 003, r005, r019, r026, r027, r033, r034).
  it.each(FIXTURES)('%s is clean', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual([]);
  });

  it('checks the sums of the real reports: a changed part is caught at the whole', () => {
    const cases: [string, string, string, string][] = [
      // 001: 372 = 368 + 4.
      [SEED_001, '依申请公开政府信息4条', '依申请公开政府信息5条', '372条'],
      // 003: 10 = 5 + 3 + 2 (channels).
      [SEED_003, '信函申请3件,当面申请2件', '信函申请3件,当面申请1件', '申请10件'],
      // 000: 48196 = 25084 + 8195 + 8825 + 6092 after an aside in 件.
      [SEED_000, '平台公开信息6092条', '平台公开信息5092条', '48196条'],
      // 000: 17015 = 2237 + 4208 + 10570.
      [SEED_000, '社会公益事业信息10570条', '社会公益事业信息10500条', '17015条'],
      // r026: 314 = 3 + 2 + 1 + 8 + 12 + 20 + 268.
      ['corpus/r026.txt', '工作动态信息公开268条', '工作动态信息公开260条', '314条'],
      // r027: 380 = 30 + 94 + 104 + 152.
      ['corpus/r027.txt', '业务服务信息152条', '业务服务信息150条', '380条'],
      // r034: 217 = 125 + 92, the whole in the sentence before 其中.
      ['corpus/r034.txt', '微信公众号公开92条', '微信公众号公开90条', '217条'],
    ];
    for (const [rel, from, to, whole] of cases) {
      const text = readFixture(rel).replace(from, to);
      expect(text, from).not.toBe(readFixture(rel));
      const messages = lint(text, rel);
      expect(places(messages), `${rel}: ${to}`).toEqual([at(text, whole).replace(/:(\d+)$/, (_, c) => `:${Number(c) + whole.search(/\d/)}`)]);
      expect(messages[0]!.ruleId).toBe(ID);
      expect(messages[0]!.severity).toBe(1);
    }
  });

  it('names the whole and the parts', () => {
    const text = readFixture(SEED_001).replace('依申请公开政府信息4条', '依申请公开政府信息5条');
    const [m] = lint(text);
    expect(m!.message).toBe('总数372条与其后列举的各项之和不符：368 + 5 = 373条');
    expect(m!.related?.map((r) => `${r.line}:${r.column}`)).toEqual([at(text, '368条')]);
  });
});

describe(`${ID}: what is a whole and its parts`, () => {
  it('an aside before the list does not count as a part (seed 000, also in the same unit)', () => {
    expect(lint('全年主动公开信息500条。其中，行政规范性文件14条，全部纳入主动公开范围;通过门户网站公开信息300条、微信公开信息200条。')).toEqual([]);
    expect(lint('全年主动公开信息500条，其中网站公开300条（含政策文件20条）、微信公开200条。')).toEqual([]);
  });

  it('two breakdowns of one whole, and a list followed by other figures', () => {
    expect(lint('收到申请103件。其中,网络申请62件、信函申请33件、当面申请8件、传真申请0件;已公开的3件、同意公开的55件、不属于本机关的26件、不同意公开的7件、补正未收到的1件;结转的11件。')).toEqual([]);
    expect(lint('共收到申请10件，其中网上6件、信函4件，办结9件，结转1件。')).toEqual([]);
  });

  it('a breakdown of one item, changes and approximate figures', () => {
    expect(lint('共收到申请100件，其中自然人90件，涉及征收50件、社保40件。')).toEqual([]);
    expect(lint('全年收到申请10件，比去年增加2件，其中网上申请6件、信函4件。')).toEqual([]);
    expect(lint('全年收到申请约100件，其中网上申请60件、信函30件。')).toEqual([]);
  });

  it('examples picked out of a large whole, announced partial lists, and overlapping channels', () => {
    expect(lint('全年主动公开信息500条，其中政策解读30条、图片解读20条。')).toEqual([]);
    expect(lint('共收到申请20件，其中主要为网上申请10件、信函申请5件。')).toEqual([]);
    expect(lint('共收到申请20件，其中网上申请10件、信函申请5件等。')).toEqual([]);
    expect(lint('全年主动公开信息500条，其中网站公开450条、微博公开300条。')).toEqual([]);
  });

  it('reports missing and excess parts', () => {
    expect(places(lint('共收到申请20件，其中网上申请10件、信函申请5件。'))).toEqual(['1:6']);
    expect(places(lint('全年收到申请20件，其中自然人申请15件、法人申请6件。'))).toEqual(['1:7']);
    expect(places(lint('全年主动公开信息500条，其中网站公开200条、微博公开100条。'))).toEqual(['1:9']);
  });

  it('needs the same unit and two parts at least', () => {
    expect(lint('开展培训3次，其中参训人员120人、领导干部20人。')).toEqual([]);
    expect(lint('2016年全区主动公开政府信息3460条。其中，区直各部门主动公开政府信息1822条，占53%。')).toEqual([]);
  });

  it('allows rounding of decimal amounts only', () => {
    expect(lint('采购总金额160.59万元，其中货物100.30万元、服务60.29万元。')).toEqual([]);
    expect(lint('采购总金额160.60万元，其中货物100.30万元、服务60.29万元。')).toEqual([]);
    expect(lint('采购总金额161万元，其中货物100万元、服务60万元。')).toHaveLength(1);
  });

  it('also reads 分别为', () => {
    expect(places(lint('收到申请12件，分别为网上申请8件、信函申请3件。'))).toEqual(['1:5']);
  });
});

describe(`${ID}: enumerations without 其中`, () => {
  it('a breakdown after "在…的N条政府信息中，"', () => {
    const text = '在全年主动公开的120条政府信息中，机构职能类30条，占25%；政策文件类50条，占41.67%；其他类30条，占25%。';
    const [m] = lint(text);
    expect(places(lint(text))).toEqual([at(text, '120条')]);
    expect(m!.message).toBe('总数120条与其后列举的各项之和不符：30 + 50 + 30 = 110条');
    expect(lint('在全年主动公开的120条政府信息中，机构职能类30条，占25%；政策文件类60条，占50%；其他类30条，占25%。')).toEqual([]);
    expect(places(lint('上述40件申请中，予以公开20件、部分公开10件、不予公开5件。'))).toEqual(['1:3']);
  });

  it('a list after a colon that names categories, its whole in the sentence before', () => {
    const text = '全年主动公开政府信息300条。主要类别有：机构职能类信息100条，政策文件类信息120条，规划计划类信息90条。';
    expect(places(lint(text))).toEqual([at(text, '300条')]);
    expect(places(lint('全年共收到申请20件，具体为：网上申请12件、信函申请4件、当面申请3件。'))).toEqual(['1:8']);
    expect(lint('全年主动公开政府信息300条。主要类别有：机构职能类信息100条，政策文件类信息110条，规划计划类信息90条。')).toEqual([]);
  });

  it('a list whose whole is further back may break down any amount there (r013)', () => {
    expect(lint('全区主动公开政府信息500条。其中，各部门公开300条，占60%。各乡镇公开200条，占40%。各部门公开信息的主要类别有：机构职能类200条，政策文件类300条。')).toEqual([]);
  });

  it('a breakdown in brackets after the whole, with or without 其中', () => {
    const text = '全年共公布政府信息2612条（其中机构职能类82条、政策文件类520条、工作动态2000条）。';
    expect(places(lint(text))).toEqual([at(text, '2612条')]);
    expect(lint(text)[0]!.message).toBe('总数2612条与其后列举的各项之和不符：82 + 520 + 2000 = 2602条');
    expect(places(lint('全年共公布政府信息2612条（机构职能类82条、政策文件类520条、工作动态2000条），比上年增加30%。'))).toEqual(['1:10']);
    expect(lint('全年共公布政府信息2602条（其中机构职能类82条、政策文件类520条、工作动态2000条）。')).toEqual([]);
    expect(lint('全年共公布政府信息2602条（机构职能类82条、政策文件类520条、工作动态2000条）。')).toEqual([]);
  });

  it('brackets that hold an aside or a partial list stay asides', () => {
    expect(lint('全年收到申请20件（含上年结转2件、补正3件），其中网上申请12件、信函申请8件。')).toEqual([]);
    expect(lint('全年收到申请20件（包括网上申请12件、信函申请5件）。')).toEqual([]);
    expect(lint('全年收到申请20件（同比增长25%），其中网上申请12件、信函申请8件。')).toEqual([]);
  });

  it('parts spread over sentences of one shape', () => {
    const text = '2016年全区主动公开政府信息3460条。其中，区直各部门主动公开政府信息1822条，占53%。各乡镇主动公开政府信息1638条，占47%。';
    expect(lint(text)).toEqual([]);
    const wrong = text.replace('1638条', '1538条');
    expect(places(lint(wrong))).toEqual([at(wrong, '3460条')]);
    expect(places(lint('全年收到申请20件。其中，网上申请10件。信函申请5件。当面申请2件。'))).toEqual(['1:7']);
    // A sentence with a new whole, or more than one figure, ends the list.
    expect(lint('全年收到申请20件。其中，网上申请8件。本年办结申请18件。')).toEqual([]);
  });

  it('a phrase item that contains 、 is one item', () => {
    expect(lint('全年主动公开信息100条，其中机构职能类40条、复议、诉讼和申诉情况10条、其他50条。')).toEqual([]);
    expect(places(lint('全年主动公开信息100条，其中机构职能类40条、复议、诉讼和申诉情况10条、其他40条。'))).toEqual(['1:9']);
  });

  it('stays fast on hostile brackets and markers', () => {
    for (const line of ['(其中1件、'.repeat(3000), '1件(其中1件)'.repeat(3000), '共1件(2件、3件)。其中4件。'.repeat(1000), '在1条信息中,'.repeat(3000)]) {
      const start = performance.now();
      lint(line);
      expect(performance.now() - start).toBeLessThan(3000);
    }
  });
});

describe(`${ID}: shares`, () => {
  it('shares of one whole cannot exceed 100%', () => {
    const text = '全年共收到申请10件，其中自然人申请占60%、法人申请占50%。';
    const [m] = lint(text);
    expect(`${m!.line}:${m!.column}`).toBe(at(text, '60%'));
    expect(m!.message).toBe('其中各项占比之和超过100%：60% + 50% = 110%');
    expect(lint('全年共收到申请10件，其中自然人申请占60%、法人申请占40%。')).toEqual([]);
    // Rounded shares may add up to a little over 100%.
    expect(lint('共收到申请3件，其中网上申请占33.4%、信函申请占33.3%、当面申请占33.4%。')).toEqual([]);
  });
});

describe(`${ID}: long single-line reports`, () => {
  it('stays fast on a 40 kB line', () => {
    const line = '全年收到申请20件，其中网上申请10件、信函申请5件、当面申请5件，比去年增加2件，'.repeat(900);
    const start = performance.now();
    lint(line);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
