/**
 * `report-lint extract --format xlsx`: the workbook opened with exceljs and
 * checked cell by cell against the JSON records and the lint results — one
 * row per report in 概况/表二/表三/表四, frozen header rows, numbers as
 * numbers, rates as percentages, the findings of every report, and the
 * expected agencies without a report (--expect).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVE_CSV_ROWS, APPLICATION_ROWS } from '../../src/extract/csv.js';
import { indicators } from '../../src/extract/indicators.js';
import type { ExtractRecord } from '../../src/extract/record.js';
import type { LintResult } from '../../src/results.js';
import { runCli } from '../cli/helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PATHS = ['fixtures/seeds', 'fixtures/corpus/html/r004.html', 'fixtures/corpus/html/r019.html'];
const TEMPLATE: Record<string, string> = { '2021': '2021年版', '2019': '2019年试行版', pre2019: '2019年以前' };

let dir: string;
let book: ExcelJS.Workbook;
let records: ExtractRecord[];
let results: LintResult[];
let stderr: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-lint-xlsx-'));
  writeFileSync(join(dir, 'units.txt'), '\uFEFF# 应报单位\n海林市人民政府\n平潭综合实验区\n\n不存在县\n海林市\n');
  const run = await runCli(['extract', '-f', 'xlsx', '-o', join(dir, 'out/data.xlsx'), '--expect', join(dir, 'units.txt'), '--year', '2022', ...PATHS], ROOT);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe('');
  stderr = run.stderr;
  records = JSON.parse((await runCli(['extract', ...PATHS], ROOT)).stdout) as ExtractRecord[];
  results = JSON.parse((await runCli([...PATHS, '-f', 'json'], ROOT)).stdout) as LintResult[];
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'out/data.xlsx'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The values of a row from column 1 on (exceljs rows are 1-based with a hole at 0). */
function values(ws: ExcelJS.Worksheet, n: number, width: number): unknown[] {
  const row = ws.getRow(n);
  return Array.from({ length: width }, (_, i) => {
    const v = row.getCell(i + 1).value;
    return v === undefined ? null : v;
  });
}

const ids = (r: ExtractRecord) => [r.filePath, r.agency, r.year, r.template ? TEMPLATE[r.template] : null];

