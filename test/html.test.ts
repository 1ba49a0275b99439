import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, lintText } from '../src/lint.js';
import { rules } from '../rules/index.js';
import { sourceRange } from '../src/ast/source.js';
import { paragraphs } from '../src/ast/walk.js';
import { htmlUnits } from '../src/frontends/html.js';
import { layoutGrid, tableRows } from '../src/frontends/html/grid.js';
import { charOffsets } from '../src/frontends/html/runs.js';
import { APPLICATION_COLUMNS, type CellRef } from '../src/model/types.js';
import type { RowUnit, TextUnit } from '../src/frontends/units.js';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root } from 'hast';

/** Table-三 row keys in template order. */
const ROWS = [
  'new', 'carried_over', 'granted', 'partial',
  'deny_1', 'deny_2', 'deny_3', 'deny_4', 'deny_5', 'deny_6', 'deny_7', 'deny_8',
  'unable_1', 'unable_2', 'unable_3',
  'reject_1', 'reject_2', 'reject_3', 'reject_4', 'reject_5',
  'other_1', 'other_2', 'other_3', 'total', 'carried_forward',
];
const Z = '0 0 0 0 0 0 0';

interface Expected {
  /** Table 三, one string of 7 values per row of ROWS. */
  applications: string[];
  /** Table 四: 行政复议, 未经复议直接起诉, 复议后起诉 (维持 纠正 其他 尚未审结 总计). */
  review: string[];
  /** Table 二: item → row key → values. */
  active: Record<number, Record<string, string>>;
}

// Values read from the HTML sources (and matching the digit runs of ../r004.txt, r019.txt, r020.txt).
const EXPECTED: Record<string, Expected> = {
  r004: {
    applications: [
      '71 3 0 0 0 0 74', '1 0 0 0 0 0 1', '21 0 0 0 0 0 21', '8 1 0 0 0 0 9',
      Z, Z, Z, Z, '1 0 0 0 0 0 1', '2 0 0 0 0 0 2', '1 0 0 0 0 0 1', Z,
      '37 0 0 0 0 0 37', Z, Z,
      Z, Z, Z, Z, Z,
      '2 0 0 0 0 0 2', Z, '0 2 0 0 0 0 2', '72 3 0 0 0 0 75', Z,
    ],
    review: ['0 1 1 0 2', '1 0 0 0 1', '0 0 0 0 0'],
    active: { 1: { rules: '0 0 0', normative: '88 55 698' }, 5: { license: '10690' }, 6: { penalty: '2113', enforcement: '0' }, 8: { fees: '9116.36' } },
  },
  r019: {
    applications: [
      '80 1 0 0 0 0 81', Z, '22 0 0 0 0 0 22', '19 1 0 0 0 0 20',
      Z, Z, Z, '1 0 0 0 0 0 1', Z, '1 0 0 0 0 0 1', '1 0 0 0 0 0 1', '2 0 0 0 0 0 2',
      '31 0 0 0 0 0 31', Z, Z,
      Z, '1 0 0 0 0 0 1', Z, Z, Z,
      '1 0 0 0 0 0 1', Z, '1 0 0 0 0 0 1', '80 1 0 0 0 0 81', Z,
    ],
    review: ['1 1 0 0 2', '4 0 0 1 5', '1 0 1 0 2'],
    active: { 1: { rules: '0 0 0', normative: '77 132 470' }, 5: { license: '2629' }, 6: { penalty: '1330', enforcement: '54' }, 8: { fees: '5949.088667' } },
  },
  r020: {
    applications: [
      '217 1 0 0 0 0 218', Z, '71 0 0 0 0 0 71', '29 0 0 0 0 0 29',
      '4 0 0 0 0 0 4', Z, Z, '3 0 0 0 0 0 3', '32 0 0 0 0 0 32', Z, Z, Z,
      '75 0 0 0 0 0 75', Z, Z,
      Z, '1 0 0 0 0 0 1', Z, Z, Z,
      '1 0 0 0 0 0 1', Z, '1 1 0 0 0 0 2', '217 1 0 0 0 0 218', Z,
    ],
    review: ['2 1 3 1 7', '0 0 0 0 0', '13 2 4 0 19'],
    active: { 1: { rules: '0 0 0', normative: '62 33 440' }, 5: { license: '4529' }, 6: { penalty: '1100', enforcement: '65' }, 8: { fees: '18651.06' } },
  },
};

/** The cell reads as `digits` and its source span in the HTML is exactly those digits. */
function expectCell(html: string, ref: CellRef | null | undefined, digits: string, where: string) {
  expect(ref?.cell, where).toBeTruthy();
  const cell = ref!.cell!;
  expect(ref!.value, where).toMatchObject({ kind: 'number', value: Number(digits) });
  expect(cell.value, where).toBe(digits);
  expect(html.slice(cell.position.start.offset, cell.position.end.offset), where).toBe(digits);
}

