/**
 * Real layouts read right: small hand-written reports (test/fixtures/layouts/)
 * that imitate the ways real files lay out the same report — browser copies
 * with tab-separated rows, flattened rowspans, GFM tables, PDF text and PDF
 * conversions to Markdown, indented Markdown, portal pages — each read to the
 * same values, and linted without a finding that the report does not deserve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, lintText } from '../src/lint.js';
import { rules } from '../rules/index.js';
import { extractRecord, type ExtractRecord } from '../src/extract/record.js';
import { Z5, Z7, table3 } from './extract/expected.js';

const DIR = join(import.meta.dirname, 'fixtures', 'layouts');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

function record(name: string): ExtractRecord {
  return extractRecord(name, analyse({ filePath: name, text: read(name) }));
}

/** Errors and warnings as "line:column rule message". */
function findings(name: string): string[] {
  return lintText({ filePath: name, text: read(name) }, { rules })
    .messages.filter((m) => m.severity !== 3)
    .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
}

/** The 2021 report of 青山区 that every modern layout fixture writes. */
const QINGSHAN = {
  active: [
    { item: 1, rows: [['rules', [0, 0, 0]], ['normative', [3, 1, 12]]] },
    { item: 5, rows: [['license', [56]]] },
    { item: 6, rows: [['penalty', [120]], ['enforcement', [4]]] },
    { item: 8, rows: [['fees', [0]]] },
  ],
  applications: table3('2021', Z7, {
    new: [6, 2, 0, 0, 1, 0, 9],
    carried_over: [1, 0, 0, 0, 0, 0, 1],
    granted: [3, 1, 0, 0, 0, 0, 4],
    partial: [1, 0, 0, 0, 0, 0, 1],
    deny_3: [1, 0, 0, 0, 0, 0, 1],
    unable_1: [1, 1, 0, 0, 0, 0, 2],
    reject_1: [0, 0, 0, 0, 1, 0, 1],
    total: [6, 2, 0, 0, 1, 0, 9],
    carried_forward: [1, 0, 0, 0, 0, 0, 1],
  }),
  review: { review: [1, 0, 0, 0, 1], litigation_direct: [0, 0, 1, 1, 2], litigation_after_review: Z5 },
};

/** Checks a fixture of the 青山区 report: every value read, none uncertain, and the report data. */
function readsQingshan(name: string, uncertain: string[] = [], title = '青山区人民政府2023年政府信息公开工作年度报告'): void {
  const r = record(name);
  expect({ title: r.title, year: r.year, template: r.template, period: r.period }).toEqual({
    title,
    year: 2023,
    template: '2021',
    period: { start: '2023-01-01', end: '2023-12-31' },
  });
  expect(r.tables.active?.map((i) => ({ item: i.item, rows: i.rows.map((row) => [row.key, row.cells]) }))).toEqual(QINGSHAN.active);
  expect(r.tables.applications).toEqual(QINGSHAN.applications);
  expect(r.tables.review).toEqual(QINGSHAN.review);
  expect(r.uncertain.map((u) => `${u.table}:${u.row}:${u.column}`)).toEqual(uncertain);
}

describe('a browser copy: tab-separated rows', () => {
  it('reads every table', () => readsQingshan('tab-rows.txt'));
  it('gives no finding', () => expect(findings('tab-rows.txt')).toEqual([]));
});

describe('flattened rowspans: a group label in the first cell of its first row', () => {
  it('reads the row as its sub-row ("三、本年度办理结果 | （一）予以公开 | 3 | …")', () => readsQingshan('pipe-rows.txt'));
  it('gives no finding', () => expect(findings('pipe-rows.txt')).toEqual([]));
});

describe('GFM tables: empty cells where merged cells were, the first grid row as the table head', () => {
  it('reads every value in its column and the sub-tables of table 二 apart', () => readsQingshan('gfm.md'));
  it('keeps a paragraph with a web address in it (an autolink without source positions)', () => {
    expect(analyse({ filePath: 'gfm.md', text: read('gfm.md') }).root.data.period?.raw).toContain('2023年1月1日');
  });
  it('gives no finding', () => expect(findings('gfm.md')).toEqual([]));
});