describe('the workbook', () => {
  it('has the sheets in order, each with frozen header rows', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['概况', '表二', '表三', '表四', '附表', '问题', '未见报告', '说明']);
    const frozen = (name: string) => book.getWorksheet(name)!.views[0] as { state: string; ySplit: number; xSplit: number };
    expect(frozen('表三')).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 4 });
    expect(frozen('表四')).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 4 });
    expect(frozen('概况')).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(frozen('问题')).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('概况: one row per report with its data, indicators as percentages and finding counts', () => {
    const ws = book.getWorksheet('概况')!;
    expect(values(ws, 1, 15)).toEqual(['文件', '机关', '年度', '模板', '标题', '统计期限起', '统计期限止', '发布日期', '纠错率', '申请办结率', '公开率', '错误', '警告', '提示', '需要核对的单元格']);
    expect(ws.rowCount).toBe(records.length + 1);
    records.forEach((r, i) => {
      const rates = indicators(r);
      const result = results.find((x) => x.filePath === r.filePath)!;
      expect(values(ws, i + 2, 15), r.filePath).toEqual([
        ...ids(r), r.title, r.period?.start ?? null, r.period?.end ?? null, r.published,
        rates.correction_rate, rates.completion_rate, rates.disclosure_rate,
        result.errorCount, result.warningCount, result.infoCount, r.uncertain.length,
      ]);
    });
    expect(ws.getColumn(10).numFmt).toBe('0.0%');
    // At least one report has every rate, so the percentages are really there.
    expect(records.some((r) => Object.values(indicators(r)).every((v) => typeof v === 'number'))).toBe(true);
  });

  it('表三: the row words over the column words, then every value of every report as a number', () => {
    const ws = book.getWorksheet('表三')!;
    const width = 4 + APPLICATION_ROWS.length * 7;
    const top = values(ws, 1, width);
    const bottom = values(ws, 2, width);
    expect(top.slice(0, 12)).toEqual(['文件', '机关', '年度', '模板', ...Array(7).fill('本年新收'), '上年结转']);
    expect(bottom.slice(4, 11)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(top[4 + 4 * 7]).toBe('不予公开/属于国家秘密');
    records.forEach((r, i) => {
      const row = values(ws, i + 3, width);
      expect(row.slice(0, 4)).toEqual(ids(r));
      APPLICATION_ROWS.forEach((key, k) => {
        for (let c = 0; c < 7; c++) expect(row[4 + k * 7 + c], `${r.filePath} ${key} ${c}`).toEqual(r.tables.applications?.rows[key]?.[c] ?? null);
      });
    });
    const numbers = records.flatMap((r, i) => values(ws, i + 3, width).slice(4)).filter((v) => v !== null);
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.every((v) => typeof v === 'number' || typeof v === 'string')).toBe(true);
    expect(numbers.filter((v) => typeof v === 'number').length).toBeGreaterThan(numbers.length * 0.9);
  });

  it('表二 and 表四: every value of every report', () => {
    const two = book.getWorksheet('表二')!;
    const width2 = 4 + ACTIVE_CSV_ROWS.reduce((n, [, w]) => n + w, 0);
    expect(values(two, 1, 6).slice(4)).toEqual(['规章', '规章']);
    expect(values(two, 2, 5)[4]).toBe('本年制发件数（试行版：本年新制作数量）');
    const four = book.getWorksheet('表四')!;
    expect(values(four, 1, 10).slice(4)).toEqual(Array(5).fill('行政复议').concat(['行政诉讼（未经复议直接起诉）']));
    expect(values(four, 2, 9).slice(4)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    records.forEach((r, i) => {
      const active = (r.tables.active ?? []).flatMap((item) => item.rows);
      const expected2 = ACTIVE_CSV_ROWS.flatMap(([key, w]) => Array.from({ length: w }, (_, n) => active.find((x) => x.key === key)?.cells[n] ?? null));
      expect(values(two, i + 3, width2), r.filePath).toEqual([...ids(r), ...expected2]);
      const review = r.tables.review;
      const expected4 = (['review', 'litigation_direct', 'litigation_after_review'] as const).flatMap((g) => (review ? review[g] : Array(5).fill(null)));
      expect(values(four, i + 3, 19), r.filePath).toEqual([...ids(r), ...expected4]);
    });
  });

  it('附表: one row per row of a pre-2019 table', () => {
    const ws = book.getWorksheet('附表')!;
    const legacy = records.flatMap((r) => (r.tables.legacy ?? []).map((row) => ({ r, row })));
    expect(legacy.length).toBeGreaterThan(0);
    expect(ws.rowCount).toBe(legacy.length + 1);
    legacy.forEach(({ r, row }, i) => {
      const got = values(ws, i + 2, 6 + row.cells.length);
      expect(got, r.filePath).toEqual([...ids(r), row.label, row.unit ?? null, ...row.cells]);
    });
  });

  it('问题: every finding of every report, as the json format gives it', () => {
    const ws = book.getWorksheet('问题')!;
    expect(values(ws, 1, 9)).toEqual(['文件', '机关', '年度', '行', '列', '位置', '级别', '规则', '说明']);
    const order = records.map((r) => r.filePath);
    const findings = [...results].sort((a, b) => order.indexOf(a.filePath) - order.indexOf(b.filePath)).flatMap((r) => r.messages.map((m) => ({ r, m })));
    expect(ws.rowCount).toBe(findings.length + 1);
    findings.forEach(({ r, m }, i) => {
      const row = values(ws, i + 2, 9);
      expect([row[0], row[3], row[4], row[6], row[7], row[8]]).toEqual([r.filePath, m.line, m.column, { 2: '错误', 1: '警告', 3: '提示' }[m.severity], m.ruleId, m.message]);
    });
  });

  it('未见报告: the expected agencies without a report of the year, names compared without 人民政府 and said once', () => {
    const ws = book.getWorksheet('未见报告')!;
    expect([values(ws, 1, 2), values(ws, 2, 2), values(ws, 3, 2)]).toEqual([['机关', '年度'], ['海林市人民政府', 2022], ['不存在县', 2022]]);
    expect(ws.rowCount).toBe(3);
    expect(stderr).toBe('report-lint: 2 个单位没有 2022 年度的报告：海林市人民政府、不存在县\n');
  });

  it('says how the indicators are computed', () => {
    const ws = book.getWorksheet('说明')!;
    expect(values(ws, 2, 2)).toEqual(['纠错率', '表四 结果纠正之和 ÷ (结果维持 + 结果纠正 + 其他结果)之和，行政复议与两类行政诉讼合计']);
  });
});

describe('extract --format xlsx arguments', () => {
  it('needs -o, and --keys gives machine keys as one header row', async () => {
    const none = await runCli(['extract', '-f', 'xlsx', 'fixtures/seeds'], ROOT);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('report-lint: xlsx 是二进制文件，请用 -o 指定要写入的文件（如 -o 年报数据.xlsx）\n');
    const keyed = await runCli(['extract', '-f', 'xlsx', '--keys', '-o', join(dir, 'keys.xlsx'), 'fixtures/seeds/002_968440a473f92860.txt'], ROOT);
    expect(keyed.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'keys.xlsx'));
    const ws = wb.getWorksheet('表三')!;
    expect(values(ws, 1, 6)).toEqual(['filePath', 'agency', 'year', 'template', 'applications.new.natural', 'applications.new.commercial']);
    expect(values(ws, 2, 4)).toEqual(['fixtures/seeds/002_968440a473f92860.txt', '攀枝花市西区', 2022, '2021']);
    expect((ws.views[0] as { ySplit: number }).ySplit).toBe(1);
    const bad = await runCli(['extract', '--year', '22', 'fixtures/seeds'], ROOT);
    expect(bad.stderr).toBe('report-lint: 无效的 --year 值：22（应为四位年份，如 2023）\n');
  }, 60_000);
});
