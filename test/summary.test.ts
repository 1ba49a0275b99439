/**
 * The batch run of a supervising office over fixtures/ (seeds and corpus):
 * the html summary agrees with the json format, the progress bar and final
 * line appear only where they should, and Chromium renders the page (its
 * screenshot goes to test-output/summary.png).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorOf } from '../src/formatters/html-parts.js';
import type { FormatterContext, LintResult } from '../src/results.js';
import { html as htmlFormatter } from '../src/formatters/html.js';
import { lintReports } from '../src/lint.js';
import { rules } from '../rules/index.js';
import { discoverFiles } from '../src/cli/files.js';
import { readReport } from '../src/cli/read.js';
import { ruleInfos } from '../src/cli/context.js';
import { loadFrontEnd } from '../src/frontends/registry.js';
import { PROGRESS_MIN_FILES } from '../src/cli/progress.js';
import { runCli } from './cli/helpers.js';
import { attr, cells, find, hasClass, parsePage, tableRows, text, type Page } from './helpers/html-page.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test-output');
const SUMMARY = join(OUT, 'summary.html');
const CHROMIUM = '/usr/bin/chromium';

let json: LintResult[];
let fixtureResults: LintResult[];
let fixtureRules: FormatterContext['rules'];
let html: string;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const fromJson = await runCli(['fixtures', '--format', 'json'], ROOT);
  json = JSON.parse(fromJson.stdout) as LintResult[];
  const fromHtml = await runCli(['fixtures', '--format', 'html', '--output-file', 'test-output/summary.html', '--data-file', 'test-output/summary-data.csv', '--data-file', 'test-output/summary-data.xlsx'], ROOT);
  expect(fromHtml.stdout).toBe('');
  expect(fromHtml.code).toBe(fromJson.code);
  html = readFileSync(SUMMARY, 'utf8');
  page = parsePage(html);
  // The fixtures' results with their sources, for the summary of 1,000 reports.
  const inputs = [];
  for (const file of (await discoverFiles(['fixtures'], ROOT)).files) {
    const read = await readReport(file.absPath);
    if (read.ok && !/\.(pdf|docx)$/.test(file.displayPath)) inputs.push({ filePath: file.displayPath, text: read.text });
  }
  await Promise.all(['md', 'html'].map((f) => loadFrontEnd(f as 'md')));
  fixtureResults = lintReports(inputs, { rules });
  fixtureRules = ruleInfos({ locale: 'zh-CN' }, {});
}, 120_000);

describe('html summary over fixtures/', () => {
  /** The table rows by the file each shows, with the other files of the same report. */
  const rowsByFile = () => new Map(tableRows(page).map((r) => [attr(r, 'data-file')!, r]));
  const versionsOf = (row: ReturnType<typeof tableRows>[number]) => (attr(row, 'data-versions') ?? '').split('\n').filter(Boolean);

  it('lists every file of the json output once: as the file a report row shows, or as another file of that report', () => {
    expect(json.length).toBeGreaterThanOrEqual(25);
    const rows = tableRows(page);
    const listed = rows.flatMap((r) => [attr(r, 'data-file')!, ...versionsOf(r)]);
    expect(listed.sort()).toEqual(json.map((r) => r.filePath).sort());
    const byFile = new Map(json.map((r) => [r.filePath, r]));
    for (const row of rows) {
      const r = byFile.get(attr(row, 'data-file')!)!;
      expect(cells(row).slice(3, 6), r.filePath).toEqual([String(r.errorCount), String(r.warningCount), String(r.infoCount)]);
      // Each section lists exactly the findings of the file it shows; the other files have their own.
      const section = page.all.find((e) => e.tagName === 'details' && attr(e, 'id') === anchorOf(r.filePath))!;
      const own = find(section, (e) => e.tagName === 'li' && hasClass(e, 'finding')).filter((li) => attr(li, 'id')!.startsWith(`${anchorOf(r.filePath)}-`));
      expect(own, r.filePath).toHaveLength(r.messages.length);
      for (const other of versionsOf(row)) {
        const version = find(section, (e) => e.tagName === 'details' && attr(e, 'id') === anchorOf(other))[0]!;
        expect(find(version, (e) => e.tagName === 'li' && hasClass(e, 'finding')), other).toHaveLength(byFile.get(other)!.messages.length);
      }
    }
  });

  it('shows a report found in several formats once, through its Word version', () => {
    const row = rowsByFile().get('fixtures/corpus/docx/seed-001.docx')!;
    expect(versionsOf(row)).toContain('fixtures/seeds/001_b6ebaffc46ffe707.txt');
    expect(rowsByFile().has('fixtures/seeds/001_b6ebaffc46ffe707.txt')).toBe(false);
  });

  it('has header totals over the reports (each report once)', () => {
    const rows = tableRows(page);
    const shown = rows.map((r) => json.find((x) => x.filePath === attr(r, 'data-file'))!);
    const total = (key: 'errorCount' | 'warningCount' | 'infoCount') => shown.reduce((n, r) => n + r[key], 0);
    const cards = new Map(page.all.filter((e) => hasClass(e, 'card')).map((c) => [attr(c, 'data-total'), text(find(c, (e) => hasClass(e, 'n'))[0]!)]));
    expect(cards.get('报告')).toBe(String(rows.length));
    expect(cards.get('文件')).toBe(String(json.length));
    expect(cards.get('有错误的报告')).toBe(String(shown.filter((r) => r.errorCount > 0).length));
    expect(cards.get('错误')).toBe(String(total('errorCount')));
    expect(cards.get('警告')).toBe(String(total('warningCount')));
    expect(cards.get('提示')).toBe(String(total('infoCount')));
  });

  it('gives each agency with several years its history: the rules that fired each year', () => {
    const history = page.all.find((e) => attr(e, 'id') === 'history')!;
    const rows = find(history, (e) => e.tagName === 'tr' && attr(e, 'data-agency') !== undefined);
    const pingtan = rows.find((r) => attr(r, 'data-agency') === '平潭综合实验区')!;
    expect(pingtan).toBeDefined();
    const years = find(history, (e) => e.tagName === 'th' && /^\d{4}$/.test(text(e))).map(text);
    for (const year of ['2022', '2023', '2024']) expect(years).toContain(year);
    expect(find(pingtan, (e) => e.tagName === 'a').length).toBeGreaterThanOrEqual(3);
  });

  it('draws one bar per rule that fired in the reports shown, and only those, with its count', () => {
    const fired = new Map<string, number>();
    const shown = new Set(tableRows(page).map((r) => attr(r, 'data-file')));
    for (const m of json.filter((r) => shown.has(r.filePath)).flatMap((r) => r.messages)) if (m.ruleId) fired.set(m.ruleId, (fired.get(m.ruleId) ?? 0) + 1);
    const bars = page.all.filter((e) => e.tagName === 'g' && hasClass(e, 'bar'));
    expect(bars.map((b) => attr(b, 'data-rule')).sort()).toEqual([...fired.keys()].sort());
    for (const bar of bars) expect(text(find(bar, (e) => hasClass(e, 'count'))[0]!)).toBe(String(fired.get(attr(bar, 'data-rule')!)));
  });

  it('has anchors that resolve and no external resource', () => {
    const ids = new Set(page.all.map((e) => attr(e, 'id')).filter((id) => id !== undefined));
    for (const e of page.all) {
      expect(attr(e, 'src'), e.tagName).toBeUndefined();
      const href = attr(e, 'href');
      if (href === undefined) continue;
      if (href.startsWith('#')) expect(ids.has(href.slice(1)), href).toBe(true);
      else expect(href, 'only rule docs and data files are links').toMatch(/^https:\/\/github\.com\/report-lint\/report-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md$|^summary-data\.(csv|xlsx)$/);
    }
    expect(page.all.filter((e) => ['link', 'img', 'iframe', 'object', 'embed'].includes(e.tagName))).toEqual([]);
  });

  it('is in English with --locale en', async () => {
    const run = await runCli(['fixtures', '--format', 'html', '--locale', 'en'], ROOT);
    const en = parsePage(run.stdout);
    expect(attr(en.all.find((e) => e.tagName === 'html')!, 'lang')).toBe('en');
    expect(tableRows(en)).toHaveLength(tableRows(page).length);
    expect(run.stdout).toContain('Findings per rule');
  }, 60_000);
});