describe('a PDF converted to Markdown', () => {
  it('reads the title over two heading lines, collapsed headers, wrapped labels and tables broken by page numbers', () =>
    readsQingshan('pdf-conversion.md'));
  it('gives no finding', () => expect(findings('pdf-conversion.md')).toEqual([]));
});

describe('text copied out of a PDF', () => {
  it('reads rows apart by spaces, a group label alone in the middle of its rows, labels wrapped over two lines, table 四 as one row', () =>
    readsQingshan('pdf-text.txt', [], '青山区人民政府 2023 年政府信息公开工作年度报告'));
  it('reads lines broken at the page width as one paragraph ("政策⏎文件10条", "二⏎是", "共分6个部分：…⏎…")', () => {
    expect(findings('pdf-text.txt')).toEqual([]);
    const root = analyse({ filePath: 'pdf-text.txt', text: read('pdf-text.txt') }).root;
    const overview = root.children.find((b) => b.type === 'section' && b.title === '总体情况');
    expect(overview?.type === 'section' && overview.children.map((c) => (c.type === 'paragraph' ? c.value : c.type))).toEqual([
      '2023年，我区坚持以公开为常态、不公开为例外，持续深化政务公开，全年主动公开政府信息120条，其中工作动态80条，通知公告30条，政策文件10条。全年新收政府信息公开申请9件。',
    ]);
  });
});

describe('a portal page: breadcrumb and title on one line, the page header and the introduction on the next, headings glued to figures', () => {
  it('reads the title and the period after the frame, and every table', () => readsQingshan('portal.txt'));
  it('checks the introduction as report text', () => {
    const root = analyse({ filePath: 'portal.txt', text: read('portal.txt') }).root;
    const intro = root.children.find((b) => b.type === 'paragraph' && b.value.startsWith('本报告根据'));
    expect(intro?.type === 'paragraph' && intro.role).toBeUndefined();
    expect(root.children.filter((b) => b.type === 'section').map((b) => b.type === 'section' && b.title)).toEqual([
      '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项',
    ]);
  });
  it('gives no finding', () => expect(findings('portal.txt')).toEqual([]));
});

describe('page residue inside a line of report text', () => {
  it('is report text with residue in it, not a line of page chrome', () => {
    const text = read('portal.txt').replace('六、其他需要报告的事项 本年度未收取信息处理费。', '六、其他需要报告的事项 本年度未收取信息处理费，扫一扫在手机打开当前页。');
    const found = lintText({ filePath: 'portal.txt', text }, { rules }).messages.filter((m) => m.severity !== 3);
    expect(found.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['52:110 page-residue']);
  });
});

describe('a report saved as .md with every line indented (a Markdown code block)', () => {
  it('reads it as report text', () => readsQingshan('indented.md'));
  it('gives no finding', () => expect(findings('indented.md')).toEqual([]));
});

describe('a pre-2019 附表 one cell per line, with its 单位 column, and the signature under it', () => {
  const legacy = () => record('legacy-cell-per-line.txt').tables.legacy;
  it('reads the unit with its row and the values after it', () => {
    expect(legacy()).toEqual([
      { label: '主动公开文件数', unit: '条', cells: [137, 188] },
      { label: '其中：1.政府网站公开数', unit: '条', cells: [124, 125] },
      { label: '2.政府公报公开数', unit: '条', cells: [13, 63] },
      { label: '受理政府信息公开申请总数', unit: '件', cells: [18, 26] },
      { label: '其中：1.当面申请数', unit: '件', cells: [2, 10] },
      { label: '2.网上申请数', unit: '件', cells: [16, 16] },
      { label: '对申请的答复总数', unit: '件', cells: [18, 26] },
      { label: '行政复议数', unit: '件', cells: [2, 9] },
      { label: '行政诉讼数', unit: '件', cells: [0, 2] },
    ]);
  });
  it('keeps the signature and its date out of the table', () => {
    expect(record('legacy-cell-per-line.txt').published).toBe('2015-01-30');
    expect(findings('legacy-cell-per-line.txt')).toEqual([]);
  });
});

