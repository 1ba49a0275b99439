/**
 * The batch run of a supervising office over fixtures/ (seeds and corpus):
 * the html summary agrees with the json format, the progress bar and final
 * line appear only where they should, and Chromium renders the page (its
 * screenshot goes to test-output/summary.png).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorOf } from '../src/formatters/html-parts.js';
import type { LintResult } from '../src/results.js';
import { runCli } from './cli/helpers.js';
import { attr, cells, find, hasClass, parsePage, tableRows, text, type Page } from './helpers/html-page.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test-output');
const SUMMARY = join(OUT, 'summary.html');
const CHROMIUM = '/usr/bin/chromium';

let json: LintResult[];
let html: string;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const fromJson = await runCli(['fixtures', '--format', 'json'], ROOT);
  json = JSON.parse(fromJson.stdout) as LintResult[];
  const fromHtml = await runCli(['fixtures', '--format', 'html', '--output-file', 'test-output/summary.html'], ROOT);
  expect(fromHtml.stdout).toBe('');
  expect(fromHtml.code).toBe(fromJson.code);
  html = readFileSync(SUMMARY, 'utf8');
  page = parsePage(html);
}, 120_000);

describe('html summary over fixtures/', () => {
  it('lists every file of the json output once, with the same error, warning and info counts', () => {
    expect(json.length).toBeGreaterThanOrEqual(25);
    const rows = tableRows(page);
    expect(rows.map((r) => attr(r, 'data-file')).sort()).toEqual(json.map((r) => r.filePath).sort());
    const byFile = new Map(rows.map((r) => [attr(r, 'data-file')!, cells(r)]));
    for (const r of json) {
      const row = byFile.get(r.filePath)!;
      expect(row.slice(3, 6), r.filePath).toEqual([String(r.errorCount), String(r.warningCount), String(r.infoCount)]);
      // Each section lists exactly the file's findings.
      const section = page.all.find((e) => e.tagName === 'section' && attr(e, 'id') === anchorOf(r.filePath))!;
      expect(find(section, (e) => e.tagName === 'li' && hasClass(e, 'finding')), r.filePath).toHaveLength(r.messages.length);
    }
  });

  it('has header totals equal to the json sums', () => {
    const total = (key: 'errorCount' | 'warningCount' | 'infoCount') => json.reduce((n, r) => n + r[key], 0);
    const cards = new Map(page.all.filter((e) => hasClass(e, 'card')).map((c) => [attr(c, 'data-total'), text(find(c, (e) => hasClass(e, 'n'))[0]!)]));
    expect(cards.get('报告')).toBe(String(json.length));
    expect(cards.get('有错误的报告')).toBe(String(json.filter((r) => r.errorCount > 0).length));
    expect(cards.get('错误')).toBe(String(total('errorCount')));
    expect(cards.get('警告')).toBe(String(total('warningCount')));
    expect(cards.get('提示')).toBe(String(total('infoCount')));
  });

  it('draws one bar per rule that fired, and only those, with its count', () => {
    const fired = new Map<string, number>();
    for (const m of json.flatMap((r) => r.messages)) if (m.ruleId) fired.set(m.ruleId, (fired.get(m.ruleId) ?? 0) + 1);
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
      else expect(href, 'only rule docs are links').toMatch(/^https:\/\/github\.com\/report-lint\/report-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
    }
    expect(page.all.filter((e) => ['link', 'img', 'iframe', 'object', 'embed'].includes(e.tagName))).toEqual([]);
  });

  it('is in English with --locale en', async () => {
    const run = await runCli(['fixtures', '--format', 'html', '--locale', 'en'], ROOT);
    const en = parsePage(run.stdout);
    expect(attr(en.all.find((e) => e.tagName === 'html')!, 'lang')).toBe('en');
    expect(tableRows(en)).toHaveLength(json.length);
    expect(run.stdout).toContain('Findings per rule');
  }, 60_000);
});

describe('progress bar and final line', () => {
  it('draw the bar on a terminal stderr and clear it; the json stdout stays pure, without a final line', async () => {
    const run = await runCli(['fixtures', '--format', 'json'], ROOT, { stderrIsTTY: true, stderrColumns: 60 });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/\r\x1b\[K检查 \[#*-*\] \d+\/\d+ /);
    expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
    for (const line of run.stderr.split('\r\x1b[K')) expect(line.length).toBeLessThan(60);
    expect(run.stderr).not.toContain('检查了');
  }, 60_000);

  it('print neither on a pipe', async () => {
    const run = await runCli(['fixtures'], ROOT);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('检查了');
  }, 60_000);

  it('end a terminal run of a text format with files, errors, warnings and time', async () => {
    const run = await runCli(['fixtures', '--format', 'html', '--output-file', 'test-output/summary-tty.html'], ROOT, { stderrIsTTY: true });
    const errors = json.reduce((n, r) => n + r.errorCount, 0);
    const warnings = json.reduce((n, r) => n + r.warningCount, 0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`\\r\\x1b\\[K检查了 ${json.length} 个文件：${errors} 个错误，${warnings} 个警告，用时 \\d+\\.\\d 秒\\n$`));
    const en = await runCli(['fixtures/corpus/r004.txt', 'fixtures/corpus/r005.md', '--locale', 'en'], ROOT, { stderrIsTTY: true });
    expect(en.stderr).toMatch(/^Checked 2 files: 0 errors, 3 warnings in \d+\.\d s\n$/);
  }, 60_000);
});

describe.skipIf(!existsSync(CHROMIUM))('the summary in Chromium', () => {
  it('shows one row per file, sorts by a column, loads nothing, and is saved as test-output/summary.png', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      const problems: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      tab.on('pageerror', (e) => problems.push(e.message));
      await tab.goto(`file://${SUMMARY}`);
      expect(await tab.locator('#reports tbody tr').count()).toBe(json.length);
      expect(requests).toEqual([`file://${SUMMARY}`]);
      expect(problems).toEqual([]);

      // The script made the headers buttons: sort by errors, most first.
      const errorsHeader = tab.locator('#reports thead th').nth(3);
      await errorsHeader.locator('button').click();
      await errorsHeader.locator('button').click();
      expect(await errorsHeader.getAttribute('aria-sort')).toBe('descending');
      const counts = (await tab.locator('#reports tbody tr td:nth-child(4)').allTextContents()).map(Number);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));

      // Printed: no sort arrows, a page break before each report with findings.
      await tab.emulateMedia({ media: 'print' });
      const arrow = await tab.evaluate(() => getComputedStyle(document.querySelector('button.sort')!, '::after').display);
      expect(arrow).toBe('none');
      const breaks = await tab.evaluate(() => getComputedStyle(document.querySelector('section.report.has-findings')!).breakBefore);
      expect(breaks).toBe('page');
      await tab.emulateMedia({ media: 'screen' });

      await tab.goto(`file://${SUMMARY}`);
      await tab.screenshot({ path: join(OUT, 'summary.png'), fullPage: true });
      expect(existsSync(join(OUT, 'summary.png'))).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

if (!existsSync(CHROMIUM)) console.warn(`summary.test.ts: ${CHROMIUM} is missing, so the browser test is skipped (apt-get install -y chromium)`);