describe('progress bar and final line', () => {
  // The seeds and the corpus (more than PROGRESS_MIN_FILES files, without the slower PDFs) show the bar and the
  // final line as well as every fixture would.
  const FILES = ['fixtures/seeds', 'fixtures/corpus'];
  let some: LintResult[];
  beforeAll(async () => {
    some = JSON.parse((await runCli([...FILES, '--format', 'json'], ROOT)).stdout) as LintResult[];
  });

  it('draw the bar on a terminal stderr and clear it; the json stdout stays pure, without a final line', async () => {
    const run = await runCli([...FILES, '--format', 'json'], ROOT, { stderrIsTTY: true, stderrColumns: 60 });
    expect(JSON.parse(run.stdout)).toEqual(some);
    expect(run.stderr).toMatch(/\r\x1b\[K检查 \[#*-*\] \d+\/\d+ /);
    expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
    for (const line of run.stderr.split('\r\x1b[K')) expect(line.length).toBeLessThan(60);
    expect(run.stderr).not.toContain('检查了');
  }, 60_000);

  it('print neither on a pipe', async () => {
    const run = await runCli(FILES, ROOT);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('检查了');
  }, 60_000);

  it('end a terminal run of a text format with files, errors, warnings and time', async () => {
    const run = await runCli([...FILES, '--format', 'html', '--output-file', 'test-output/summary-tty.html'], ROOT, { stderrIsTTY: true });
    const errors = some.reduce((n, r) => n + r.errorCount, 0);
    const warnings = some.reduce((n, r) => n + r.warningCount, 0);
    expect(some.length).toBeGreaterThan(PROGRESS_MIN_FILES);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`\\r\\x1b\\[K检查了 ${some.length} 个文件：${errors} 个错误，${warnings} 个警告，用时 \\d+\\.\\d 秒\\n$`));
    const en = await runCli(['fixtures/corpus/r004.txt', 'fixtures/corpus/r005.md', '--locale', 'en'], ROOT, { stderrIsTTY: true });
    expect(en.stderr).toMatch(/^Checked 2 files: 0 errors, 3 warnings in \d+\.\d s\n$/);
  }, 60_000);
});

describe('data files written in the same run', () => {
  it('are linked from the summary, relative to it', () => {
    const links = page.all.filter((e) => e.tagName === 'a' && hasClass(e, 'data-link')).map((a) => attr(a, 'href'));
    expect(links).toEqual(['summary-data.xlsx', 'summary-data.csv']);
    expect(existsSync(join(OUT, 'summary-data.xlsx'))).toBe(true);
    expect(readFileSync(join(OUT, 'summary-data.csv'), 'utf8').startsWith('\uFEFF文件,标题,机关')).toBe(true);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the summary in Chromium', () => {
  // One headless Chromium (from Debian's package) for both pages.
  let browser: import('playwright-core').Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(() => browser?.close());

  it('shows one row per report, sorts by a column, filters, loads nothing, and is saved as test-output/summary.png', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    tab.on('request', (r) => requests.push(r.url()));
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.goto(`file://${SUMMARY}`);
    const reports = tableRows(page).length;
    expect(await tab.locator('#reports tbody tr').count()).toBe(reports);
    expect(requests).toEqual([`file://${SUMMARY}`]);
    expect(problems).toEqual([]);

    // The script made the headers buttons: sort by errors, most first.
    const errorsHeader = tab.locator('#reports thead th').nth(3);
    await errorsHeader.locator('button').click();
    await errorsHeader.locator('button').click();
    expect(await errorsHeader.getAttribute('aria-sort')).toBe('descending');
    const counts = (await tab.locator('#reports tbody tr td:nth-child(4)').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    // The filters: one agency, then a rule, then a search word; each narrows the rows and the sections alike.
    await tab.selectOption('#filters select[name=agency]', '平潭综合实验区');
    expect(await tab.locator('#reports tbody tr:visible').count()).toBe(4);
    expect(await tab.locator('#sections > details:visible').count()).toBe(4);
    expect(await tab.locator('#filters output').textContent()).toBe(`显示 4 / ${reports} 份报告`);
    await tab.click('#filters button[type=reset]');
    await tab.selectOption('#filters select[name=rule]', 'malformed-date');
    const withRule = tableRows(page).filter((r) => (attr(r, 'data-rules') ?? '').split(' ').includes('malformed-date')).length;
    expect(await tab.locator('#reports tbody tr:visible').count()).toBe(withRule);
    await tab.fill('#filters input[name=q]', '201841号');
    expect(await tab.locator('#sections > details:visible').count()).toBe(1);
    await tab.click('#filters button[type=reset]');
    expect(await tab.locator('#reports tbody tr:visible').count()).toBe(reports);

    // Over 20 reports the sections start closed; a link to a finding opens its section.
    expect(await tab.locator('#sections > details[open]').count()).toBe(0);
    await tab.locator('#reports tbody tr td.worst a').first().click();
    expect(await tab.locator('#sections > details[open]').count()).toBe(1);

    // Printed: no sort arrows or filters, a page break before each report with findings, every section open.
    await tab.emulateMedia({ media: 'print' });
    const arrow = await tab.evaluate(() => getComputedStyle(document.querySelector('button.sort')!, '::after').display);
    expect(arrow).toBe('none');
    expect(await tab.evaluate(() => getComputedStyle(document.getElementById('filters')!).display)).toBe('none');
    const breaks = await tab.evaluate(() => getComputedStyle(document.querySelector('details.report.has-findings')!).breakBefore);
    expect(breaks).toBe('page');
    await tab.emulateMedia({ media: 'screen' });

    await tab.goto(`file://${SUMMARY}`);
    await tab.screenshot({ path: join(OUT, 'summary.png'), fullPage: true });
    expect(existsSync(join(OUT, 'summary.png'))).toBe(true);
    await tab.close();
  }, 120_000);

  it('stays usable at 1,000 reports: a short page, filters and search that answer at once (test-output/summary-1000.png)', async () => {
    const { results, context } = thousandReports();
    const started = performance.now();
    const out = htmlFormatter(results, context);
    const formatMs = performance.now() - started;
    writeFileSync(join(OUT, 'summary-1000.html'), out);
    expect(formatMs).toBeLessThan(60_000);
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.goto(`file://${join(OUT, 'summary-1000.html')}`);
    expect(problems).toEqual([]);
    expect(await tab.locator('#reports tbody tr').count()).toBe(1000);
    // Sections are closed and shown 50 at a time: the page stays a few screens long.
    expect(await tab.locator('#sections > details:visible').count()).toBe(50);
    expect(await tab.locator('#sections > details[open]').count()).toBe(0);
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(9000);
    await tab.click('#more');
    expect(await tab.locator('#sections > details:visible').count()).toBe(100);
    // One agency's three years.
    await tab.selectOption('#filters select[name=agency]', '测试县007');
    expect(await tab.locator('#reports tbody tr:visible').count()).toBe(3);
    expect(await tab.locator('#sections > details:visible').count()).toBe(3);
    // A search over 1,000 reports' messages answers within a moment.
    await tab.click('#filters button[type=reset]');
    const searched = await tab.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#filters input[name=q]')!;
      const t0 = performance.now();
      input.value = '测试县123';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return { ms: performance.now() - t0, rows: Array.from(document.querySelectorAll<HTMLElement>('#reports tbody tr')).filter((r) => !r.hidden).length };
    });
    expect(searched.rows).toBe(3);
    expect(searched.ms).toBeLessThan(2000);
    await tab.click('#filters button[type=reset]');
    await tab.screenshot({ path: join(OUT, 'summary-1000.png'), fullPage: true });
    await tab.close();
  }, 180_000);
});

/**
 * 1,000 results made from the fixtures' own (with their sources, so code
 * frames show): 334 agencies × three years, each a copy of a fixture result.
 */
function thousandReports(): { results: LintResult[]; context: FormatterContext } {
  const base = fixtureResults.filter((r) => r.report?.kind !== 'not-report');
  const results = Array.from({ length: 1000 }, (_, i) => {
    const r = base[i % base.length]!;
    const agency = `测试县${String(Math.floor(i / 3)).padStart(3, '0')}`;
    const year = 2021 + (i % 3);
    return { ...r, filePath: `batch/${agency}/${year}.txt`, report: { title: `${agency}${year}年政府信息公开工作年度报告`, agency, year, template: '2021' as const, kind: 'report' as const } };
  });
  return { results, context: { cwd: ROOT, locale: 'zh-CN', color: false, rules: fixtureRules, version: '0.1.0' } };
}

if (!existsSync(CHROMIUM)) console.warn(`summary.test.ts: ${CHROMIUM} is missing, so the browser test is skipped (apt-get install -y chromium)`);
