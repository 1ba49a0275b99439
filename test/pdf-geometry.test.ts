/**
 * The geometry behind PDF tables and text, on hand-made inputs: cells from
 * ruling lines (merged, incomplete), underlines that are not borders, tables
 * continued on the next page, page furniture, paragraphs, pages of offsets,
 * and uncertain cells reaching parse-uncertain.
 */
import { describe, expect, it } from 'vitest';
import { pageTables, joinContinued, tableGrid, cellText, type TableBox } from '../src/frontends/pdf/tables.js';
import { withoutTextDecoration, type Rulings } from '../src/frontends/pdf/rulings.js';
import { dropFurniture, paragraphs, type TextLine } from '../src/frontends/pdf/layout.js';
import { pageLocator } from '../src/frontends/pdf/pages.js';
import { pdfToText, PdfReadError } from '../src/frontends/pdf/extract.js';
import { analyse } from '../src/lint.js';
import { extractRecord } from '../src/extract/record.js';
import { pagesPdf } from './helpers/pdf-bytes.js';

const H = (at: number, a: number, b: number) => ({ at, a, b });
const V = H;
const HEIGHT = 800;

/** A ruled grid: horizontal lines at `ys` (page y, upwards) and vertical lines at `xs`, full length unless given. */
function grid(xs: number[], ys: number[]): Rulings {
  const [x1, x2] = [Math.min(...xs), Math.max(...xs)];
  const [y1, y2] = [Math.min(...ys), Math.max(...ys)];
  return { horizontal: ys.map((y) => H(y, x1, x2)), vertical: xs.map((x) => V(x, y1, y2)) };
}

/** Puts text into the cell under the point (page coordinates). */
function put(table: TableBox, x: number, y: number, str: string): void {
  const fy = HEIGHT - y;
  const cell = table.cells.find((c) => x >= c.x1 && x <= c.x2 && fy >= c.top && fy <= c.bottom)!;
  cell.fragments.push({ str, x, y: fy, width: str.length * 10, size: 10 });
}

const spans = (t: TableBox) => tableGrid(t).map((row) => row.map((g) => `${g.row},${g.col} ${g.rowSpan}x${g.colSpan}`));

describe('cells from ruling lines', () => {
  it('a full grid gives one cell per slot; a missing border merges two slots', () => {
    const full = pageTables(grid([0, 100, 200, 300], [700, 680, 660]), 0, HEIGHT);
    expect(full).toHaveLength(1);
    expect(spans(full[0]!)).toEqual([['0,0 1x1', '0,1 1x1', '0,2 1x1'], ['1,0 1x1', '1,1 1x1', '1,2 1x1']]);
    // The border between columns 2 and 3 stops at the second row: the first row's last two slots are one cell.
    const merged = grid([0, 100, 200, 300], [700, 680, 660]);
    merged.vertical[2] = V(200, 660, 680);
    expect(spans(pageTables(merged, 0, HEIGHT)[0]!)).toEqual([['0,0 1x1', '0,1 1x2'], ['1,0 1x1', '1,1 1x1', '1,2 1x1']]);
    // No border under the first column's top cell: it spans both rows.
    const down = grid([0, 100, 200], [700, 680, 660]);
    down.horizontal[1] = H(680, 100, 200);
    expect(spans(pageTables(down, 0, HEIGHT)[0]!)).toEqual([['0,0 2x1', '0,1 1x1'], ['1,1 1x1']]);
  });

  it('a merged region that is not a rectangle is one cell whose text is uncertain', () => {
    // Three columns, two rows; borders missing between (0,0)-(0,1) and (0,1)-(1,1): an L shape.
    const r = grid([0, 100, 200, 300], [700, 680, 660]);
    r.vertical[1] = V(100, 660, 680); // no border between (0,0) and (0,1)
    r.horizontal[1] = H(680, 0, 100); // under (0,0) only ...
    r.horizontal.push(H(680, 200, 300)); // ... and under (0,2): (0,1) and (1,1) are one
    const [table] = pageTables(r, 0, HEIGHT);
    const odd = table!.cells.filter((c) => c.uncertain);
    expect(odd).toHaveLength(1);
    expect(odd[0]!.uncertain!.zh).toBe("表格线不完整，无法确定单元格的边界");
  });

  it('a row cut by the page break before its second ruling is a table when its borders run to the foot of the page', () => {
    // One line across, three borders from it down to 30 points above the foot (page y upwards).
    const cut: Rulings = { horizontal: [H(90, 0, 200)], vertical: [V(0, 30, 90), V(100, 30, 90), V(200, 30, 90)] };
    const [table] = pageTables(cut, 0, HEIGHT);
    expect(spans(table!)).toEqual([['0,0 1x1', '0,1 1x1']]);
    expect(table!.cells.every((c) => c.open)).toBe(true);
    // The same drawing in the middle of the page is no table (a box open at the bottom, a bar chart).
    const middle: Rulings = { horizontal: [H(460, 0, 200)], vertical: [V(0, 400, 460), V(100, 400, 460), V(200, 400, 460)] };
    expect(pageTables(middle, 0, HEIGHT)).toEqual([]);
  });

  it('one box around a paragraph is not a table', () => {
    expect(pageTables(grid([0, 300], [700, 600]), 0, HEIGHT)).toEqual([]);
  });

  it('a line under or through text is decoration, a line between rows is a border', () => {
    const r = grid([0, 100, 200], [700, 680, 660]);
    r.horizontal.push(H(688.5, 0, 100)); // 1.5 points under a baseline at 690
    const runs = [{ x: 5, y: 690, width: 80, size: 10 }];
    expect(withoutTextDecoration(r, runs).horizontal.map((h) => h.at)).toEqual([700, 680, 660]);
  });
});

