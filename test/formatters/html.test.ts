import { describe, expect, it } from 'vitest';
import { html } from '../../src/formatters/html.js';
import { anchorOf } from '../../src/formatters/html-parts.js';
import type { LintMessage, LintResult } from '../../src/results.js';
import { attr, cells, find, hasClass, parsePage, tableRows, text } from '../helpers/html-page.js';
import { balance, context, fatal, sampleResults } from './fixtures.js';

function result(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  const count = (s: number) => messages.filter((m) => m.severity === s).length;
  return {
    filePath,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    infoCount: count(3),
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...extra,
  };
}

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('html formatter', () => {
  it('is one page with a Content Security Policy that allows no resource, in Chinese by default', () => {
    const out = html(sampleResults(), context());
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(out).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    );
    expect(out).toContain('政府信息公开工作年度报告检查汇总');
    expect(out).toContain('最严重的问题');
    expect(out).toContain('@media print');
    expect(out.endsWith('</html>\n')).toBe(true);
  });

  it('switches to English with the en locale', () => {
    const out = html(sampleResults(), context({ locale: 'en' }));
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('Most serious finding');
    expect(out).not.toContain('最严重的问题');
  });

  it('loads nothing: no src, no stylesheet links, only # anchors and the rules docs as hrefs', () => {
    const ctx = context();
    const page = parsePage(html(sampleResults(), ctx));
    const docs = new Set(Object.values(ctx.rules).map((r) => r.url));
    expect(page.all.filter((e) => attr(e, 'src') !== undefined)).toEqual([]);
    expect(page.all.filter((e) => e.tagName === 'link' || e.tagName === 'img' || e.tagName === 'iframe')).toEqual([]);
    for (const e of page.all) {
      const href = attr(e, 'href');
      if (href === undefined) continue;
      expect(e.tagName).toBe('a');
      expect(href.startsWith('#') || docs.has(href), href).toBe(true);
    }
    const style = page.all.filter((e) => e.tagName === 'style').map(text).join('');
    expect(style).not.toMatch(/url\(|@import|@font-face/);
    // The long-line-rule has no docs URL: its id is shown without a link.
    expect(page.all.some((e) => e.tagName === 'a' && attr(e, 'href') === '')).toBe(false);
  });

  it('escapes report text, messages and paths: a report containing <script> stays text', () => {
    const source = `标题\n${HOSTILE}正文`;
    const m: LintMessage = { ruleId: 'term-style', severity: 2, message: `消息 ${HOSTILE}`, line: 2, column: 1, endLine: 2, endColumn: 9 };
    const r = result(`a"&<b>.txt`, [m], { source, report: { title: HOSTILE, agency: HOSTILE, year: 2023, template: '2021', kind: 'report' } });
    const out = html([r], context());
    const page = parsePage(out);
    expect(page.all.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(page.all.filter((e) => e.tagName === 'img' || e.tagName === 'b')).toEqual([]);
    expect(page.all.some((e) => e.properties.onError !== undefined)).toBe(false);
    const mark = page.all.find((e) => e.tagName === 'mark')!;
    expect(text(mark)).toBe('<script>');
    expect(text(page.root)).toContain(`消息 ${HOSTILE}`);
    expect(tableRows(page).map((row) => attr(row, 'data-file'))).toEqual([`a"&<b>.txt`]);
  });

  it('lists every report once in the table with its counts and most serious finding, linked to its anchors', () => {
    const page = parsePage(html(sampleResults(), context()));
    const rows = tableRows(page);
    // Sorted by agency (none here), then year (read from the title), then path.
    expect(rows.map((r) => attr(r, 'data-file'))).toEqual(['reports/2023年报告.md', '/elsewhere/outside.md', 'clean.md']);
    const byFile = new Map(rows.map((r) => [attr(r, 'data-file'), cells(r)]));
    expect(byFile.get('reports/2023年报告.md')!.slice(3, 6)).toEqual(['1', '1', '1']);
    expect(byFile.get('reports/2023年报告.md')![6]).toContain('收到申请数 与办结数不一致');
    expect(byFile.get('clean.md')![6]).toBe('未发现问题。');
    const ids = new Set(page.all.map((e) => attr(e, 'id')).filter((id) => id !== undefined));
    const anchors = page.all.map((e) => attr(e, 'href')).filter((h): h is string => h?.startsWith('#') ?? false);
    expect(anchors.length).toBeGreaterThan(6);
    for (const a of anchors) expect(ids.has(a.slice(1)), a).toBe(true);
    const worstLink = find(rows.find((r) => attr(r, 'data-file') === 'reports/2023年报告.md')!, (e) => e.tagName === 'a').pop()!;
    expect(attr(worstLink, 'href')).toBe(`#${anchorOf('reports/2023年报告.md')}-1`);
  });

  it('derives stable, distinct anchors from the paths', () => {
    expect(anchorOf('fixtures/corpus/r004.txt')).toBe(anchorOf('fixtures/corpus/r004.txt'));
    expect(anchorOf('a/b.txt')).not.toBe(anchorOf('a-b.txt'));
    expect(anchorOf('报告/2023 年.md')).toMatch(/^r-报告-2023-年\.md-[0-9a-f]{8}$/);
  });

  it('draws one bar per rule that fired, with its count; tool problems get none', () => {
    const page = parsePage(html(sampleResults(), context()));
    const bars = page.all.filter((e) => e.tagName === 'g' && hasClass(e, 'bar'));
    expect(bars.map((b) => attr(b, 'data-rule')).sort()).toEqual(['application-balance', 'long-line-rule', 'term-style']);
    const balanceBar = bars.find((b) => attr(b, 'data-rule') === 'application-balance')!;
    expect(text(balanceBar)).toContain('申请收支平衡');
    expect(find(balanceBar, (e) => hasClass(e, 'count')).map(text)).toEqual(['1']);
    const onlyFatal = parsePage(html([result('x.txt', [fatal])], context()));
    expect(onlyFatal.all.filter((e) => e.tagName === 'g' && hasClass(e, 'bar'))).toEqual([]);
  });

  it('shows code frames with the finding marked (long lines windowed) and related places', () => {
    const page = parsePage(html(sampleResults(), context()));
    const marks = page.all.filter((e) => e.tagName === 'mark').map(text);
    expect(marks).toContain('120');
    expect(marks).toContain('118');
    expect(marks).toContain('ABC');
    const frames = page.all.filter((e) => e.tagName === 'pre' && hasClass(e, 'frame')).map(text);
    expect(Math.max(...frames.map((f) => f.length))).toBeLessThan(120);
    expect(text(page.root)).toContain('办结数在此');
  });

  it('links related places in other files to their sections', () => {
    const m: LintMessage = { ...balance, related: [{ filePath: 'b.txt', line: 1, column: 1, endLine: 1, endColumn: 2, message: '上一年' }] };
    const page = parsePage(html([result('a.txt', [m], { source: '' }), result('b.txt', [], { source: 'x' })], context()));
    const related = page.all.find((e) => e.tagName === 'ul' && hasClass(e, 'related'))!;
    expect(find(related, (e) => e.tagName === 'a').map((a) => attr(a, 'href'))).toEqual([`#${anchorOf('b.txt')}`]);
  });

  it('orders reports by agency and year, reading the data from the source when the result lacks it', () => {
    const report = (agency: string, year: number) => `${agency}${year}年政府信息公开工作年度报告\n\n正文。\n`;
    const results = [
      result('c.txt', [], { source: '无标题。' }),
      result('b.txt', [], { source: report('北京市海淀区人民政府', 2023) }),
      result('a.txt', [], { report: { title: null, agency: '北京市海淀区人民政府', year: 2022, template: '2021', kind: 'report' } }),
      result('d.txt', [], { report: { title: null, agency: '安徽省人民政府', year: 2024, template: null, kind: 'report' } }),
    ];
    const rows = tableRows(parsePage(html(results, context())));
    expect(rows.map((r) => attr(r, 'data-file'))).toEqual(['d.txt', 'a.txt', 'b.txt', 'c.txt']);
    expect(cells(rows[2]!).slice(0, 2)).toEqual(['北京市海淀区人民政府b.txt', '2023']);
    expect(cells(rows[1]!)[2]).toBe('2021 年版');
  });

  it('is still a page for no results', () => {
    const page = parsePage(html([], context()));
    expect(tableRows(page)).toEqual([]);
    expect(text(page.root)).toContain('没有发现问题。');
  });

  it('makes one entry of the files of one report (same folder and name, or same agency, year and title), shown through the Word file', () => {
    const meta = { title: '甲市2023年政府信息公开工作年度报告', agency: '甲市', year: 2023, template: '2021' as const, kind: 'report' as const };
    const results = [
      result('a/甲市.txt', [balance], { report: meta }),
      result('a/甲市.docx', [], { report: meta }),
      result('b/copy.pdf', [balance, balance], { report: meta }),
      result('a/乙市.txt', [], { report: { ...meta, agency: '乙市', title: '乙市2023年政府信息公开工作年度报告' } }),
    ];
    const page = parsePage(html(results, context()));
    const rows = tableRows(page);
    expect(rows.map((r) => [attr(r, 'data-file'), attr(r, 'data-versions')])).toEqual([
      ['a/甲市.docx', 'a/甲市.txt\nb/copy.pdf'],
      ['a/乙市.txt', undefined],
    ]);
    const cardsOf = new Map(page.all.filter((e) => hasClass(e, 'card')).map((c) => [attr(c, 'data-total'), text(find(c, (e) => hasClass(e, 'n'))[0]!)]));
    expect([cardsOf.get('报告'), cardsOf.get('文件'), cardsOf.get('错误')]).toEqual(['2', '4', '0']);
    // The other files keep their own findings, in their own closed sections.
    const pdf = page.all.find((e) => e.tagName === 'details' && attr(e, 'id') === anchorOf('b/copy.pdf'))!;
    expect(find(pdf, (e) => hasClass(e, 'finding'))).toHaveLength(2);
  });

  it('lists files that are not reports apart, out of the counts', () => {
    const readme = result('README.md', [], { report: { title: null, agency: null, year: null, template: null, kind: 'not-report' } });
    const page = parsePage(html([readme, result('a.txt', [balance])], context()));
    expect(tableRows(page).map((r) => attr(r, 'data-file'))).toEqual(['a.txt']);
    const apart = page.all.find((e) => attr(e, 'id') === 'not-reports')!;
    expect(text(apart)).toContain('不是年度报告的文件');
    expect(text(apart)).toContain('README.md');
  });

  it('opens the sections of up to 20 reports, and closes them beyond', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => result(`r${i}.txt`, [balance]));
    const open = (n: number) => parsePage(html(many(n), context())).all.filter((e) => e.tagName === 'details' && hasClass(e, 'report') && attr(e, 'open') !== undefined).length;
    expect(open(20)).toBe(20);
    expect(open(21)).toBe(0);
  });

  it('links the data files of the same run', () => {
    const page = parsePage(html([result('a.txt', [])], context({ outputs: { csv: 'data/年报.csv', xlsx: 'data/年报.xlsx' } })));
    expect(page.all.filter((e) => hasClass(e, 'data-link')).map((a) => [attr(a, 'href'), text(a)])).toEqual([
      ['data/%E5%B9%B4%E6%8A%A5.xlsx', 'data/年报.xlsx'],
      ['data/%E5%B9%B4%E6%8A%A5.csv', 'data/年报.csv'],
    ]);
  });
});
