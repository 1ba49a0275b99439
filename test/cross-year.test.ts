import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, lintReports } from '../src/lint.js';
import { agencyKey, previousReport, reportYear } from '../src/model/pairing.js';
import { rules } from '../rules/index.js';

const read = (f: string) => ({ filePath: f, text: readFileSync(new URL(`../${f}`, import.meta.url), 'utf8') });
const CROSS = ['carryover-continuity', 'year-over-year-reuse'];

describe('the 2022, 2023 and 2024 reports of 平潭综合实验区 linted together', () => {
  const txt = ['fixtures/corpus/r004.txt', 'fixtures/corpus/r019.txt', 'fixtures/corpus/r020.txt'];

  it('pairs each report with the one of the year before', () => {
    const analysed = txt.map((f) => analyse(read(f)));
    expect(analysed.map((r) => r.root.data.year?.value)).toEqual([2022, 2023, 2024]);
    const reports = analysed.map((r) => ({ agency: agencyKey(r.root), year: reportYear(r.root) }));
    expect(previousReport(reports[0]!, reports)).toBeUndefined();
    expect(previousReport(reports[1]!, reports)).toBe(reports[0]);
    expect(previousReport(reports[2]!, reports)).toBe(reports[1]);
    // Order of the inputs does not matter.
    expect(previousReport(reports[2]!, [reports[2]!, reports[0]!, reports[1]!])).toBe(reports[1]);
  });

  it('finds the carry-over continuous and the text not reused (text versions: 现行有效 split uncertain, so not compared)', () => {
    const results = lintReports(txt.map(read), { rules });
    for (const r of results) expect(r.messages.filter((m) => CROSS.includes(m.ruleId!))).toEqual([]);
  });

  it('warns that 现行有效件数 does not roll forward, pointing into last year’s file (HTML versions)', () => {
    const html = ['fixtures/corpus/html/r004.html', 'fixtures/corpus/html/r019.html', 'fixtures/corpus/html/r020.html'];
    const results = lintReports(html.map(read), { rules });
    const cross = results.map((r) => r.messages.filter((m) => CROSS.includes(m.ruleId!)));
    expect(cross[0]).toEqual([]);
    expect(cross[1]!.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([['carryover-continuity', 1, 1, 5379]]);
    expect(cross[1]![0]!.message).toBe('现行有效行政规范性文件 470 件，与上年 698 件 + 本年制发 77 件 − 本年废止 132 件 = 643 件相差 173 件');
    expect(cross[1]![0]!.related![0]).toMatchObject({ filePath: 'fixtures/corpus/html/r004.html', line: 43, column: 201 });
    expect(cross[2]!.map((m) => [m.ruleId, m.line, m.column])).toEqual([['carryover-continuity', 1, 5057]]);
    expect(cross[2]![0]!.related![0]!.filePath).toBe('fixtures/corpus/html/r019.html');
    const source = read('fixtures/corpus/html/r004.html').text.split('\n')[42]!;
    expect(source.slice(200, 203)).toBe('698');
  });

  it('does not compare reports of different agencies', () => {
    const results = lintReports([read('fixtures/seeds/002_968440a473f92860.txt'), read('fixtures/corpus/html/r019.html')], { rules });
    for (const r of results) expect(r.messages.filter((m) => CROSS.includes(m.ruleId!))).toEqual([]);
  });
});
