/**
 * Word documents: fixtures/corpus/docx/seed-00N.docx are seeds 001 and 002
 * drafted in Word (body paragraphs, the standard tables as real Word tables
 * with merged cells). They are converted by mammoth, read by the HTML front
 * end, and every finding names its paragraph or table cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/lint.js';
import { docxLocator, docxPlaces, docxToHtml, placeAt } from '../src/frontends/docx.js';
import { locationWords, messageText } from '../src/formatters/location.js';
import type { CellRef } from '../src/model/types.js';
import type { LintResult } from '../src/results.js';
import { runCli, tempTrees } from './cli/helpers.js';

const root = join(import.meta.dirname, '..');
const docx = (n: string) => readFileSync(join(root, 'fixtures', 'corpus', 'docx', `seed-${n}.docx`));
const TXT: Record<string, string> = { '001': '001_b6ebaffc46ffe707.txt', '002': '002_968440a473f92860.txt' };
const txt = (n: string) => readFileSync(join(root, 'fixtures', 'seeds', TXT[n]!), 'utf8');

/** A temp dir (no config file above it that matters) with the seed as .txt and as .docx. */
const tree = tempTrees();
const seedDir = (n: string) => tree({ [`seed-${n}.txt`]: txt(n), [`seed-${n}.docx`]: docx(n) });

const lintJson = async (dir: string, args: string[]) => JSON.parse((await runCli([...args, '-f', 'json'], dir)).stdout) as LintResult[];


describe('seed 002 as a Word document', () => {
  it('lints clean through the CLI', async () => {
    const r = await runCli(['seed-002.docx', '-f', 'json'], seedDir('002'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as LintResult[])[0]!.messages).toEqual([]);
  });
});

