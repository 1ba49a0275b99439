/**
 * The accuracy lab's PDF layouts (the HTML and Word renderings printed by
 * LibreOffice and Chromium): the files they print are the same for the same
 * report, they are skipped with a note when the program is missing, the
 * guard never runs them, and the places are found in the text the product
 * reads from a PDF. Printing with the programs themselves is
 * test/accuracy-print.test.ts (project browser).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../accuracy/prng.js';
import { drawReport } from '../accuracy/truth/report.js';
import { activeLayouts } from '../accuracy/lab.js';
import { LAYOUTS } from '../accuracy/layouts/index.js';
import { printedLayouts } from '../accuracy/layouts/printed.js';
import { Printer } from '../accuracy/layouts/printer.js';
import { locatePdfText, readingOrder, type Item } from '../accuracy/layouts/pdf-places.js';
import { report, Tally } from '../accuracy/measure.js';
import { guardLayouts } from '../accuracy/guard.js';
import { truthCells } from '../accuracy/compare.js';

const dirs: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-pdf-cache-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const NAMES = ['pdf-docx-libreoffice', 'pdf-html-libreoffice', 'pdf-html-chromium', 'pdf-html-chromium-borderless'];

describe('accuracy lab: PDF layouts without the programs', () => {
  it('are in the registry, at its end, and never in the guard', () => {
    const printed = LAYOUTS.filter((l) => l.batch).map((l) => l.name);
    expect(printed).toEqual(NAMES);
    expect(LAYOUTS.slice(-NAMES.length).map((l) => l.name)).toEqual(NAMES);
    const guard = guardLayouts();
    expect(guard.filter((n) => NAMES.includes(n))).toEqual([]);
    expect(guard).toEqual(LAYOUTS.filter((l) => !l.batch).map((l) => l.name));
  });

  it('are skipped with a note naming the missing program, and the lab prints the note', async () => {
    const layouts = printedLayouts(new Printer(cacheDir(), () => undefined));
    const { layouts: active, skipped } = await activeLayouts(undefined, layouts);
    expect(active).toEqual([]);
    expect(Object.keys(skipped)).toEqual(NAMES);
    expect(skipped['pdf-docx-libreoffice']).toMatch(/^LibreOffice is not installed, so this PDF layout is skipped \(Debian: apt-get install libreoffice-writer-nogui;/);
    expect(skipped['pdf-html-chromium-borderless']).toMatch(/^Chromium is not installed, so this PDF layout is skipped \(Debian: apt-get install chromium;/);
    const printedReport = report(new Tally(1, 1, skipped, []).finish(0));
    expect(printedReport).toContain('skipped layout pdf-html-libreoffice: LibreOffice is not installed');
    expect(printedReport).toContain('skipped layout pdf-html-chromium: Chromium is not installed');
  });

  it('are skipped for one program and not for the other', async () => {
    const layouts = printedLayouts(new Printer(cacheDir(), (engine) => (engine === 'chromium' ? 'Chromium 1' : undefined)));
    const { layouts: active, skipped } = await activeLayouts(undefined, layouts);
    expect(active.map((l) => l.name)).toEqual(['pdf-html-chromium', 'pdf-html-chromium-borderless']);
    expect(Object.keys(skipped)).toEqual(['pdf-docx-libreoffice', 'pdf-html-libreoffice']);
  });

  it('queue the same file for the same report, and another for another report (collecting, nothing printed)', async () => {
    const printer = new Printer(cacheDir(), (engine) => `${engine} 1`);
    printer.collecting = true;
    const layouts = printedLayouts(printer);
    const a = drawReport(new Rng('pdf:a'), 'a', '2021');
    const b = drawReport(new Rng('pdf:b'), 'b', '2019');
    for (const [i, layout] of layouts.entries()) {
      const first = await layout.render(a, new Rng(`r:${layout.name}`));
      expect(first.kind === 'binary' && first.ext === 'pdf' && first.bytes.length === 0).toBe(true);
      expect(printer.pending).toBe(2 * i + 1);
      const again = await layout.render(structuredClone(a), new Rng(`r:${layout.name}`));
      expect(printer.pending, `${layout.name}: the same report queues the same file`).toBe(2 * i + 1);
      if (first.kind === 'binary' && again.kind === 'binary') expect(again.source).toEqual(first.source);
      await layout.render(b, new Rng(`r:${layout.name}`));
      expect(printer.pending).toBe(2 * i + 2);
    }
  });

  it('print the HTML page ruled or without ruling lines, and Chromium with a date and address of the report', async () => {
    const printer = new Printer(cacheDir(), (engine) => `${engine} 1`);
    printer.collecting = true;
    const truth = drawReport(new Rng('pdf:c'), 'c', '2021');
    const html = async (name: string) => {
      const draft = await printedLayouts(printer).find((l) => l.name === name)!.render(truth, new Rng('same'));
      return draft.kind === 'binary' ? new TextDecoder().decode(draft.source!.bytes) : '';
    };
    const ruled = await html('pdf-html-chromium');
    const borderless = await html('pdf-html-chromium-borderless');
    expect(ruled).toMatch(/<table[^>]* border=("1"|1)/);
    expect(borderless).not.toMatch(/<table[^>]* border=("1"|1)/);
    expect(borderless.replace(/ border=("1"|1|0)/g, '')).toBe(ruled.replace(/ border=("1"|1|0)/g, ''));
  });
});

describe('accuracy lab: finding the places in the text read from a PDF', () => {
  const items: Item[] = [
    { kind: 'text', ids: ['h1'], text: '一、总体情况' },
    { kind: 'text', ids: ['s1', 'p1'], text: '本年共收到申请12件，办结10件。' },
    { kind: 'table', id: 't1', cells: [{ id: 'c1', text: '12' }, { id: 'c2', text: '0' }, { id: 'c3', text: '5' }] },
    { kind: 'text', ids: ['s2', 'p2'], text: '二是加强培训。' },
    { kind: 'table', id: 't2', cells: [{ id: 'd1', text: '97' }, { id: 'd2', text: '1' }] },
    { kind: 'text', ids: ['h2'], text: '六、其他需要报告的事项' },
  ];
  const show = (text: string, spans: Map<string, [number, number]>, id: string) => text.slice(...spans.get(id)!);

  it('finds sentences across line and page breaks, cells in their boxes, and numbers on plain lines', () => {
    const text = '一、总体情况\n本年共收到申请12件，\n\f办结10件。\n| 申请 | 12 | 0 | 5 |\n二是加强培训。\n1.行政许可 97\n2.其他 1\n六、其他需要报告的事项\n';
    const spans = locatePdfText(text, items);
    expect(show(text, spans, 'h1')).toBe('一、总体情况');
    expect(show(text, spans, 's1')).toBe('本年共收到申请12件，\n\f办结10件。');
    expect(spans.get('p1')).toEqual(spans.get('s1'));
    expect(['c1', 'c2', 'c3'].map((id) => show(text, spans, id))).toEqual(['12', '0', '5']);
    // The "12" of the sentence is not taken for the cell: cells are looked for after the prose before the table.
    expect(spans.get('c1')![0]).toBeGreaterThan(text.indexOf('| 申请'));
    expect(show(text, spans, 'table.t1')).toBe('| 申请 | 12 | 0 | 5 |');
    // Not the "1" of "1.行政许可" nor of "2.其他 1"'s numbering: a number standing alone.
    expect(show(text, spans, 'd1')).toBe('97');
    expect(spans.get('d2')![0]).toBe(text.indexOf('其他 1') + 3);
    expect(show(text, spans, 'h2')).toBe('六、其他需要报告的事项');
  });

  it('gives a place the text does not show an empty span where it should be, so it is still counted', () => {
    const text = '一、总体情况\n| 申请 | 12 | 5 |\n六、其他需要报告的事项\n';
    const spans = locatePdfText(text, items);
    expect(show(text, spans, 'c1')).toBe('12');
    // c2 (0) is not in the table: an empty span after c1; c3 comes after it.
    const c1 = spans.get('c1')!;
    expect(spans.get('c2')).toEqual([c1[1], c1[1]]);
    expect(show(text, spans, 'c3')).toBe('5');
    // The sentences the product dropped: empty spans, in order.
    const s1 = spans.get('s1')!;
    expect(s1[0]).toBe(s1[1]);
    expect(spans.get('s2')![0]).toBe(spans.get('s2')![1]);
    expect(spans.get('d1')![0]).toBe(spans.get('d1')![1]);
    // Nothing read at all (a PDF the product refused): every place is there, empty, at the start.
    const none = locatePdfText('', items);
    expect([...none.keys()].sort()).toEqual(['c1', 'c2', 'c3', 'd1', 'd2', 'h1', 'h2', 'p1', 'p2', 's1', 's2', 'table.t1', 'table.t2']);
    expect([...none.values()].every(([a, b]) => a === 0 && b === 0)).toBe(true);
  });

  it('lists a report\'s places in reading order, the page header line only where the file shows it', () => {
    const truth = drawReport(new Rng('pdf:order'), 'o', '2021');
    const withMeta = readingOrder(truth, { meta: true });
    const without = readingOrder(truth, { meta: false });
    const meta = truth.doc.blocks.find((b) => b.kind === 'para' && b.role === 'meta')!;
    expect(withMeta.some((i) => i.kind === 'text' && i.ids.includes(meta.id))).toBe(true);
    expect(without.some((i) => i.kind === 'text' && i.ids.includes(meta.id))).toBe(false);
    const cells = withMeta.flatMap((i) => (i.kind === 'table' ? i.cells.map((c) => c.id) : []));
    expect(cells.sort()).toEqual([...truthCells(truth).keys()].sort());
  });
});