describe('HTML front end: corpus pages', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    describe(name, () => {
      const html = readFileSync(new URL(`../fixtures/corpus/html/${name}.html`, import.meta.url), 'utf8');
      const { model } = analyse({ filePath: 'x.html', text: html });

      it('is a 2021-template report with the six standard sections', () => {
        expect(model.generation).toBe('2021');
        expect(Object.keys(model.sections).sort()).toEqual(['active', 'applications', 'other', 'overview', 'problems', 'review']);
        expect(model.topSections.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六']);
        const heading = model.sections.overview!.heading;
        expect(html.slice(heading.position.start.offset, heading.position.end.offset)).toBe('一、总体情况');
      });

      it('reads table 三 cell by cell, at the digits in the HTML', () => {
        const table = model.applications!;
        expect(table.variant).toBe('2021');
        ROWS.forEach((row, r) => {
          const values = expected.applications[r]!.split(' ');
          APPLICATION_COLUMNS.forEach((column, c) => expectCell(html, table.get(row, column), values[c]!, `${row}/${column}`));
        });
      });

      it('reads the 15 values of table 四', () => {
        const groups = model.review!.groups;
        expect(groups.map((g) => g.key)).toEqual(['review', 'litigation_direct', 'litigation_after_review']);
        groups.forEach((g, i) => {
          const values = expected.review[i]!.split(' ');
          g.cells.forEach((ref, j) => expectCell(html, ref, values[j]!, `${g.key}/${j}`));
        });
      });

      it('reads the sub-tables of table 二', () => {
        const items = model.active!.items;
        expect(items.map((i) => i.item)).toEqual([1, 5, 6, 8]);
        for (const item of items) {
          const rows = expected.active[item.item]!;
          expect(item.rows.map((r) => r.key)).toEqual(Object.keys(rows));
          for (const row of item.rows) {
            const values = rows[row.key]!.split(' ');
            expect(row.cells).toHaveLength(values.length);
            row.cells.forEach((ref, j) => expectCell(html, ref, values[j]!, `${item.item}/${row.key}/${j}`));
          }
        }
      });

      it('balances: no table arithmetic findings', () => {
        const result = lintText({ filePath: `${name}.html`, text: html }, { rules });
        const arithmetic = result.messages.filter((m) => ['application-balance', 'table-sum', 'cell-value'].includes(m.ruleId ?? ''));
        expect(arithmetic).toEqual([]);
      });
    });
  }
});

const parse = (html: string) => unified().use(rehypeParse).parse(html) as Root;
const rowsOf = (units: ReturnType<typeof htmlUnits>) => units.filter((u): u is RowUnit => u.kind === 'row');
const values = (row: RowUnit) => row.cells.map((c) => c.value);

describe('HTML front end: tables', () => {
  const html =
    '<table>' +
    '<tr><td rowspan="2" colspan="2">项目</td><td colspan="2">申请人</td></tr>' +
    '<tr><td>甲</td><td>乙</td></tr>' +
    '<tr><td rowspan="3">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>2</td></tr>' +
    '<tr><td>2.其他</td><td><p>&nbsp;</p></td><td>/</td></tr>' +
    '<tr><td>3.其他</td><td></td><td>0</td></tr>' +
    '</table>';

  it('lays cells out on the grid, expanding rowspan and colspan', () => {
    const table = parse(html).children[0] as Element;
    const body = (table.children[1] as Element).children[0] as Element;
    const { cells, width } = layoutGrid(tableRows(body));
    expect(width).toBe(4);
    expect(cells.map((row) => row.map((c) => [c.col, c.rowSpan, c.colSpan]))).toEqual([
      [[0, 2, 2], [2, 1, 2]],
      [[2, 1, 1], [3, 1, 1]],
      [[0, 3, 1], [1, 1, 1], [2, 1, 1], [3, 1, 1]],
      [[1, 1, 1], [2, 1, 1], [3, 1, 1]],
      [[1, 1, 1], [2, 1, 1], [3, 1, 1]],
    ]);
  });

  it('gives each <tr> its own cells once, splits row-spanning group labels off, keeps empty cells', () => {
    const rows = rowsOf(htmlUnits(html));
    expect(rows.map(values)).toEqual([
      ['项目', '申请人'],
      ['甲', '乙'],
      ['（三）不予公开'],
      ['1.属于国家秘密', '1', '2'],
      ['2.其他', '', '/'],
      ['3.其他', '', '0'],
    ]);
    expect(rows.map((r) => r.header ?? false)).toEqual([true, true, false, false, false, false]);
    expect(new Set(rows.map((r) => r.table)).size).toBe(1);
    // Empty cells sit where their content is: the &nbsp; of the first, right after <td> in the second.
    const blank = rows[4]!.cells[1]!;
    expect([blank.start, blank.end]).toEqual([html.indexOf('&nbsp;'), html.indexOf('&nbsp;')]);
    const empty = rows[5]!.cells[1]!;
    expect(empty.start).toBe(html.indexOf('<td></td>') + 4);
    expect(empty.end).toBe(empty.start);
    const one = rows[3]!.cells[1]!;
    expect(html.slice(one.start, one.end)).toBe('1');
  });

  it('turns a one-cell 第二十条 caption row into a loose unit and numbers tables apart', () => {
    const units = htmlUnits(
      '<table><tr><td colspan="2">第二十条第（五）项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>12</td></tr></table>' +
        '<p>说明</p><table><tr><td>a</td><td>1</td></tr></table>',
    );
    expect(units[0]).toMatchObject({ kind: 'text', value: '第二十条第（五）项' });
    const rows = rowsOf(units);
    expect(rows.map((r) => r.table)).toEqual([1, 1, 2]);
  });
});

