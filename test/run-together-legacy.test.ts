/**
 * Pre-2019 统计表 run together on one line (src/frontends/run-together/legacy.ts):
 * r013 read row by row, exact source spans, the numbering taken off the runs,
 * prose figures as tie-breakers, uncertain cells on an ambiguous table, bounds
 * on hostile input, and no effect on the seed reports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, lintText } from '../src/lint.js';
import type { CellRef, LegacyTable } from '../src/model/types.js';
import { textUnits } from '../src/frontends/text.js';
import { textUnit, type RowUnit, type TextUnit } from '../src/frontends/units.js';
import { splitRunTogether } from '../src/frontends/run-together/index.js';
import tableSum from '../rules/table-sum.js';
import parseUncertain from '../rules/parse-uncertain.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const R013 = read('corpus/r013.txt');

const value = (ref: CellRef | undefined) => (ref?.value.kind === 'number' ? ref.value.value : ref?.value.kind);
const legacyOf = (text: string, filePath = 'x.txt') => analyse({ filePath, text }).model.legacy;
const rowsOf = (table: LegacyTable) => table.rows.map((r) => [r.label.value, r.unit?.value, r.cells.map(value)]);

const arithmetic = { 'table-sum': tableSum, 'parse-uncertain': parseUncertain };
const lint = (text: string) => lintText({ filePath: 'x.txt', text }, { rules: arithmetic, config: {}, only: Object.keys(arithmetic) }).messages;

/** r013 as the original page has it. */
const R013_ROWS = [
  ['主动公开文件数', '条', [3460, 85376]],
  ['其中：1、政府网站公开数', '条', [3460, 85376]],
  ['2、政府公报公开数', '条', [0, 0]],
  ['受理依申请公开信息总数', '条', [0, 0]],
  ['其中：1、当面申请数', '条', [0, 0]],
  ['2、网上申请数', '条', [0, 0]],
  ['3、信函、传真申请数', '条', [0, 0]],
  ['对申请的答复总数', '条', [0, 0]],
  ['其中：1、同意公开答复数', '条', [0, 0]],
  ['2、同意部分公开答复数', '条', [0, 0]],
  ['3、不予公开答复数', '条', [0, 0]],
  ['4、其他类型答复数', '条', [0, 0]],
  ['政府信息公开收费减免金额', '元', [0, 0]],
  ['接受行政诉讼、举报数', '件', [0, 0]],
  ['行政复议数', '件', [0, 0]],
  ['行政诉讼数', '件', [0, 0]],
];

/** A table where "1212" reads 12|12 or 1|212 and the parts add up either way; no prose settles it. */
const AMBIGUOUS =
  '五、统计表\n本年度情况如下。附表：政府信息公开情况统计表 指标名称单位2017年度历年累计主动公开信息数条1212其中：1、网站公开数条12122、公报公开数条00受理申请总数件00\n';

describe('run-together legacy table of r013', () => {
  const { root, source, model } = analyse({ filePath: 'fixtures/corpus/r013.txt', text: R013 });
  const table = model.legacy[0]!;

  it('reads the 16 rows, label, unit and both value columns', () => {
    expect(model.legacy).toHaveLength(1);
    expect(table.columns).toEqual(['2016年度', '历年累计']);
    expect(rowsOf(table)).toEqual(R013_ROWS);
  });

  it('gives every cell its exact source span; value cells cover only their digits', () => {
    const header = table.table.children[0]!.children.map((c) => c.value);
    expect(header).toEqual(['指标名称', '计量单位', '2016年度', '历年累计']);
    for (const row of table.table.children) {
      for (const cell of row.children) {
        expect(source.text.slice(cell.position.start.offset, cell.position.end.offset)).toBe(cell.value);
      }
    }
    for (const row of table.rows) for (const ref of row.cells) expect(ref.cell!.value).toMatch(/^\d+$/);
    // "…3460853762、政府公报": the label's number is not part of the run before it.
    const second = table.rows[1]!;
    const end = second.cells[1]!.cell!.position.end.offset;
    expect(source.text.slice(end, end + 6)).toBe('2、政府公报');
  });

  it('puts the table under its caption, a heading of its own', () => {
    const section = root.children.find((b) => b.type === 'section' && b.title === '平潭综合实验区政府信息公开情况统计表');
    expect(section && section.type === 'section' && section.children.map((c) => c.type)).toEqual(['table']);
  });

  it('has no uncertain cell: the identities tie the first two rows, the prose (“主动公开政府信息3460条”) settles them', () => {
    expect(table.rows.every((r) => r.cells.every((c) => !c.uncertain))).toBe(true);
    expect(lint(R013)).toEqual([]);
  });

  it('without the prose figure the same runs stay open: 3|46085376, 34|6085376 and 3460|85376 all fit', () => {
    const [without] = legacyOf(R013.replace('主动公开政府信息3460条', '主动公开政府信息若干条'));
    const open = without!.rows.slice(0, 2);
    for (const row of open) expect(row.cells.map((c) => Boolean(c.uncertain))).toEqual([true, true]);
    // The balanced split is still the one taken, and the note says what else fits.
    expect(open.map((r) => r.cells.map(value))).toEqual([[3460, 85376], [3460, 85376]]);
    expect(open[0]!.cells[0]!.uncertain!.zh).toContain('各格数字连成了“346085376”，已读作 3460、85376：历年累计不小于本年度；合计等于各分项之和');
    expect(open[0]!.cells[0]!.uncertain!.zh).toContain('另有 2 种读法');
    expect(open[0]!.cells[0]!.uncertain!.en).toContain('the cells run together as “346085376”, read as 3460, 85376: the running total is at least the year’s value; totals equal the sum of their parts');
    expect(without!.rows.slice(2).every((r) => r.cells.every((c) => !c.uncertain))).toBe(true);
  });
});

