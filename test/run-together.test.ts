import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell, Root } from '../src/ast/types.js';
import { tables } from '../src/ast/walk.js';
import { parseReport } from '../src/parse.js';
import { buildModel } from '../src/model/index.js';
import { APPLICATION_COLUMNS } from '../src/model/types.js';
import { textUnits } from '../src/frontends/text.js';
import { textUnit, type TextUnit } from '../src/frontends/units.js';
import { splitRunTogether } from '../src/frontends/run-together/index.js';
import { splitRun } from '../src/frontends/run-together/digit-split.js';
import { lintText } from '../src/lint.js';
import applicationBalance from '../rules/application-balance.js';
import tableSum from '../rules/table-sum.js';
import parseUncertain from '../rules/parse-uncertain.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

function parse(text: string) {
  const { root, source } = parseReport(text);
  return { root, source, model: buildModel(root) };
}

function cells(root: Root): Cell[] {
  return tables(root).flatMap((t) => t.children.flatMap((r) => r.children));
}

/**
 * The true values, copied by hand from the original pages
 * (fixtures/corpus/html/r004.html, r019.html, r020.html).
 */
const TRUTH: Record<string, { active: [number, string, number[]][]; apps: string; review: number[] }> = {
  r004: {
    active: [[1, 'rules', [0, 0, 0]], [1, 'normative', [88, 55, 698]], [5, 'license', [10690]], [6, 'penalty', [2113]], [6, 'enforcement', [0]], [8, 'fees', [9116.36]]],
    apps: `
      new 71 3 0 0 0 0 74 | carried_over 1 0 0 0 0 0 1 | granted 21 0 0 0 0 0 21 | partial 8 1 0 0 0 0 9
      deny_1 0 0 0 0 0 0 0 | deny_2 0 0 0 0 0 0 0 | deny_3 0 0 0 0 0 0 0 | deny_4 0 0 0 0 0 0 0
      deny_5 1 0 0 0 0 0 1 | deny_6 2 0 0 0 0 0 2 | deny_7 1 0 0 0 0 0 1 | deny_8 0 0 0 0 0 0 0
      unable_1 37 0 0 0 0 0 37 | unable_2 0 0 0 0 0 0 0 | unable_3 0 0 0 0 0 0 0
      reject_1 0 0 0 0 0 0 0 | reject_2 0 0 0 0 0 0 0 | reject_3 0 0 0 0 0 0 0 | reject_4 0 0 0 0 0 0 0 | reject_5 0 0 0 0 0 0 0
      other_1 2 0 0 0 0 0 2 | other_2 0 0 0 0 0 0 0 | other_3 0 2 0 0 0 0 2
      total 72 3 0 0 0 0 75 | carried_forward 0 0 0 0 0 0 0`,
    review: [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  },
  r019: {
    active: [[1, 'rules', [0, 0, 0]], [1, 'normative', [77, 132, 470]], [5, 'license', [2629]], [6, 'penalty', [1330]], [6, 'enforcement', [54]], [8, 'fees', [5949.088667]]],
    apps: `
      new 80 1 0 0 0 0 81 | carried_over 0 0 0 0 0 0 0 | granted 22 0 0 0 0 0 22 | partial 19 1 0 0 0 0 20
      deny_1 0 0 0 0 0 0 0 | deny_2 0 0 0 0 0 0 0 | deny_3 0 0 0 0 0 0 0 | deny_4 1 0 0 0 0 0 1
      deny_5 0 0 0 0 0 0 0 | deny_6 1 0 0 0 0 0 1 | deny_7 1 0 0 0 0 0 1 | deny_8 2 0 0 0 0 0 2
      unable_1 31 0 0 0 0 0 31 | unable_2 0 0 0 0 0 0 0 | unable_3 0 0 0 0 0 0 0
      reject_1 0 0 0 0 0 0 0 | reject_2 1 0 0 0 0 0 1 | reject_3 0 0 0 0 0 0 0 | reject_4 0 0 0 0 0 0 0 | reject_5 0 0 0 0 0 0 0
      other_1 1 0 0 0 0 0 1 | other_2 0 0 0 0 0 0 0 | other_3 1 0 0 0 0 0 1
      total 80 1 0 0 0 0 81 | carried_forward 0 0 0 0 0 0 0`,
    review: [1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2],
  },
  r020: {
    active: [[1, 'rules', [0, 0, 0]], [1, 'normative', [62, 33, 440]], [5, 'license', [4529]], [6, 'penalty', [1100]], [6, 'enforcement', [65]], [8, 'fees', [18651.06]]],
    apps: `
      new 217 1 0 0 0 0 218 | carried_over 0 0 0 0 0 0 0 | granted 71 0 0 0 0 0 71 | partial 29 0 0 0 0 0 29
      deny_1 4 0 0 0 0 0 4 | deny_2 0 0 0 0 0 0 0 | deny_3 0 0 0 0 0 0 0 | deny_4 3 0 0 0 0 0 3
      deny_5 32 0 0 0 0 0 32 | deny_6 0 0 0 0 0 0 0 | deny_7 0 0 0 0 0 0 0 | deny_8 0 0 0 0 0 0 0
      unable_1 75 0 0 0 0 0 75 | unable_2 0 0 0 0 0 0 0 | unable_3 0 0 0 0 0 0 0
      reject_1 0 0 0 0 0 0 0 | reject_2 1 0 0 0 0 0 1 | reject_3 0 0 0 0 0 0 0 | reject_4 0 0 0 0 0 0 0 | reject_5 0 0 0 0 0 0 0
      other_1 1 0 0 0 0 0 1 | other_2 0 0 0 0 0 0 0 | other_3 1 1 0 0 0 0 2
      total 217 1 0 0 0 0 218 | carried_forward 0 0 0 0 0 0 0`,
    review: [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19],
  },
};

const numberOf = (ref: { value: { kind: string; value?: number } } | undefined) => (ref?.value.kind === 'number' ? ref.value.value : ref?.value.kind);

describe('run-together tables of the corpus', () => {
  for (const [name, truth] of Object.entries(TRUTH)) {
    describe(name, () => {
      const { root, source, model } = parse(read(`corpus/${name}.txt`));

      it('reads table 二 as the original page has it', () => {
        const got = model.active!.items.flatMap((item) => item.rows.map((r) => [item.item, r.key, r.cells.map(numberOf)]));
        expect(got).toEqual(truth.active);
      });

      it('reads all 25 rows × 7 columns of table 三', () => {
        const rows = truth.apps.trim().split(/\s*[|\n]\s*/);
        expect(rows).toHaveLength(25);
        expect(model.applications!.variant).toBe('2021');
        for (const line of rows) {
          const [key, ...values] = line.split(' ');
          const got = APPLICATION_COLUMNS.map((col) => numberOf(model.applications!.get(key!, col)));
          expect({ key, got }).toEqual({ key, got: values.map(Number) });
        }
      });

      it('reads the 15 values of table 四', () => {
        expect(model.review!.groups.flatMap((g) => g.cells.map(numberOf))).toEqual(truth.review);
      });

      it('gives every cell its exact source span; value cells cover only their digits', () => {
        for (const cell of cells(root)) {
          const raw = source.text.slice(cell.position.start.offset, cell.position.end.offset);
          expect(raw).toBe(cell.value);
          if (/^[\d.]+$/.test(cell.value.trim())) expect(raw).toMatch(/^\d+(?:\.\d+)?$/);
        }
      });

      it('finds the standard sections around the tables', () => {
        expect(Object.keys(model.sections).sort()).toEqual(['active', 'applications', 'other', 'overview', 'problems', 'review']);
        expect(model.sections.active!.title).toBe('主动公开政府信息情况');
        expect(model.sections.applications!.title).toBe('收到和处理政府信息公开申请情况');
      });

      it('marks only the cuts nothing in the report can settle as uncertain', () => {
        const uncertain = cells(root).filter((c) => c.uncertain);
        // Tables 三 and 四 are forced by their identities; table 二 (一) has no totals.
        expect(APPLICATION_COLUMNS.every((col) => [...model.applications!.rows.keys()].every((k) => !model.applications!.get(k, col)!.uncertain))).toBe(true);
        expect(model.review!.groups.every((g) => g.cells.every((c) => !c.uncertain))).toBe(true);
        const normative = model.active!.items[0]!.rows.find((r) => r.key === 'normative')!;
        if (name === 'r004') {
          // "8855698": the text states 本年度制发 88 件 and 现行有效 698 件.
          expect(uncertain).toEqual([]);
        } else {
          // 本年制发 is stated in the text; 本年废止 / 现行有效 are not (r019 states 393, which no cut gives).
          expect(normative.cells.map((c) => Boolean(c.uncertain))).toEqual([false, true, true]);
          expect(uncertain).toHaveLength(2);
          expect(normative.cells[1]!.uncertain!.zh).toMatch(/^各格数字连成了“\d+”，已读作 .*与正文“[^”]*规范性文件\d+件”一致/);
          expect(normative.cells[1]!.uncertain!.en).toMatch(/^the cells run together as “\d+”, read as .*it agrees with the text “[^”]*规范性文件\d+件”/);
        }
      });
    });
  }
});

/** A table 三 whose runs "110000011" read 11,0,…,11 or 1,10,…,11 alike: every identity holds either way. */
function ambiguousTable(): string {
  const zero = '0000000';
  const rows = [
    '一、本年新收政府信息公开申请数量 110000011', `二、上年结转政府信息公开申请数量 ${zero}`, '三、本年度办理结果 （一）予以公开 110000011',
    `（二）部分公开（区分处理的，只计这一情形，不计其他情形） ${zero}`, `（三）不予公开 1.属于国家秘密${zero}`, `2.其他法律行政法规禁止公开${zero}`,
    `3.危及“三安全一稳定”${zero}`, `4.保护第三方合法权益${zero}`, `5.属于三类内部事务信息${zero}`, `6.属于四类过程性信息${zero}`, `7.属于行政执法案卷${zero}`,
    `8.属于行政查询事项${zero}`, `（四）无法提供 1.本机关不掌握相关政府信息${zero}`, `2.没有现成信息需要另行制作${zero}`, `3.补正后申请内容仍不明确${zero}`,
    `（五）不予处理 1.信访举报投诉类申请${zero}`, `2.重复申请${zero}`, `3.要求提供公开出版物${zero}`, `4.无正当理由大量反复申请${zero}`,
    `5.要求行政机关确认或重新出具已获取信息${zero}`, `（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请${zero}`,
    `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请${zero}`, `3.其他${zero}`, '（七）总计 110000011', `四、结转下年度继续办理 ${zero}`,
  ];
  return `三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ${rows.join('')}\n`;
}

const arithmetic = { 'application-balance': applicationBalance, 'table-sum': tableSum, 'parse-uncertain': parseUncertain };
function lint(text: string) {
  return lintText({ filePath: 'x.txt', text }, { rules: arithmetic, config: {}, only: Object.keys(arithmetic) }).messages;
}

describe('uncertain splits', () => {
  it('a run forced by the identities yields no uncertain cell', () => {
    const { root } = parse(read('corpus/r004.txt'));
    expect(cells(root).some((c) => c.uncertain)).toBe(false);
    expect(lint(read('corpus/r004.txt'))).toEqual([]);
  });

  it('an ambiguous table gets uncertain cells, one parse-uncertain note for the table and no arithmetic error', () => {
    const text = ambiguousTable();
    const { model } = parse(text);
    const apps = model.applications!;
    for (const key of ['new', 'granted', 'total']) {
      expect(APPLICATION_COLUMNS.map((c) => Boolean(apps.get(key, c)!.uncertain))).toEqual([true, true, false, false, false, false, false]);
      expect(numberOf(apps.get(key, 'total'))).toBe(11);
    }
    const messages = lint(text);
    expect(messages.map((m) => m.ruleId)).toEqual(['parse-uncertain']);
    expect(messages[0]!.message).toBe(
      '表三“一、本年新收政府信息公开申请数量”一行的各格数字连成了“110000011”，已读作 11、0、0、0、0、0、11：与本行总计相符；' +
        '“（一）予以公开”一行的各格数字连成了“110000011”，已读作 11、0、0、0、0、0、11：与本行总计相符；' +
        '“（七）总计”一行的各格数字连成了“110000011”，已读作 11、0、0、0、0、0、11：与本行总计相符。' +
        '以上各行：各列的（七）总计和勾稽关系也都相符；按申请多来自自然人的常见情况取值；另有 1 种读法（如 1、10、0、0、0、0、11），读不准的格不参与计算核对',
    );
    const english = lintText({ filePath: 'x.txt', text }, { rules: arithmetic, config: {}, only: Object.keys(arithmetic), locale: 'en' }).messages;
    expect(english[0]!.message).toBe(
      'In table 三, row “1. new requests this year”: the cells run together as “110000011”, read as 11, 0, 0, 0, 0, 0, 11: it matches the row total; ' +
        'row “(1) granted”: the cells run together as “110000011”, read as 11, 0, 0, 0, 0, 0, 11: it matches the row total; ' +
        'row “(7) total”: the cells run together as “110000011”, read as 11, 0, 0, 0, 0, 0, 11: it matches the row total. ' +
        'For each of these rows: the column totals and the balance match too; the usual case (most requests from natural persons) was assumed; ' +
        '1 other reading fits (e.g. 1, 10, 0, 0, 0, 0, 11), so the uncertain cells are left out of the arithmetic checks',
    );
    expect(messages[0]!.related).toHaveLength(2);
    expect(messages[0]!.severity).toBe(3);
  });

  it('a typo in a forced table is still a confident arithmetic error', () => {
    const messages = lint(read('corpus/r004.txt').replace('723000075', '723000076'));
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['application-balance', 'table-sum', 'table-sum']);
  });
});