/** Table 三 of a minimal report: its rows as the record gives them, and the uncertain cells with their notes. */
function table3Of(rows: string, filePath = 'rows.txt') {
  const text = `某县2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n${rows}`;
  const r = extractRecord(filePath, analyse({ filePath, text }));
  return { rows: r.tables.applications?.rows ?? {}, uncertain: r.uncertain.map((u) => `${u.row}:${u.column} ${u.note.split('\n')[0]}`) };
}

describe('row labels wrapped over rows', () => {
  it('joins a label wrapped over three lines against the template', () => {
    const t = table3Of(['（六）其他处理', '1.申请人无正当理由', '逾期不补正、行政机关不再处理', '其政府信息公开申请 1 0 0 0 0 0 1', '3.其他 0 0 0 0 0 0 0'].join('\n'));
    expect(t.rows.other_1).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.uncertain).toEqual([]);
  });

  it('reads a piece wrapped into a row of its own with the row it completes', () => {
    const t = table3Of(['（三）不予公开', '1.属于国家秘密 0 0 0 0 0 0 0', '2.其他法律行政法规禁止 2 0 0 0 0 0 2', '公开', '3.危及“三安全 1 0 0 0 0 0 1', '一稳定”'].join('\n'));
    expect(t.rows.deny_2).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(t.rows.deny_3).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.uncertain).toEqual([]);
  });

  it('never takes a label that starts with its own number for the end of the label before it', () => {
    const t = table3Of(['（五）不予处理', '5.要求行政机关确认或重新出具已', '获取信息 1 0 0 0 0 0 1', '1.申请人无正当理由逾期不补正', '、行政机关不再处理其政府信息公开申请 2 0 0 0 0 0 2'].join('\n'));
    expect([t.rows.reject_5, t.rows.other_1]).toEqual([[1, 0, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 0, 2]]);
    expect(t.uncertain).toEqual([]);
  });

  it('says so when the piece could complete the row before it or the row after it', () => {
    // "补正" completes "…逾期不" (（六）1, 逾期不补正) and "后申请内容仍不明确" (（四）3, 补正后…不明确) alike.
    const t = table3Of(['1.申请人无正当理由逾期不 1 0 0 0 0 0 1', '补正', '后申请内容仍不明确 0 2 0 0 0 0 2'].join('\n'));
    expect(t.rows.other_1).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.uncertain[0]).toBe('other_1:natural 行名跨了两行，也可能属于相邻的行，已按（六）其他处理第1项读取');
    expect(t.uncertain).toHaveLength(7);
  });
});

