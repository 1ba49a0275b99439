/**
 * Tables without ruling lines, read from the text geometry alone, on
 * hand-made runs: columns from the x-alignment of values across rows, rows
 * from y, wrapped labels joined, group labels spanning rows, a table going
 * on after a page break, a one-row table under its header; and what is not
 * a table (running text with numbers in it). Where the geometry leaves a
 * choice the cells carry a note (parse-uncertain), never a silent guess.
 */
import { describe, expect, it } from 'vitest';
import { findBorderlessTables, isValueLine } from '../src/frontends/pdf/borderless.js';
import { segmentLines } from '../src/frontends/pdf/segments.js';
import { emit } from '../src/frontends/pdf/write.js';
import { PAGE_STRIDE } from '../src/frontends/pdf/tables.js';
import type { Fragment } from '../src/frontends/pdf/text.js';
import { lintText } from '../src/lint.js';
import { rules } from '../rules/index.js';

const SIZE = 12;
/** The width of a run: Chinese characters one em, digits and Latin half an em. */
const width = (str: string) => [...str].reduce((w, ch) => w + (/[\x00-\x7f]/.test(ch) ? 0.5 : 1) * SIZE, 0);
/** A run at x with its baseline at y on a page (flow coordinates). */
const run = (str: string, x: number, y: number, page = 0): Fragment => ({ str, x, y: page * PAGE_STRIDE + y, width: width(str), size: SIZE });

/** A row: a label at x 40 and values centred at the given column centres. */
function row(y: number, label: string, values: string[], centres: number[], page = 0): Fragment[] {
  return [...(label ? [run(label, 40, y, page)] : []), ...values.map((v, k) => run(v, centres[k]! - width(v) / 2, y, page))];
}

const COLS = [300, 400, 500];

/** The text of the borderless tables found in the pages, as the PDF front end writes it. */
function written(pages: Fragment[][]) {
  const { tables, rest } = findBorderlessTables(pages);
  const blocks = tables.map((t) => ({ kind: 'rows' as const, page: t.page, y: t.y, column: 'full' as const, rows: t.rows }));
  const out = emit(blocks, pages.length);
  return { ...out, lines: out.text.replace(/\f/g, '').trim().split('\n'), rest: rest.flat().map((f) => f.str) };
}

describe('segments and value lines', () => {
  it('two numbers a visible gap apart are two cells, never one number', () => {
    const [line] = segmentLines([run('65', 100, 50), run('5', 116, 50), run('0', 126, 50)]);
    expect(line!.segments.map((s) => s.text)).toEqual(['65', '5', '0']);
    expect(isValueLine(line!)).toBe(true);
  });

  it('a number in a sentence is no value line; a label and its value set apart by a cell gap is', () => {
    const [prose] = segmentLines([run('本年共收到申请', 40, 50), run('75', 124, 50), run('件。', 136, 50)]);
    expect(isValueLine(prose!)).toBe(false);
    const [cells] = segmentLines([run('行政许可', 40, 50), run('97', 200, 50)]);
    expect(isValueLine(cells!)).toBe(true);
  });

  it('a value set against its label is cut off where the line above starts a cell', () => {
    const lines = segmentLines([run('信息内容', 40, 50), run('本年收费金额', 125, 50), run('行政事业性收费', 40, 80), run('929.32', 125, 80)]);
    expect(lines[1]!.segments.map((s) => [s.text, s.value])).toEqual([['行政事业性收费', false], ['929.32', true]]);
    expect(isValueLine(lines[1]!)).toBe(true);
    // The same text with no cell edge above it stays one piece of text.
    const [alone] = segmentLines([run('行政事业性收费', 40, 80), run('929.32', 125, 80)]);
    expect(alone!.segments.map((s) => s.text)).toEqual(['行政事业性收费929.32']);
  });
});