describe('tables continued on the next page', () => {
  /** The part of a table on one page: rows of [x1, x2, text] from the top of the page. */
  function part(page: number, rows: [number, number, string][][], top = 100): TableBox {
    const cells = rows.flatMap((row, r) =>
      row.map(([x1, x2, text]) => ({ x1, x2, top: page * 100_000 + top + r * 20, bottom: page * 100_000 + top + (r + 1) * 20, fragments: text ? [{ str: text, x: x1 + 2, y: page * 100_000 + top + r * 20 + 14, width: text.length * 10, size: 10 }] : [] })),
    );
    return { page, x1: 0, x2: 300, top: page * 100_000 + top, bottom: page * 100_000 + top + rows.length * 20, cells };
  }

  it('joins a merged label cut by the page break, not two labels of two rows', () => {
    const upper = part(0, [[[0, 100, '三、本'], [100, 200, '（一）予以公开'], [200, 300, '3']]]);
    // The continuation: the rest of 三、本年度办理结果 spans two rows.
    const lower = part(1, [[[0, 100, '年度办理结果'], [100, 200, '（二）部分公开'], [200, 300, '0']], [[100, 200, '（三）不予公开'], [200, 300, '0']]]);
    lower.cells[0]!.bottom += 20;
    const joined = joinContinued(upper, lower)!;
    expect(joined.cells.map(cellText)).toEqual(['三、本年度办理结果', '（一）予以公开', '3', '（二）部分公开', '0', '（三）不予公开', '0']);
    expect(tableGrid(joined)[0]![0]!.rowSpan).toBeGreaterThan(1);

    const a = part(0, [[[0, 100, '行政处罚'], [100, 300, '1330']]]);
    const b = part(1, [[[0, 100, '行政强制'], [100, 300, '54']]]);
    expect(joinContinued(a, b)!.cells.map(cellText)).toEqual(['行政处罚', '1330', '行政强制', '54']);
  });

  it('joins a row cut by the page break (continued label, empty value cells)', () => {
    const upper = part(0, [[[0, 100, '2.没有现成信'], [100, 300, '0']]]);
    const lower = part(1, [[[0, 100, '息需要另行制作'], [100, 300, '']], [[0, 100, '3.补正后申请内容仍不明确'], [100, 300, '0']]]);
    const rows = tableGrid(joinContinued(upper, lower)!).map((row) => row.map((g) => cellText(g.cell)));
    expect(rows).toEqual([['2.没有现成信息需要另行制作', '0'], ['3.补正后申请内容仍不明确', '0']]);
  });

  it('drops header rows repeated on the next page; refuses a table of other width', () => {
    const upper = part(0, [[[0, 150, '信息内容'], [150, 300, '数量']], [[0, 150, '规章'], [150, 300, '0']]]);
    const lower = part(1, [[[0, 150, '信息内容'], [150, 300, '数量']], [[0, 150, '行政规范性文件'], [150, 300, '2']]]);
    expect(joinContinued(upper, lower)!.cells.map(cellText)).toEqual(['信息内容', '数量', '规章', '0', '行政规范性文件', '2']);
    const narrow = { ...lower, x2: 250 };
    expect(joinContinued(upper, narrow)).toBeNull();
  });
});

