/**
 * table-sum and application-balance together on whole tables: one mistyped
 * cell anywhere in table 三 (both templates) is one finding at that cell with
 * its forced value; a shifted row, a swapped pair and a copied （七）总计 row are
 * one finding each; table 四 cannot tell a wrong part from a wrong total; a
 * mistake several corrections explain keeps its findings and names them.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { applyFixes } from '../../src/fix.js';
import { lintText } from '../../src/lint.js';
import type { LintMessage } from '../../src/results.js';
import { FIXTURES, readFixture } from '../helpers/rule-fixtures.js';
import { cellAt, COLUMNS, consistent, rowKeys, tableFour, tableThree, withCell, type Variant } from '../helpers/tables.js';

const ARITHMETIC = ['table-sum', 'application-balance'];

function lint(text: string, locale: 'zh-CN' | 'en' = 'zh-CN', only = ARITHMETIC, file = 'x.txt'): LintMessage[] {
  return lintText({ filePath: file, text }, { rules, only, locale }).messages;
}

const said = (messages: LintMessage[]) => messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);

const COLUMN_WORDS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const BALANCE_ROWS = new Set(['new', 'carried_over', 'total', 'carried_forward']);

describe('one mistyped cell of table 三', () => {
  for (const variant of ['2021', '2019'] as Variant[]) {
    const base = consistent(variant);
    it(`${variant}: the tables are consistent to begin with`, () => {
      expect(lint(tableThree(base, variant))).toEqual([]);
    });
    for (const key of rowKeys(variant)) {
      it(`${variant}: every column of “${key}”`, () => {
        for (const [c, column] of COLUMNS.entries()) {
          const right = Number(base[key]?.[c] ?? 0);
          const wrong = right + 3;
          const text = tableThree(withCell(base, key, c, wrong), variant);
          const messages = lint(text);
          const where = cellAt(text, key, c, variant);
          expect(said(messages), `${key} × ${column}`).toHaveLength(1);
          const [m] = messages as [LintMessage];
          expect(m.ruleId).toBe('table-sum');
          expect([m.line, m.column]).toEqual([where.line, where.column]);
          expect(m.message).toContain(`${COLUMN_WORDS[c]}列应为 ${right}（写成了${wrong}`);
          // What the correction restores: the row total always; the column total for the outcome rows and （七）总计; the 勾稽关系 for its four rows.
          const outcome = !BALANCE_ROWS.has(key) || key === 'total';
          const restored = [true, outcome, BALANCE_ROWS.has(key)];
          const words = ['本行总计', '本列总计', '勾稽关系'].filter((_, i) => restored[i]);
          expect(m.message).toMatch(new RegExp(`改正后${words.join('[、和]')}(?:都)?成立$`));
          expect(m.suggestions!.map((s) => [s.desc, s.fix.text])).toEqual([[`改为 ${right}`, String(right)]]);
          expect(applyFixes(text, messages).output, 'a suggestion is never applied by --fix').toBe(text);
        }
      });
    }
  }

  it('the finding names the broken identities as related places', () => {
    const text = tableThree(withCell(consistent('2021'), 'partial', 4, 7));
    const [m] = lint(text);
    expect(m!.message).toBe('表三“（二）部分公开”法律服务机构列应为 0（写成了7）：改正后本行总计和本列总计都成立');
    expect(m!.related!.map((r) => r.message)).toEqual(['“（二）部分公开”一行的总计', '法律服务机构列的（七）总计']);
    const total = cellAt(text, 'partial', 6);
    expect([m!.related![0]!.line, m!.related![0]!.column]).toEqual([total.line, total.column]);
  });

  it('says it in English', () => {
    const text = tableThree(withCell(consistent('2021'), 'new', 0, 5));
    expect(lint(text, 'en').map((m) => m.message)).toEqual([
      'In table 三, row “1. new requests this year”, column natural persons should be 4 (written 5); with that, the row total and the request balance both hold',
    ]);
  });

  it('a 总计 written as the one above it says so', () => {
    const text = tableThree(withCell(consistent('2021'), 'partial', 6, 4));
    expect(lint(text).map((m) => m.message)).toEqual([
      '表三“（二）部分公开”总计列应为 2（写成了4，与上一行“（一）予以公开”相同）：改正后本行总计和本列总计都成立',
    ]);
  });

  it('a cell whose row total cannot be read: the 勾稽关系 alone forces it, and application-balance says it', () => {
    const base = consistent('2021');
    const text = tableThree({ ...base, new: [4, 1, 0, 1, 5, 0, '—'] });
    expect(said(lint(text))).toEqual([`application-balance ${cellAt(text, 'new', 4).line}:${cellAt(text, 'new', 4).column} 表三“一、本年新收政府信息公开申请数量”法律服务机构列应为 2（写成了5）：改正后勾稽关系成立`]);
  });

  it('takes no uncertain cell: the one that would be forced is left alone, and nothing is forced', () => {
    const text = tableThree(withCell(consistent('2021'), 'granted', 0, 6));
    const at = text.indexOf('（一）予以公开 | 6');
    const messages = lintText(
      { filePath: 'x.txt', text, uncertain: [{ start: at + 10, end: at + 11, message: { zh: '读不准', en: 'unsure' } }] },
      { rules, only: ARITHMETIC },
    ).messages;
    // The wrong cell itself is uncertain: its row total and column total are not checked, and no other cell is blamed.
    expect(said(messages)).toEqual([]);
  });
});

describe('mistakes of more than one cell', () => {
  const base = consistent('2021');
  const place = (text: string, key: string, c: number) => `${cellAt(text, key, c).line}:${cellAt(text, key, c).column}`;

  it('the （七）总计 row shifted one column right: one finding', () => {
    const text = tableThree({ ...base, total: [5, 1, 0, 0, 1, 2, 9] });
    const messages = lint(text);
    expect(said(messages)).toEqual([
      `table-sum ${place(text, 'total', 3)} （七）总计 的数值似乎错列（右移了一列）：各办理结果之和为 社会公益组织 1、法律服务机构 2、其他 0，总计行却是 0、1、2；1 应在“社会公益组织”列，2 应在“法律服务机构”列`,
    ]);
    // The other wrong cells and the 勾稽关系 of the columns it unbalances are related places.
    expect(messages[0]!.related!.map((r) => r.message)).toEqual(['应为 2', '应为 0', '社会公益组织列的勾稽关系', '法律服务机构列的勾稽关系', '其他列的勾稽关系']);
  });

  it('an outcome row shifted one column right from its start: one finding', () => {
    const text = tableThree({ ...base, granted: [0, 2, 1, 0, 0, 1, 4] });
    expect(said(lint(text))).toEqual([
      `table-sum ${place(text, 'granted', 0)} 表三“（一）予以公开”一行的数值似乎错列（右移了一列）：2 应在“自然人”列，1 应在“商业企业”列，1 应在“法律服务机构”列；改正后各列总计成立`,
    ]);
  });

  it('本年新收 shifted: only the 勾稽关系 breaks, and application-balance says it once', () => {
    const text = tableThree({ ...base, new: [0, 4, 1, 0, 1, 2, 8] });
    expect(said(lint(text))).toEqual([
      `application-balance ${place(text, 'new', 0)} 表三“一、本年新收政府信息公开申请数量”一行的数值似乎错列（右移了一列）：4 应在“自然人”列，1 应在“商业企业”列，1 应在“社会公益组织”列，2 应在“法律服务机构”列；改正后勾稽关系成立`,
    ]);
  });

  it('two cells of a row swapped: one finding at the first, the second a related place', () => {
    const text = tableThree({ ...base, granted: [1, 2, 0, 0, 1, 0, 4] });
    const messages = lint(text);
    expect(said(messages)).toEqual([
      `table-sum ${place(text, 'granted', 0)} 表三“（一）予以公开”一行自然人列与商业企业列的数值似乎填反了（1 和 2）：对调后各列总计成立`,
    ]);
    expect(messages[0]!.related![0]).toMatchObject({ ...cellAt(text, 'granted', 1), message: '应为 1' });
    expect(messages[0]!.suggestions).toBeUndefined();
    expect(lint(text, 'en')[0]!.message).toBe(
      'In table 三, row “(1) granted”, columns natural persons and commercial enterprises look swapped (1 and 2); swapped back, the column totals hold',
    );
  });

  it('two cells of a column swapped', () => {
    const text = tableThree({ ...base, granted: [2, 1, 0, 0, 1, 0, 2], partial: [1, 0, 0, 1, 0, 0, 4] });
    expect(said(lint(text))).toEqual([`table-sum ${place(text, 'granted', 6)} 表三总计列“（一）予以公开”与“（二）部分公开”两行的数值似乎填反了（2 和 4）：对调后各行总计成立`]);
  });

  it('（七）总计 copied from 本年新收: one finding', () => {
    const text = tableThree({ ...base, total: [...base.new!] });
    expect(said(lint(text))).toEqual([
      `table-sum ${place(text, 'total', 0)} 表三“（七）总计”一行似乎照抄了“一、本年新收政府信息公开申请数量”一行：自然人列应为 5、总计列应为 9；改正后各列总计和勾稽关系都成立`,
    ]);
  });
});

describe('mistakes the table cannot pin down', () => {
  const short = (granted: string) => `三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
三、本年度办理结果 |
（一）予以公开 | ${granted} |
（七）总计 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`;

  it('a table without its other outcome rows: the row total alone, the cells it narrows down named', () => {
    const messages = lint(short('3 | 0 | 0 | 3 | 1 | 0 | 4'));
    expect(said(messages)).toEqual([
      'table-sum 5:35 “（一）予以公开”一行的总计为 4，但六类申请人之和为 3 + 0 + 0 + 3 + 1 + 0 = 7；只改一处就能使各项成立的有：“（一）予以公开”自然人列应为 0；“（一）予以公开”社会公益组织列应为 0；“（一）予以公开”总计列应为 7，无法确定是哪一处',
    ]);
    expect(messages[0]!.related!.map((r) => `${r.line}:${r.column} ${r.message ?? ''}`)).toEqual(['5:1 ', '5:11 可能应为 0', '5:23 可能应为 0', '5:35 可能应为 7']);
    expect(lint(short('3 | 0 | 0 | 3 | 1 | 0 | 4'), 'en')[0]!.message).toBe(
      'Row “（一）予以公开”: total is 4, but the six applicant columns add up to 3 + 0 + 0 + 3 + 1 + 0 = 7; any one of these corrections would make every identity hold, so which one is wrong cannot be told: row “(1) granted”, column natural persons = 0; row “(1) granted”, column public-interest organisations = 0; row “(1) granted”, column total = 7',
    );
  });

  it('a row total with every cell a candidate names none', () => {
    const text = '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |\n';
    expect(lint(text).map((m) => m.message)).toEqual(['“一、本年新收政府信息公开申请数量”一行的总计为 5，但六类申请人之和为 3 + 1 + 0 + 0 + 0 + 0 = 4']);
  });

  it('two rows that explain it equally: the findings stay, and the first names both', () => {
    const values = {
      new: [2, 1, 0, 0, 0, 0, 3],
      granted: [0, 1, 0, 0, 0, 0, 1], // written for 1 | 0 (its 1 one column right), but 4.保护第三方合法权益 holds 0 | 1 too
      deny_4: [0, 1, 0, 0, 0, 0, 1],
      other_3: [1, 0, 0, 0, 0, 0, 1],
      total: [2, 1, 0, 0, 0, 0, 3],
    };
    const messages = lint(tableThree(values));
    expect(messages.map((m) => m.message)).toEqual([
      '（七）总计（自然人列）为 2，但各办理结果之和为 1；只改一处就能使各项成立的有：“（一）予以公开”一行右移了一列；“（三）不予公开 4.保护第三方合法权益”一行右移了一列，无法确定是哪一处',
      '（七）总计（商业企业列）为 1，但各办理结果之和为 2',
    ]);
  });
});

describe('table 四: one identity per group, so a wrong part cannot be told from a wrong total', () => {
  const groups: [number[], number[], number[]] = [
    [2, 1, 1, 0, 4],
    [1, 0, 0, 1, 2],
    [0, 2, 0, 0, 2],
  ];
  const names = ['行政复议', '未经复议直接起诉', '复议后起诉'];
  const columns = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

  it('is consistent to begin with', () => {
    expect(lint(tableFour(groups))).toEqual([]);
  });

  for (const [g, name] of names.entries()) {
    it(`every column of ${name}`, () => {
      for (const [c, column] of columns.entries()) {
        const changed = groups.map((x) => [...x]) as typeof groups;
        const right = changed[g]![c]!;
        changed[g]![c] = right + 2;
        const text = tableFour(changed);
        const messages = lint(text);
        expect(messages, `${name} ${column}`).toHaveLength(1);
        const [m] = messages as [LintMessage];
        // Always at the group's 总计, the finding it always was.
        expect(m.column).toBe(text.split('\n')[3]!.split(' | ').slice(0, g * 5 + 4).join(' | ').length + 4);
        expect(m.message).toMatch(new RegExp(`^${name}的总计为 `));
        if (c === 4) {
          // A total too high: any of the five may be wrong, and none is named.
          expect(m.message).not.toContain('只改一处');
        } else {
          // A part too high: only the cells that can fall by 2 are candidates, the mistyped one among them.
          expect(m.message).toContain(`${name}“${column}”应为 ${right}`);
          expect(m.message).toContain(`${name}“总计”应为 `);
        }
      }
    });
  }
});

describe('the 附表 where its identities allow', () => {
  const legacy = (rows: [string, number, number][]) =>
    `六、附表\n指标名称 | 2018年度 | 历年累计 |\n${rows.map(([label, a, b]) => `${label} | ${a} | ${b} |`).join('\n')}\n`;

  it('a total and its parts alone: the candidates are all the cells, none is named', () => {
    const text = legacy([
      ['受理政府信息公开申请总数', 10, 33],
      ['其中：1.当面申请数', 2, 7],
      ['2.网上申请数', 5, 18],
      ['3.信函、传真申请数', 4, 8],
    ]);
    expect(lint(text).map((m) => m.message)).toEqual(['“受理政府信息公开申请总数”（2018年度）为 10，但其分项之和为 2 + 5 + 4 = 11']);
  });

  it('a part that is also a total of its own parts is forced', () => {
    const text = legacy([
      ['一、主动公开政府信息数', 20, 90],
      ['（一）全文电子化的数量', 12, 50],
      ['1.政府网站公开', 7, 30],
      ['2.其他方式公开', 3, 20],
      ['（二）新增规范性文件数', 10, 40],
    ]);
    const messages = lint(text);
    expect(said(messages)).toEqual(['table-sum 4:15 附表“（一）全文电子化的数量”（2018年度）应为 10（写成了12）：改正后“一、主动公开政府信息数”和“（一）全文电子化的数量”都等于其分项之和']);
    expect(messages[0]!.suggestions!.map((x) => x.fix.text)).toEqual(['10']);
  });
});

describe('the 附表: every cell of a table of two levels', () => {
  // 一 = （一） + （二） and （一） = 1. + 2., in both value columns.
  const rows: [string, number, number][] = [
    ['一、主动公开政府信息数', 20, 90],
    ['（一）全文电子化的数量', 10, 50],
    ['1.政府网站公开', 7, 30],
    ['2.其他方式公开', 3, 20],
    ['（二）新增规范性文件数', 10, 40],
  ];
  const text = (changed: [string, number, number][]) =>
    `六、附表\n指标名称 | 2018年度 | 历年累计 |\n${changed.map(([label, a, b]) => `${label} | ${a} | ${b} |`).join('\n')}\n`;
  /** Line and column of a value: the rows start on line 3. */
  const at = (changed: [string, number, number][], r: number, j: number) => {
    const [label, a] = changed[r]!;
    return `${r + 3}:${label.length + 4 + (j === 0 ? 0 : String(a).length + 3)}`;
  };

  it('is consistent to begin with', () => {
    expect(lint(text(rows))).toEqual([]);
  });

  for (const [r, [label]] of rows.entries()) {
    it(`“${label}” in both columns: one finding, at the cell when two levels force it, else naming it among the candidates`, () => {
      for (const j of [0, 1]) {
        const changed = rows.map((row) => [...row] as [string, number, number]);
        const right = changed[r]![j + 1] as number;
        changed[r]![j + 1] = right + 2;
        const messages = lint(text(changed));
        const where = at(changed, r, j);
        expect(said(messages), `${label} ${j}`).toHaveLength(1);
        const [m] = messages as [LintMessage];
        expect(m.ruleId).toBe('table-sum');
        if (r === 1) {
          // Part of 一 and total of 1. and 2.: only its own correction restores both.
          expect(`${m.line}:${m.column}`).toBe(where);
          expect(m.message).toContain(`应为 ${right}（写成了${right + 2}）`);
        } else {
          // One identity: the cell and the others that can move by 2 are all candidates, and it is one of them.
          expect(m.message).toContain('无法确定是哪一处');
          const named = m.related!.filter((x) => x.message?.startsWith('可能应为')).map((x) => `${x.line}:${x.column} ${x.message}`);
          expect(named).toContain(`${where} 可能应为 ${right}`);
          expect(named.every((x) => !x.startsWith(at(changed, 1, j))), 'the forced middle row is never a candidate').toBe(true);
        }
      }
    });
  }
});

describe('a bounded search', () => {
  it('every row total of table 三 off at once is not one mistake: each is said, with no candidates', () => {
    const values = consistent('2021');
    const wild = Object.fromEntries(rowKeys('2021').map((k) => [k, (values[k] ?? [0, 0, 0, 0, 0, 0, 0]).map((x, c) => (c === 6 ? Number(x) + 1 : x))]));
    const messages = lint(tableThree(wild));
    // Every row's total and the 总计 column's （七）总计: more than one correction could ever explain.
    expect(messages.map((m) => m.ruleId)).toEqual(Array(rowKeys('2021').length + 1).fill('table-sum'));
    expect(messages.filter((m) => /应为|只改一处/.test(m.message))).toEqual([]);
  });
});

describe('the seeds and the corpus', () => {
  it('say what they said before: nothing but seed 001’s shifted row', () => {
    for (const path of FIXTURES) {
      const messages = lint(readFixture(path), 'zh-CN', ARITHMETIC, path);
      expect(messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`), path).toEqual(path === 'seeds/001_b6ebaffc46ffe707.txt' ? ['table-sum 528:1'] : []);
    }
  });
});