describe('HTML front end: text', () => {
  it('maps text through entities and markup to source offsets', () => {
    const html = '<p>全年收到申请&nbsp;<b>75</b>件，&lt;其中&gt;自然人&#x4e00;72件&amp;法人3件</p>';
    const [unit] = htmlUnits(html) as TextUnit[];
    expect(unit!.value).toBe('全年收到申请\u00a075件，<其中>自然人一72件&法人3件');
    const { root } = analyse({ filePath: 'x.html', text: html });
    const para = paragraphs(root)[0]!;
    const at = (text: string) => {
      const [s, e] = sourceRange(para, para.value.indexOf(text), text.length);
      return html.slice(s, e);
    };
    expect(at('75')).toBe('75');
    expect(at('72件')).toBe('72件');
    expect(at('法人3件')).toBe('法人3件');
    expect(at('<')).toBe('&');
    expect(at('一')).toBe('&');
  });

  it('aligns decoded text with references, CRLF and legacy names', () => {
    const src = 'a&nbsp;&#128512;\r\nb &copy c&notit;&amp;amp;&foo;';
    const value = 'a\u00a0😀\nb © c¬it;&amp;&foo;';
    const at = charOffsets(value, src, 0, src.length).map((o) => src[o]);
    expect(at.join('')).toBe('a&&&\rb & c&it;&amp;&foo;');
  });

  it('splits <br> lines, marks blocks and markup headings, collapses white space', () => {
    const units = htmlUnits('<h2>一、总体情况</h2><p>第一行<br>第二行</p><div>直接\n   文字<p>段落</p></div>') as TextUnit[];
    expect(units.map((u) => [u.value, u.block ?? false, u.markupHeading ?? 0])).toEqual([
      ['一、总体情况', true, 2],
      ['第一行', false, 0],
      ['第二行', false, 0],
      ['直接 文字', true, 0],
      ['段落', true, 0],
    ]);
  });

  it('takes the report out of the page and skips chrome, scripts and comments', () => {
    const html =
      '<html><head><title>标题_网站</title><style>p{}</style></head><body>' +
      '<div class="header"><a>网站首页</a></div><div class="nav">政务公开</div>' +
      '<div class="breadcrumb">当前位置：首页 &gt; 年报</div>' +
      '<h1 class="title">某县人民政府2023年度政府信息公开工作年度报告</h1>' +
      '<div class="article"><div class="TRS_Editor"><p>一、总体情况</p><!--[if !supportLists]--><p>正文</p>' +
      '<script>var s = "三、收到";</script><p>二、主动公开政府信息情况</p></div><div class="bdshare">分享到</div></div>' +
      '<div class="footer">版权所有</div></body></html>';
    const texts = (htmlUnits(html) as TextUnit[]).map((u) => u.value);
    expect(texts).toEqual(['某县人民政府2023年度政府信息公开工作年度报告', '一、总体情况', '正文', '二、主动公开政府信息情况']);
    const { root } = analyse({ filePath: 'x.html', text: html });
    expect(root.data.title?.value).toBe('某县人民政府2023年度政府信息公开工作年度报告');
    expect(root.data.year?.value).toBe(2023);
  });

  it('walks a layout table holding the report as text, its data tables as rows', () => {
    const report = `<p>一、总体情况</p><p>${'正文'.repeat(200)}</p><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>1</td></tr></table>`;
    const units = htmlUnits(`<table><tr><td class="nav">首页</td></tr><tr><td>${report}</td></tr></table>`);
    expect(units.map((u) => (u.kind === 'row' ? values(u) : u.kind === 'text' ? u.value.slice(0, 6) : u.kind))).toEqual([
      '一、总体情况',
      '正文正文正文',
      '二、主动公开',
      ['规章', '1'],
    ]);
  });

  it('falls back to <body> without section headings, still without page chrome', () => {
    const texts = (htmlUnits('<body><nav>首页</nav><p>甲</p><div id="footer">页脚</div><p>乙</p></body>') as TextUnit[]).map((u) => u.value);
    expect(texts).toEqual(['甲', '乙']);
  });

  it('takes the report title from <head><title> when the body does not repeat it', () => {
    const html = '<html><head><title>某县2022年度政府信息公开工作年度报告_年报_某县人民政府</title></head><body><div><p>一、总体情况</p><p>六、其他需要报告的事项</p></div></body></html>';
    const { root } = analyse({ filePath: 'x.html', text: html });
    expect(root.data.title?.value).toBe('某县2022年度政府信息公开工作年度报告');
    expect(root.data.agency?.value).toBe('某县');
    expect(html.slice(root.data.title!.position.start.offset, root.data.title!.position.end.offset)).toBe('某县2022年度政府信息公开工作年度报告');
  });
});