describe('rows with fewer values than columns', () => {
  it('are read from left to right but marked uncertain (the blank cells of a PDF text are invisible)', () => {
    const t = table3Of(['一、本年新收政府信息公开申请数量 3 1 4', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0'].join('\n'));
    expect(t.rows.new).toEqual([3, 1, 4, null, null, null, null]);
    expect(t.uncertain).toEqual([
      'new:natural 数值只有3个，少于7列，不能确定各属哪一列，已按从左到右读取',
      'new:commercial 数值只有3个，少于7列，不能确定各属哪一列，已按从左到右读取',
      'new:research 数值只有3个，少于7列，不能确定各属哪一列，已按从左到右读取',
    ]);
  });

  it('are certain on the last line of a text cut there', () => {
    const t = table3Of(['一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0', '二、上年结转政府信息公开申请数量 2 0'].join('\n'));
    expect(t.rows.carried_over).toEqual([2, 0, null, null, null, null, null]);
    expect(t.uncertain).toEqual([]);
  });
});

describe('tables 二 and 四 with fewer values than columns', () => {
  const text = (body: string) => `某县2023年政府信息公开工作年度报告\n${body}\n五、存在的主要问题及改进情况\n无。\n`;
  const read = (body: string) => extractRecord('short.txt', analyse({ filePath: 'short.txt', text: text(body) }));

  it('a 规章 row with two values under three columns is a guess', () => {
    const r = read('二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0\n行政规范性文件 3 1 12');
    expect(r.tables.active?.[0]?.rows.map((row) => row.cells)).toEqual([[0, 0, null], [3, 1, 12]]);
    expect(r.uncertain.map((u) => `${u.row}:${u.column}`)).toEqual(['rules:本年制发件数', 'rules:本年废止件数']);
    expect(r.uncertain[0]!.note).toContain('数值只有2个，少于3列');
  });

  it('table 四 with fourteen values is a guess', () => {
    const r = read('四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n1 0 0 0 1 0 0 1 1 2 0 0 0 0');
    expect(r.tables.review?.review).toEqual([1, 0, 0, 0, 1]);
    expect(r.uncertain).toHaveLength(14);
    expect(r.uncertain[0]!.note).toContain('数值只有14个，少于15格');
  });
});

describe('tables that leave zeros blank', () => {
  /** The 青山区 values with every zero read as a blank cell. */
  const blanks = (cells: (number | null)[]) => cells.map((v) => (v === 0 ? null : v));
  for (const name of ['blank-zeros.html', 'blank-zeros.md']) {
    it(`${name}: keeps every blank cell in its column`, () => {
      const r = record(name);
      expect(r.tables.active?.map((i) => ({ item: i.item, rows: i.rows.map((row) => [row.key, row.cells]) }))).toEqual(
        QINGSHAN.active.map((i) => ({ item: i.item, rows: i.rows.map(([key, cells]) => [key, blanks(cells as number[])]) })),
      );
      expect(r.tables.applications?.rows).toEqual(Object.fromEntries(Object.entries(QINGSHAN.applications.rows).map(([k, v]) => [k, blanks(v as number[])])));
      expect(r.tables.review).toEqual(Object.fromEntries(Object.entries(QINGSHAN.review).map(([k, v]) => [k, blanks(v)])));
      expect(r.uncertain).toEqual([]);
    });
    it(`${name}: finds nothing but the blank cells`, () => {
      expect(findings(name).filter((f) => !/ cell-value .*(为空|个空格)/.test(f))).toEqual([]);
    });
  }
});

describe('a table-二 label wrapped over two lines', () => {
  it('is the row the two lines make together', () => {
    const text = '某县2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 56\n其他对外管理\n服务事项 12\n三、收到和处理政府信息公开申请情况\n';
    const r = extractRecord('wrapped.txt', analyse({ filePath: 'wrapped.txt', text }));
    expect(r.tables.active?.[0]?.rows.map((row) => [row.key, row.cells])).toEqual([['license', [56]], ['other_services', [12]]]);
  });
});

describe('a Markdown file with a table pasted as HTML', () => {
  it('reads the HTML block as a table, not as nothing', () => {
    const text = [
      '# 某县2023年政府信息公开工作年度报告',
      '',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '',
      '<table>',
      '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
      '<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
      `<tr>${[1, 0, 0, 0, 1, 0, 0, 1, 1, 2, 0, 0, 0, 0, 0].map((n) => `<td>${n}</td>`).join('')}</tr>`,
      '</table>',
      '',
      '## 五、存在的主要问题及改进情况',
      '',
      '无。',
    ].join('\n');
    const r = analyse({ filePath: 'pasted.md', text });
    expect(extractRecord('pasted.md', r).tables.review).toEqual(QINGSHAN.review);
    const cell = r.model.review!.groups[0]!.cells[0]!.cell!;
    expect(text.slice(cell.position.start.offset, cell.position.end.offset)).toBe('1');
    expect(cell.position.start.line).toBe(8);
  });
});