describe('tables from alignment', () => {
  it('reads header, rows and columns; the text around stays running text', () => {
    const page = [
      run('二、主动公开政府信息情况', 64, 40),
      ...row(80, '信息内容', ['本年制发件数', '本年废止件数', '现行有效件数'], COLS),
      ...row(110, '规章', ['0', '1', '0'], COLS),
      ...row(140, '行政规范性文件', ['16', '1', '130'], COLS),
      run('三、收到和处理政府信息公开申请情况', 64, 200),
    ];
    const { lines, rest, uncertain } = written([page]);
    expect(lines).toEqual(['| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 规章 | 0 | 1 | 0 |', '| 行政规范性文件 | 16 | 1 | 130 |']);
    expect(rest).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    expect(uncertain).toEqual([]);
  });

  it('joins a label wrapped over two lines around its values', () => {
    const page = [
      ...row(80, '（一）予以公开', ['1', '2', '3'], COLS),
      run('（二）部分公开（区分处理的，', 40, 104),
      ...row(112, '', ['4', '5', '9'], COLS),
      run('只计这一情形）', 40, 120),
      ...row(150, '（三）不予公开', ['0', '0', '0'], COLS),
    ];
    expect(written([page]).lines).toEqual(['| （一）予以公开 | 1 | 2 | 3 |', '| （二）部分公开（区分处理的，只计这一情形） | 4 | 5 | 9 |', '| （三）不予公开 | 0 | 0 | 0 |']);
  });

  it('a group label left of its rows, centred on them, becomes a row of its own before them', () => {
    const sub = (y: number, label: string, values: string[]) => [run(label, 140, y), ...values.map((v, k) => run(v, COLS[k]! - width(v) / 2, y))];
    const page = [
      ...row(80, '（二）部分公开', ['4', '5', '9'], COLS),
      ...sub(110, '1.属于国家秘密', ['0', '0', '0']),
      ...sub(140, '2.其他法律行政法规禁止公开', ['1', '0', '1']),
      run('（三）不予公开', 40, 170),
      ...sub(170, '3.危及“三安全一稳定”', ['0', '2', '2']),
      ...sub(200, '4.保护第三方合法权益', ['0', '0', '0']),
      ...sub(230, '5.属于三类内部事务信息', ['0', '0', '0']),
      ...row(260, '（四）无法提供', ['0', '0', '0'], COLS),
    ];
    const { lines, uncertain } = written([page]);
    expect(lines).toEqual([
      '| （二）部分公开 | 4 | 5 | 9 |',
      '| （三）不予公开 |',
      '| 1.属于国家秘密 | 0 | 0 | 0 |',
      '| 2.其他法律行政法规禁止公开 | 1 | 0 | 1 |',
      '| 3.危及“三安全一稳定” | 0 | 2 | 2 |',
      '| 4.保护第三方合法权益 | 0 | 0 | 0 |',
      '| 5.属于三类内部事务信息 | 0 | 0 | 0 |',
      '| （四）无法提供 | 0 | 0 | 0 |',
    ]);
    expect(uncertain).toEqual([]);
  });

  it('a label halfway between two rows is read with one of them, and both rows are uncertain', () => {
    const page = [...row(80, '行政许可', ['1', '2', '3'], COLS), run('合计', 40, 115), ...row(150, '', ['4', '5', '6'], COLS), ...row(220, '行政处罚', ['7', '8', '9'], COLS)];
    const { text, lines, uncertain } = written([page]);
    expect(lines).toHaveLength(3);
    const notes = uncertain.map((u) => [text.slice(u.start, u.end), u.message.zh]);
    expect(notes).toContainEqual(['行政许可合计', '行名的一行在两行之间，已按较近的一行读取']);
    expect(notes).toContainEqual(['4', '没有找到行名']);
    // The row with a label of its own is certain.
    expect(notes.map(([t]) => t)).not.toContain('7');
  });

  it('goes on after a page break, in the same columns', () => {
    const first = [...row(80, '信息内容', ['本年制发件数', '本年废止件数', '现行有效件数'], COLS), ...row(110, '规章', ['0', '1', '0'], COLS), ...row(780, '行政规范性文件', ['16', '1', '130'], COLS)];
    const second = [...row(60, '其他对外管理服务事项', ['3', '0', '3'], COLS, 1), run('第二段正文从这里开始，说明本年度的情况。', 40, 120, 1)];
    const { text, lines, rest } = written([first, second]);
    expect(lines.slice(-2)).toEqual(['| 行政规范性文件 | 16 | 1 | 130 |', '| 其他对外管理服务事项 | 3 | 0 | 3 |']);
    // The continued row is written on its own page.
    expect(text.split('\f')[1]).toBe('| 其他对外管理服务事项 | 3 | 0 | 3 |\n');
    expect(rest).toEqual(['第二段正文从这里开始，说明本年度的情况。']);
  });

  it('a one-row table under a header whose cells start where its cells do', () => {
    const page = [run('信息内容', 40, 80), run('本年收费金额（单位：万元）', 200, 80), run('行政事业性收费', 40, 110), run('929.32', 200, 110)];
    expect(written([page]).lines).toEqual(['| 信息内容 | 本年收费金额（单位：万元） |', '| 行政事业性收费 | 929.32 |']);
  });

  it('a one-row table whose header words are stacked over lines, the value set against its label', () => {
    const page = [run('信息', 40, 60), run('本年收费金额', 125, 75), run('内容', 40, 90), run('行政事业性收费', 40, 135), run('0', 125, 135)];
    expect(written([page]).lines).toEqual(['| 信息内容 | 本年收费金额 |', '| 行政事业性收费 | 0 |']);
  });

  it('row labels centred in their column are one table, however long they are', () => {
    const centred = (y: number, label: string, values: string[]) => [run(label, 100 - width(label) / 2, y), ...values.map((v, k) => run(v, COLS[k]! - width(v) / 2, y))];
    const page = [centred(80, '主动公开文件数', ['条', '61', '91']), centred(110, '其中：1.政府网站公开数', ['条', '54', '59']), centred(140, '2.政府公报公开数', ['条', '7', '32'])].flat();
    expect(written([page]).lines).toEqual(['| 主动公开文件数 | 条 | 61 | 91 |', '| 其中：1.政府网站公开数 | 条 | 54 | 59 |', '| 2.政府公报公开数 | 条 | 7 | 32 |']);
  });

  it('running text with numbers and a lone figure are no table', () => {
    const page = [
      run('本年度共收到政府信息公开申请75件，其中自然人72件。', 40, 80),
      run('2024年3月1日', 400, 110),
      run('主动公开文件', 40, 140),
      run('12', 300, 140),
    ];
    const { tables, rest } = findBorderlessTables([page]);
    expect(tables).toEqual([]);
    expect(rest[0]).toHaveLength(page.length);
  });
});

describe('through the model', () => {
  it('an uncertain borderless cell is parse-uncertain and no rule reports it', () => {
    const page = [
      ...row(80, '信息内容', ['本年制发件数', '本年废止件数', '现行有效件数'], COLS),
      ...row(110, '规章', ['0', '1', '0'], COLS),
      run('行政规', 40, 125),
      ...row(140, '', ['16', '1', '130'], COLS),
    ];
    const { text, uncertain } = written([page]);
    expect(uncertain.length).toBeGreaterThan(0);
    const doc = `2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n${text.replace(/\f/g, '')}`;
    const ids = lintText({ filePath: 'a.pdf', text: doc, uncertain }, { rules }).messages.map((m) => m.ruleId);
    expect(ids).toContain('parse-uncertain');
    expect(ids).not.toContain('cell-value');
  });
});