describe('seed 001 as a Word document', () => {
  it('gives the findings of the text version, each with the location of its paragraph or cell (JSON keeps the message as is)', async () => {
    const [fromTxt, fromDocx] = await lintJson(seedDir('001'), ['seed-001.txt', 'seed-001.docx']);
    const found = (r: LintResult) => r.messages.map((m) => `${m.ruleId} ${m.message}`).sort();
    expect(fromTxt!.messages).toHaveLength(13);
    expect(found(fromDocx!)).toEqual(found(fromTxt!));
    for (const m of fromDocx!.messages) expect(m.location).toBeDefined();
    for (const m of fromTxt!.messages) expect(m.location).toBeUndefined();
  });

  it('names the right places: paragraphs count from the title, cells as Word shows them', async () => {
    const [r] = await lintJson(seedDir('001'), ['seed-001.docx']);
    const where = r!.messages.map((m) => `${m.ruleId} ${JSON.stringify(m.location)}`);
    expect(where).toContain('malformed-date {"paragraph":2}');
    expect(where).toContain('placeholder {"paragraph":26}');
    // Table 三 is the second Word table; row 25 is （七）总计; 三、本年度办理结果 (merged down) is its first cell,
    // （七）总计 (merged across two columns) its second, so the 法律服务机构 and 其他 values are cells 7 and 8.
    expect(where.filter((w) => w.includes('table'))).toEqual(['table-sum {"table":2,"row":25,"column":7,"template":"applications"}']);
    const { html } = await docxToHtml(docx('001'));
    const row25 = html.split('<table>')[2]!.split('<tr>')[25]!;
    expect(row25).toMatch(/^<td colspan="2"><p>（七）总计<\/p>/);
    // Without the merged-down cell, Word's cells 7 and 8 are the 6th and 7th <td> of the row: the shifted 0 and 1.
    expect(row25.split('<td').slice(6, 8).map((c) => /<p>([^<]*)<\/p>/.exec(c)![1])).toEqual(['0', '1']);
    // The paragraph of each paragraph finding holds the flagged text.
    const paragraphs = [...html.replace(/<table>[\s\S]*?<\/table>/g, '').matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    for (const m of r!.messages) {
      if (m.location && 'paragraph' in m.location) expect(paragraphs[m.location.paragraph - 1]).toContain(html.slice(m.range![0], m.range![1]));
    }
  });

  it('names the place in words in every output format people read, and in English with --locale en', async () => {
    const dir = seedDir('001');
    for (const format of ['stylish', 'unix', 'compact', 'github', 'sarif', 'html']) {
      const out = (await runCli(['seed-001.docx', '-f', format], dir)).stdout;
      expect(out.match(/（(?:第\d+段|表三（文档中第\d+个表格）第\d+行第\d+列)）/g)!.length, format).toBeGreaterThanOrEqual(13);
      // The message names 表三; so does its place, never "表2" (the Word table count).
      expect(out, format).toContain('（表三（文档中第2个表格）第25行第7列）');
      expect(out, format).not.toMatch(/表\d/);
    }
    const en = (await runCli(['seed-001.docx', '--locale', 'en', '-f', 'unix'], dir)).stdout;
    expect(en.match(/ \((?:paragraph \d+|table 三 \(the document's table \d+\), row \d+, column \d+)\) \[/g)).toHaveLength(13);
    expect(en).toContain('Date lacks its year (年) and month (月) mark: "202011日" should read "2020年1月1日" (paragraph 2) [error/malformed-date]');
  });

  it('is never rewritten by --fix, and --fix-dry-run shows no diff for it', async () => {
    const dir = seedDir('001');
    const before = readFileSync(join(dir, 'seed-001.docx'));
    const fixed = await runCli(['seed-001.docx', '--fix', '-f', 'json'], dir);
    expect(fixed.stderr).toBe('');
    expect(fixed.code).toBe(1);
    expect(readFileSync(join(dir, 'seed-001.docx')).equals(before)).toBe(true);
    const dry = await runCli(['seed-001.docx', '--fix-dry-run', '-f', 'unix'], dir);
    expect(dry.stdout).not.toContain('@@');
  });

  it('reads a Word document from standard input named by --stdin-filename', async () => {
    const bytes = docx('001');
    const r = await runCli(['--stdin', '--stdin-filename', 'piped.docx', '-f', 'json'], seedDir('001'), { stdin: async () => bytes });
    const [result] = JSON.parse(r.stdout) as LintResult[];
    expect(result!.messages).toHaveLength(13);
    expect(result!.messages.every((m) => m.location)).toBe(true);
  });
});

/** The values of the standard tables, without positions. */
function tableValues(text: string, filePath: string) {
  const model = analyse({ filePath, text }).model;
  const values = (cells: CellRef[]) => cells.map((c) => [c.row, c.value.kind === 'number' ? c.value.value : c.value.kind]);
  return {
    applications: [...model.applications!.rows.values()].map((r) => [r.key, values(r.cells)]),
    unknownApplicationRows: model.applications!.unknownRows.length,
    review: model.review!.groups.map((g) => [g.key, values(g.cells)]),
    active: model.active!.items.map((i) => [i.item, i.rows.map((r) => [r.key, values(r.cells)])]),
    activeHeaders: model.active!.items.map((i) => i.header),
  };
}

describe('tables read from the Word documents', () => {
  it.each(['001', '002'])('seed %s: applications, review and active equal the text version', async (n) => {
    const fromDocx = tableValues((await docxToHtml(docx(n))).html, `seed-${n}.docx`);
    const fromTxt = tableValues(txt(n), `seed-${n}.txt`);
    expect(fromDocx.applications.length).toBeGreaterThan(20);
    const { activeHeaders: h1, ...a } = fromDocx;
    const { activeHeaders: h2, ...b } = fromTxt;
    expect(a).toEqual(b);
    // The only difference: seed 001's Word file heads 第二十条第（九）项 "采购总金额", the text "采购总金额(万元)".
    if (n === '002') expect(h1).toEqual(h2);
    else expect(h1.map((h) => h.join('|'))).toEqual(h2.map((h) => h.join('|').replace('采购总金额(万元)', '采购总金额')));
  });
});

describe('places in a document', () => {
  const html = '<p>title</p>\n<ul><li>a<ul><li>b</li></ul></li></ul>\n<table><tr><td rowspan="2">x</td><td colspan="2">y</td></tr>\n<tr><td>z</td><td>w</td></tr>\n</table>\n<h2>end</h2>\n';
  const places = docxPlaces(html);
  it('numbers paragraphs and list items outside tables, and cells as Word shows them', () => {
    expect(places.map((p) => p.location)).toEqual([
      { paragraph: 1 },
      { paragraph: 2 },
      { paragraph: 3 },
      { table: 1, row: 1, column: 1 },
      { table: 1, row: 1, column: 2 },
      { table: 1, row: 2, column: 2 },
      { table: 1, row: 2, column: 3 },
      { paragraph: 4 },
    ]);
  });
  it('maps an offset to the innermost place holding it, else the next one, else the last', () => {
    expect(placeAt(places, html.indexOf('b'))).toEqual({ paragraph: 3 });
    expect(placeAt(places, html.indexOf('a<ul>'))).toEqual({ paragraph: 2 });
    expect(placeAt(places, html.indexOf('<tr><td>z'))).toEqual({ table: 1, row: 2, column: 2 });
    expect(placeAt(places, html.length)).toEqual({ paragraph: 4 });
    expect(placeAt([], 0)).toBeUndefined();
  });
  it('reads a table nested in a cell as part of that cell', () => {
    const nested = '<table><tr><td>a</td><td><table><tr><td>n</td><td>m</td></tr></table></td></tr></table><p>after</p>';
    const inner = docxPlaces(nested);
    expect(inner.map((p) => p.location)).toEqual([{ table: 1, row: 1, column: 1 }, { table: 1, row: 1, column: 2 }, { paragraph: 1 }]);
    expect(placeAt(inner, nested.indexOf('m'))).toEqual({ table: 1, row: 1, column: 2 });
  });
});

describe('loading', () => {
  it('the conversion bundles for the browser (mammoth through its "browser" field) and converts an ArrayBuffer', async (ctx) => {
    const esbuild = await import('esbuild').catch(() => undefined);
    if (!esbuild) return ctx.skip();
    const dir = tree();
    await esbuild.build({
      entryPoints: [join(root, 'src', 'frontends', 'docx.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: dir,
      logLevel: 'silent',
    });
    const browser = (await import(join(dir, 'docx.js'))) as typeof import('../src/frontends/docx.js');
    const bytes = docx('002');
    const { html } = await browser.docxToHtml(new Uint8Array(bytes).buffer);
    expect(html).toBe((await docxToHtml(bytes)).html);
  }, 60_000);
});

describe('places in words', () => {
  it('name paragraphs, pages and table cells in Chinese and English', () => {
    expect(locationWords({ paragraph: 12 }, 'zh-CN')).toBe('第12段');
    expect(locationWords({ page: 3 }, 'zh-CN')).toBe('第3页');
    expect(locationWords({ table: 2, row: 3, column: 5 }, 'zh-CN')).toBe('文档中第2个表格第3行第5列');
    expect(locationWords({ table: 2, row: 25, column: 7, template: 'applications' }, 'zh-CN')).toBe('表三（文档中第2个表格）第25行第7列');
    expect(locationWords({ table: 1, row: 3, column: 2, template: 'active' }, 'zh-CN')).toBe('表二（文档中第1个表格）第3行第2列');
    expect(locationWords({ table: 4, row: 3, column: 2, template: 'review' }, 'en')).toBe("table 四 (the document's table 4), row 3, column 2");
    expect(locationWords({ paragraph: 12 }, 'en')).toBe('paragraph 12');
    expect(locationWords({ page: 3 }, 'en')).toBe('page 3');
    expect(locationWords({ table: 2, row: 3, column: 5 }, 'en')).toBe("the document's table 2, row 3, column 5");
  });

  it('follow the message of a finding that has a location, and only then', () => {
    const m = { ruleId: 'x', severity: 2 as const, message: '问题', line: 1, column: 1, endLine: 1, endColumn: 2 };
    expect(messageText({ ...m, location: { paragraph: 2 } }, 'zh-CN')).toBe('问题（第2段）');
    expect(messageText({ ...m, location: { page: 4 } }, 'en')).toBe('问题 (page 4)');
    expect(messageText(m, 'zh-CN')).toBe('问题');
  });

  it('docxLocator places an offset of the HTML as placeAt does', () => {
    const html = '<p>a</p>\n<table><tr><td>x</td><td>y</td></tr>\n</table>\n';
    const locate = docxLocator(html);
    expect(locate(html.indexOf('a'))).toEqual({ paragraph: 1 });
    expect(locate(html.indexOf('y'))).toEqual({ table: 1, row: 1, column: 2 });
  });
});