describe('run-together legacy tables', () => {
  it('an ambiguous table gets uncertain cells, one parse-uncertain note for the table and no table-sum error', () => {
    const [table] = legacyOf(AMBIGUOUS);
    expect(rowsOf(table!)).toEqual([
      ['主动公开信息数', '条', [12, 12]],
      ['其中：1、网站公开数', '条', [12, 12]],
      ['2、公报公开数', '条', [0, 0]],
      ['受理申请总数', '件', [0, 0]],
    ]);
    expect(table!.rows.slice(0, 2).map((r) => r.cells.map((c) => Boolean(c.uncertain)))).toEqual([[true, true], [true, true]]);
    const messages = lint(AMBIGUOUS);
    expect(messages.map((m) => m.ruleId)).toEqual(['parse-uncertain']);
    expect(messages[0]!.message).toBe(
      '附表“主动公开信息数”一行的各格数字连成了“1212”，已读作 12、12：历年累计不小于本年度；“其中：1、网站公开数”一行的各格数字连成了“1212”，已读作 12、12：历年累计不小于本年度。' +
        '以上各行：合计等于各分项之和；取各格位数最均衡、最合常理的读法；另有 1 种读法（如 1、212），读不准的格不参与计算核对',
    );
  });

  it('a wrong total in a forced table is still a confident table-sum error', () => {
    // "1020" can only be 10|20; of 1|220 and 12|20 only 12|20 matches its parts in one column.
    const text = AMBIGUOUS.replace('条1212其中', '条1220其中').replace('条12122、', '条10202、');
    const messages = lint(text);
    expect(messages.map((m) => m.ruleId)).toEqual(['table-sum']);
    expect(messages[0]!.message).toContain('“主动公开信息数”（2017年度）为 12，但其分项之和为 10 + 0 = 10');
  });

  it('takes multi-digit label numbers and spaced runs off correctly, and stops at a year of the prose', () => {
    const line =
      '指标名称 计量单位 本年度 历年累计 答复总数条 10 210其中：9、甲类数条0010、乙类数条10 210 2018年1月，本报告发布。';
    const [table] = legacyOf(line);
    expect(rowsOf(table!)).toEqual([
      ['答复总数', '条', [10, 210]],
      ['其中：9、甲类数', '条', [0, 0]],
      ['10、乙类数', '条', [10, 210]],
    ]);
  });

  it('reads a line in Traditional script', () => {
    const [table] = legacyOf('指標名稱計量單位2016年度歷年累計主動公開文件數條1020其中：1、政府網站公開數條10202、政府公報公開數條00');
    expect(table!.rows.map((r) => r.cells.map(value))).toEqual([[10, 20], [10, 20], [0, 0]]);
  });

  it('leaves prose mentioning a 统计表 alone', () => {
    const text = '本报告由概述和政府信息公开情况统计表共七个部分组成。2016年主动公开信息12条。';
    for (const unit of textUnits(text)) if (unit.kind === 'text') expect(splitRunTogether(unit, text)).toBeNull();
  });

  it('finishes quickly on hostile input', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
    const pieces = ['。七、情况统计表 指标名称计量单位2016年度历年累计主动公开文件数条', '其中：1、网站公开数条', '主动公开文件数条', '2、公报公开数件', '统计表', '指标名称单位本年度历年累计本期甲数个', '3、'];
    let line = '';
    while (line.length < 100_000) line += pieces[Math.floor(rnd() * pieces.length)] + digits(1 + Math.floor(rnd() * 30));
    const cases = [line, '指标名称单位2016年度历年累计' + '甲数条1'.repeat(25_000), '统计表'.repeat(35_000), '指标名称单位本年度历年累计主动公开数条' + digits(100_000)];
    const rows = cases.map((text) => {
      const start = performance.now();
      const out = splitRunTogether(textUnit(text, 0), text);
      expect(performance.now() - start).toBeLessThan(2000);
      return out?.filter((u) => u.kind === 'row').length ?? 0;
    });
    // The random line and the long table are read (within the row and table caps); the rest is no table.
    expect(rows[0]).toBeGreaterThan(0);
    expect(rows.slice(1)).toEqual([61, 0, 0]);
  });

  it('returns null for every unit of the seed reports', () => {
    const seeds = readdirSync(join(FIXTURES, 'seeds')).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const file of seeds) {
      const text = read(`seeds/${file}`);
      for (const unit of textUnits(text)) if (unit.kind === 'text') expect(splitRunTogether(unit, text)).toBeNull();
    }
  });

  it('emits prose, caption, header and rows in order', () => {
    const text = AMBIGUOUS;
    const unit = textUnits(text).find((u): u is TextUnit => u.kind === 'text' && u.value.includes('指标名称'))!;
    const out = splitRunTogether(unit, text)!;
    const shape = out.map((u) => (u.kind === 'text' ? u.value : (u as RowUnit).cells.map((c) => c.value).join('|')));
    expect(shape.slice(0, 4)).toEqual(['本年度情况如下。', '附表：政府信息公开情况统计表', '指标名称|单位|2017年度|历年累计', '主动公开信息数|条|12|12']);
  });
});