describe('splitRunTogether', () => {
  it('returns null for every unit of the seed reports (none is run together)', () => {
    const seeds = readdirSync(join(FIXTURES, 'seeds')).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const file of seeds) {
      const text = read(`seeds/${file}`);
      for (const unit of textUnits(text)) if (unit.kind === 'text') expect(splitRunTogether(unit, text)).toBeNull();
    }
  });

  it('cuts a heading glued to a caption off as its own unit', () => {
    const text = read('corpus/r020.txt');
    const unit = textUnits(text).find((u): u is TextUnit => u.kind === 'text' && u.value.includes('第二十条第（一）项'))!;
    const out = splitRunTogether(unit, text)!;
    const texts = out.filter((u): u is TextUnit => u.kind === 'text').map((u) => u.value);
    expect(texts).toContain('二、主动公开政府信息情况');
    expect(texts).toContain('第二十条第（一）项');
    expect(texts).toContain('三、收到和处理政府信息公开申请情况');
    const first = out.find((u) => u.kind === 'row')!;
    expect(first.kind === 'row' && first.cells.map((c) => c.value)).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
  });

  it('finishes quickly on hostile input', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
    const labels = ['一、本年新收政府信息公开申请数量', '（七）总计', '3.其他', '四、结转下年度继续办理', '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章', '行政规范性文件', '结果维持结果纠正其他结果尚未审结总计', '申请人情况自然人'];
    let line = '';
    while (line.length < 100_000) line += labels[Math.floor(rnd() * labels.length)] + digits(1 + Math.floor(rnd() * 40));
    const cases = [line, '结果维持结果纠正其他结果尚未审结总计' + digits(200), '一、本年新收政府信息公开申请数量' + digits(200) + '（七）总计' + '1'.repeat(40), line.repeat(30)];
    for (const text of cases) {
      const start = performance.now();
      splitRunTogether(textUnit(text, 0), text);
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });
});

