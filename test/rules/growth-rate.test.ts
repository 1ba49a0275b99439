import { describe, expect, it } from 'vitest';
import rule from '../../rules/growth-rate.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'growth-rate';
const lint = linter(ID, rule);

/** Findings on the real reports; every other fixture must be clean. */
const EXPECTED: Record<string, string[]> = {
  'seeds/004_9c99e8684d928071.txt': ['22:191'],
};

describe(ID, () => {
  it.each(FIXTURES)('%s', (rel) => {
    expect(places(lint(readFixture(rel), rel))).toEqual(EXPECTED[rel] ?? []);
  });

  it('reports 26.98% in seed 004 at its span, with 17 and 63 and the right rate', () => {
    const [m] = lint(readFixture('seeds/004_9c99e8684d928071.txt'));
    expect(m!.severity).toBe(1);
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([22, 191, 22, 197]);
    expect(m!.message).toContain('26.98%');
    expect(m!.message).toContain('17÷63');
    expect(m!.message).toContain('上期应为11条');
    expect(m!.message).toContain('154.55%');
  });

  it('checks the shares of r013 and r019 and finds them right (changed numbers are caught)', () => {
    const r013 = readFixture('corpus/r013.txt');
    expect(lint(r013)).toEqual([]);
    expect(lint(r013.replace('占53%', '占55%')).map((m) => m.message)).toEqual(['占比55%与数量不符：1822条占3460条应为52.66%']);
    // The second sentence of the enumeration keeps the total of the first.
    expect(lint(r013.replace('占47%', '占45%')).map((m) => m.message)).toEqual(['占比45%与数量不符：1638条占3460条应为47.34%']);
    const r019 = readFixture('corpus/r019.txt');
    expect(lint(r019)).toEqual([]);
    expect(lint(r019.replace('占38.27%', '占37.27%'))).toHaveLength(1);
  });

  it('leaves percentages without a stated base alone (seed 000, r004 办结率100%)', () => {
    expect(lint('全年主动公开政务信息48196条,比2019年增加了10.1%。')).toEqual([]);
    expect(lint('全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。')).toEqual([]);
    expect(lint('处理回复区长信箱信件35件,办结率100%。')).toEqual([]);
  });

  it('computes decreases on the previous amount', () => {
    expect(lint('全年收到申请80件，比上年减少20件，下降20%。')).toEqual([]);
    const [m] = lint('全年收到申请80件，比上年减少20件，下降25%。');
    expect(m!.message).toContain('上期应为100件，幅度应为20%');
    expect(m!.message).toContain('除以了本期数');
  });

  it('accepts rounding, truncation and approximations', () => {
    expect(lint('全年公开信息7条，比上年增加4条，增长133.3%。')).toEqual([]);
    expect(lint('全年公开信息7条，比上年增加4条，增长133.34%。')).toHaveLength(1);
    expect(lint('共收到申请3件，其中网上申请2件，占66.66%。')).toEqual([]);
    expect(lint('共收到申请3件，其中网上申请2件，占约66%。')).toEqual([]);
    expect(lint('共收到申请3件，其中网上申请2件，占65%。')).toHaveLength(1);
    expect(lint('共收到申请3件，其中网上申请2件，占69%。')).toHaveLength(1);
  });

  it('needs the same unit for part and total', () => {
    expect(lint('共开展培训3次，其中参加培训52人，占80%。')).toEqual([]);
  });

  it('checks completion rates when both counts are stated', () => {
    expect(lint('全年共收到申请20件，办结20件，办结率100%。')).toEqual([]);
    expect(places(lint('全年共收到申请20件，办结18件，办结率100%。'))).toEqual(['1:21']);
  });
});

describe(`${ID}: shares of enumerations in every shape`, () => {
  it('checks each share against the whole the list breaks down', () => {
    expect(lint('在全年主动公开的120条政府信息中，机构职能类30条，占20%；政策文件类60条，占50%；其他类30条，占25%。').map((m) => `${m.line}:${m.column} ${m.message}`))
      .toEqual(['1:29 占比20%与数量不符：30条占120条应为25%']);
    expect(lint('全年主动公开政府信息300条。主要类别有：机构职能类信息100条，占30%；政策文件类信息200条，占66.67%。').map((m) => m.message))
      .toEqual(['占比30%与数量不符：100条占300条应为33.33%']);
    expect(lint('全年共公布政府信息2602条（其中机构职能类82条，占3.15%；政策文件类520条，占30%；工作动态2000条，占76.86%）。').map((m) => m.message))
      .toEqual(['占比30%与数量不符：520条占2602条应为19.98%']);
    expect(lint('在全年主动公开的120条政府信息中，机构职能类30条，占25%；政策文件类60条，占50%；其他类30条，占25%。')).toEqual([]);
  });

  it('a breakdown in brackets is not the current amount of a change', () => {
    expect(lint('全年共公布政府信息2602条（其中机构职能类82条、政策文件类520条、工作动态2000条），比上年增加100条，增长4%。')).toEqual([]);
  });
});