describe('running text', () => {
  const line = (page: number, y: number, text: string, x1 = 72, x2 = 522, size = 10): TextLine => ({
    page, text, x1, x2, y: page * 100_000 + y, size, lead: size, column: 'full', fragments: [],
  });

  it('drops page numbers and lines repeated at the top or bottom of the pages', () => {
    const body = (p: number) => ['甲', '乙', '丙', '丁'].map((w, i) => line(p, 80 + 15 * i, `第${p + 1}页正文${w}${'字'.repeat(p + i)}`));
    const pages = [0, 1, 2].map((p) => [
      line(p, 30, `某县人民政府 ${p + 1}/3`, 24, 300, 8),
      ...body(p),
      line(p, 780, ['— 1 —', '第 2 页', '- 3 -'][p]!, 280, 310),
    ]);
    expect(dropFurniture(pages).map((ls) => ls.map((l) => l.text))).toEqual([0, 1, 2].map((p) => body(p).map((l) => l.text)));
  });

  it('joins wrapped lines, not an indented first line or a heading; a large title over two lines is one', () => {
    const out = paragraphs(
      [
        line(0, 40, '某县人民政府2022年政府信息', 150, 450, 16),
        line(0, 62, '公开工作年度报告', 220, 380, 16),
        line(0, 100, '一、总体情况', 72, 140),
        line(0, 115, '2022年，本县认真贯彻落实《条例》，全年主动公开政府信息1234条，其中', 92, 522),
        line(0, 130, '规章2件。', 72, 120),
        line(0, 145, '（一）主动公开情况', 72, 170),
      ],
      10,
    );
    expect(out.map((p) => p.text)).toEqual(['某县人民政府2022年政府信息公开工作年度报告', '一、总体情况', '2022年，本县认真贯彻落实《条例》，全年主动公开政府信息1234条，其中规章2件。', '（一）主动公开情况']);
  });

  it('a page of a few short lines breaks them at the right edge of the text, not at the end of its own longest line', () => {
    const sign = [line(3, 84, '某县人民政府', 72, 135, 10.5), line(3, 99, '2024年2月23日', 72, 142, 11)];
    expect(paragraphs(sign, 10.5, 522).map((p) => p.text)).toEqual(['某县人民政府', '2024年2月23日']);
    // Without the document's edge, the longer line is taken for a full one and the two are joined.
    expect(paragraphs(sign, 10.5).map((p) => p.text)).toEqual(['某县人民政府2024年2月23日']);
  });

  it('the page of an offset is one more than the form feeds before it', () => {
    const at = pageLocator('一\n\f二\n\f\f四\n');
    expect([0, 2, 3, 5, 6, 7].map(at)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

describe('reading notes', () => {
  it('cells in an uncertain stretch are parse-uncertain in the model', () => {
    const text = '三、收到和处理政府信息公开申请情况\n| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |\n';
    const at = text.indexOf('| 3 |') + 2;
    const report = analyse({ filePath: 'x.pdf', text, uncertain: [{ start: at, end: at + 1, message: { zh: '表格线不完整', en: 'rulings incomplete' } }] });
    const record = extractRecord('x.pdf', report);
    expect(record.uncertain).toEqual([{ table: 'applications', row: 'new', column: 'natural', note: '表格线不完整\nrulings incomplete' }]);
  });

  it('a "|" in running text is written full width (it separates table cells in the extracted text)', async () => {
    const { text } = await pdfToText(pagesPdf(1, Buffer.from('BT /F1 12 Tf 72 720 Td (Home | Government information) Tj ET')));
    expect(text).toBe('Home ｜ Government information\n');
  });

  it('after PDF.js is loaded, the built-ins its polyfills replaced are the native ones again', async () => {
    await pdfToText(pagesPdf(1, Buffer.from('BT /F1 12 Tf 72 720 Td (Annual report) Tj ET')));
    for (const f of [Array.prototype.push, JSON.parse, JSON.stringify]) expect(Function.prototype.toString.call(f)).toContain('[native code]');
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function'); // what Node 20 lacks stays
  });

  it('a PDF with more text than the limit is refused', async () => {
    const bytes = pagesPdf(1, Buffer.from('BT /F1 12 Tf 72 720 Td (Annual report of the county) Tj ET'));
    await expect(pdfToText(bytes, { maxChars: 10 })).rejects.toMatchObject({ problem: 'too-much-text' });
    await expect(pdfToText(bytes, { maxChars: 10 })).rejects.toBeInstanceOf(PdfReadError);
  });
});