describe('splitRun', () => {
  const values = (run: string, groups: { size: number; sum: boolean }[]) => splitRun(run, groups).splits.map((s) => s.values);

  it('uses the row total and forbids leading zeros', () => {
    expect(values('713000074', [{ size: 7, sum: true }])).toEqual([[71, 3, 0, 0, 0, 0, 74]]);
    expect(values('370000037', [{ size: 7, sum: true }])).toEqual([[37, 0, 0, 0, 0, 0, 37]]);
    expect(values('0000000', [{ size: 7, sum: true }])).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    expect(values('21317000001324019', [0, 1, 2].map(() => ({ size: 5, sum: true })))).toEqual([[2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]]);
  });

  it('keeps spaces, signs and decimal fractions as written', () => {
    expect(values('0 1 1 0 2', [{ size: 5, sum: false }])).toEqual([[0, 1, 1, 0, 2]]);
    expect(values('12+3100', [{ size: 3, sum: false }])).toEqual([[1, 2, 3100], [12, 3, 100], [12, 310, 0]]);
    expect(values('12251.3', [{ size: 2, sum: false }])).toEqual([[1, 2251.3], [12, 251.3], [122, 51.3], [1225, 1.3]]);
  });

  it('stops at its bounds and says so', () => {
    const long = splitRun('1'.repeat(200), [{ size: 7, sum: true }]);
    expect(long).toEqual({ splits: [], complete: false });
    const many = splitRun('1'.repeat(40), [{ size: 20, sum: false }], { maxSplits: 10 });
    expect(many.splits).toHaveLength(10);
    expect(many.complete).toBe(false);
  });
});
