/**
 * The offline checker page (npm run web → dist-web/report-lint.html) driven
 * in a real Chromium from file://: it finds what the engine finds in Node
 * (lintText) for seed 001 opened as a file, nothing in seed 002 pasted, in a
 * GBK copy of it or in its Word version, the Word version of seed 001's
 * findings; clicking finds the places; the 表格 view marks table 三's cells;
 * saving works; report text is never markup; and no request leaves the page.
 * Screenshots go to test-output/web.png and web-tables.png, the timings to
 * the test log and test-output/web-timing.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { InputFormat } from '../src/ast/types.js';
import { extractRecord } from '../src/extract/record.js';
import { docxToHtml } from '../src/frontends/docx.js';
import { pdfToText } from '../src/frontends/pdf/extract.js';
import { unembeddedChinesePdf } from './helpers/pdf-bytes.js';
import { analyse, lintText } from '../src/lint.js';
import { runCli } from './cli/helpers.js';
import { buildIfStale } from './helpers/build.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = join(ROOT, 'dist-web', 'report-lint.html');
const URL_ = pathToFileURL(PAGE).href;
const OUT = join(ROOT, 'test-output');
const CHROMIUM = '/usr/bin/chromium';
const SEED_001 = join(ROOT, 'fixtures/seeds/001_b6ebaffc46ffe707.txt');
const SEED_002 = join(ROOT, 'fixtures/seeds/002_968440a473f92860.txt');
const DOCX = (n: string) => join(ROOT, `fixtures/corpus/docx/seed-${n}.docx`);

interface Found {
  rule: string;
  line: number;
  column: number;
}

/** What the engine finds in Node for a text, sorted by place. */
function expected(text: string, filePath: string, format?: InputFormat): Found[] {
  const result = lintText({ filePath, text, ...(format ? { format } : {}) }, { rules });
  return sortFound(result.messages.map((m) => ({ rule: m.ruleId ?? '', line: m.line, column: m.column })));
}

const sortFound = (list: Found[]) => [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));

if (!existsSync(CHROMIUM)) console.warn(`web.test.ts: ${CHROMIUM} is missing, so the offline page test is skipped (apt-get install -y chromium)`);

describe.skipIf(!existsSync(CHROMIUM))('the offline page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  /** How many findings seed 001 has. */
  let seed001 = 0;
  const problems: string[] = [];
  const summary = (name: string) => page.getAttribute('[data-testid="summary"]', `data-${name}`);
  const found = async () =>
    sortFound(await page.$$eval('[data-testid="finding"]', (els) => els.map((e) => ({ rule: e.getAttribute('data-rule')!, line: Number(e.getAttribute('data-line')), column: Number(e.getAttribute('data-column')) }))));

  /** Does something that checks a report, and waits until the check is shown. */
  async function checked(action: () => Promise<unknown>): Promise<void> {
    const before = Number((await summary('run')) ?? 0);
    await action();
    await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-testid="summary"]')?.dataset.run) > n, before, { timeout: 15_000 });
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    buildIfStale('dist-web/report-lint.html', 'build-web.mjs');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 960 }, acceptDownloads: true });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens seed 001 from a file, checks it, and shows the findings lintText gives', async () => {
    const started = Date.now();
    await page.goto(URL_);
    // Ready: from navigation to the end of the load event (script parsed and run, frame drawn into the DOM).
    const ready = await page.evaluate(() => Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
    // In the page: from the file being chosen to the findings drawn (a frame after the summary changes).
    await page.evaluate(() => {
      const w = window as unknown as { timing: { chosen?: number; drawn?: number } };
      w.timing = {};
      document.querySelector('[data-testid="file"]')!.addEventListener('change', () => (w.timing.chosen = performance.now()), { capture: true });
      const summary = document.querySelector('[data-testid="summary"]')!;
      new MutationObserver(() => requestAnimationFrame(() => setTimeout(() => (w.timing.drawn ??= performance.now())))).observe(summary, { attributes: true });
    });
    await checked(() => page.setInputFiles('[data-testid="file"]', SEED_001));
    const endToEnd = Date.now() - started;
    await page.waitForFunction(() => (window as unknown as { timing: { drawn?: number } }).timing.drawn !== undefined);
    const { chosen, drawn } = await page.evaluate(() => (window as unknown as { timing: { chosen: number; drawn: number } }).timing);
    const timing = { readyMs: ready, openAndCheckMs: Math.round(drawn - chosen), engineMs: Number(await summary('check-ms')), endToEndMs: endToEnd };
    console.log(
      `offline page: ready ${timing.readyMs} ms after navigation; seed 001 opened, checked and drawn in ${timing.openAndCheckMs} ms ` +
        `(engine ${timing.engineMs} ms); ${timing.endToEndMs} ms end to end as driven by the test`,
    );
    writeFileSync(join(OUT, 'web-timing.json'), `${JSON.stringify(timing, null, 2)}\n`);

    // The check button checks the opened file again, with the same outcome.
    await checked(() => page.click('[data-testid="run"]'));
    const text = readFileSync(SEED_001, 'utf8');
    const want = expected(text, '001_b6ebaffc46ffe707.txt');
    expect(want.length).toBeGreaterThan(5);
    expect(await found()).toEqual(want);
    seed001 = want.length;
    const result = lintText({ filePath: 'seed.txt', text }, { rules });
    expect(await summary('errors')).toBe(String(result.errorCount));
    expect(await summary('warnings')).toBe(String(result.warningCount));
    expect(await page.inputValue('[data-testid="input"]')).toBe(text);

    // Every finding has a highlight, coloured by its severity.
    const missing = await page.$$eval('[data-testid="finding"]', (els) =>
      els.filter((e) => !document.querySelector(`[data-testid="highlight"][data-findings~="${e.getAttribute('data-index')}"]`)).length,
    );
    expect(missing).toBe(0);
    expect(await page.locator('[data-testid="highlight"].hl-error').count()).toBeGreaterThanOrEqual(want.length - 1);
  });

  it('marks a clicked finding in the text and scrolls it into view; a clicked highlight lists its findings', async () => {
    const finding = page.locator('[data-testid="finding"][data-rule="table-sum"]').first();
    const index = await finding.getAttribute('data-index');
    await finding.click();
    const mark = page.locator(`[data-testid="highlight"][data-findings~="${index}"]`).first();
    expect(await mark.getAttribute('class')).toContain('marked');
    expect(await finding.getAttribute('class')).toContain('selected');
    const inView = await mark.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const pane = el.closest('.pane')!.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= pane.bottom && box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    // The screenshot shows the first date finding marked in its paragraph.
    await page.locator('[data-testid="finding"][data-rule="malformed-date"]').first().click();
    await page.screenshot({ path: join(OUT, 'web.png'), fullPage: true });
    await finding.click();

    await mark.click();
    const popover = page.locator('[data-testid="popover"]');
    expect(await popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toContain('似乎错列');
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);
  });

  it('filters by rule and by severity', async () => {
    await page.selectOption('[data-testid="rule-filter"]', 'malformed-date');
    expect(await page.locator('[data-testid="finding"]').count()).toBe(2);
    expect(await page.locator('[data-testid="highlight"]').count()).toBe(2);
    await page.selectOption('[data-testid="rule-filter"]', '*');
    await page.uncheck('[data-testid="severity-error"]');
    expect(await page.locator('[data-testid="finding"]').count()).toBe(0);
    await page.check('[data-testid="severity-error"]');
    expect(await page.locator('[data-testid="finding"]').count()).toBe(seed001);
  });

  it('shows the standard tables in the 表格 view with the cells of the findings marked', async () => {
    await page.click('[data-testid="tab-tables"]');
    const table = page.locator('[data-testid="table-3"]');
    expect(await table.isVisible()).toBe(true);
    // The values are the extract record's.
    const text = readFileSync(SEED_001, 'utf8');
    const record = extractRecord('seed.txt', analyse({ filePath: 'seed.txt', text }));
    const total = await table.locator('td[data-row="total"]').allTextContents();
    expect(total).toEqual(record.tables.applications!.rows.total!.map((v) => (v === null ? '' : String(v))));
    // table-sum's shifted row: the 总计 row's 法律服务机构 and 其他 cells, and (the 勾稽关系 it breaks) 本年新收 法律服务机构 and 其他.
    const marked = await table.locator('td.hl').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-row')}/${e.getAttribute('data-col')}`));
    expect(marked).toEqual(expect.arrayContaining(['total/legal', 'total/other', 'new/legal', 'new/other']));
    expect(await table.locator('td.hl-error[data-row="granted"]').count()).toBe(0);
    await table.locator('td.hl[data-row="total"][data-col="legal"]').click();
    expect(await page.locator('[data-testid="popover"]').textContent()).toContain('表格合计不符');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(OUT, 'web-tables.png'), fullPage: true });
    await page.click('[data-testid="tab-text"]');
  });

  it('saves the findings as JSON (the CLI shape) and as a self-contained HTML page', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="save-json"]')]);
    expect(json.suggestedFilename()).toBe('001_b6ebaffc46ffe707.report-lint.json');
    const saved = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(sortFound(saved[0]!.messages.map((m) => ({ rule: m.ruleId, line: m.line, column: m.column })))).toEqual(await found());
    const [html] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="save-html"]')]);
    const doc = readFileSync((await html.path())!, 'utf8');
    expect(doc).toContain("default-src 'none'");
    expect(doc).not.toMatch(/<script|<link|<img/i);
    expect(doc.match(/<tr class="sev-/g)).toHaveLength(seed001);
    expect(doc).toContain('<mark>球迷网</mark>');
  });

  it('prints the results only: no input box or buttons, every pane at full length', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="dropzone"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="save-json"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="findings"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.doc-pane')!).overflowY)).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
  });

  it('quotes the words of every finding, and prints them with the tables', async () => {
    const text = readFileSync(SEED_001, 'utf8');
    const result = lintText({ filePath: 'seed.txt', text }, { rules });
    const quotes = await page.$$eval('[data-testid="finding"]', (els) => els.map((e) => ({ index: Number(e.getAttribute('data-index')), marked: e.querySelector('[data-testid="quote"] mark')?.textContent ?? null })));
    expect(quotes).toHaveLength(seed001);
    for (const q of quotes) {
      const m = result.messages[q.index]!;
      expect(q.marked, `${m.ruleId} ${m.line}:${m.column}`).toBe(text.slice(m.range![0], Math.min(m.range![1], m.range![0] + 80)) || null);
    }
    expect(quotes.map((q) => q.marked)).toContain('202011日');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('[data-testid="quote"]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-testid="print-tables"] [data-testid="table-3"]').isVisible()).toBe(true);
    await page.pdf({ path: join(OUT, 'web-print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('[data-testid="print-tables"]').isVisible()).toBe(false);
  });

  it('names the rows of table 三 in the template\'s own words, under its group rows', async () => {
    await page.click('[data-testid="tab-tables"]');
    const table = page.locator('[data-testid="table-3"]');
    const heads = await table.locator('tbody th').allTextContents();
    expect(heads.slice(0, 6)).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（三）不予公开']);
    expect(heads).toContain('1.属于国家秘密');
    expect(heads).toContain('（七）总计');
    expect(heads.at(-1)).toBe('四、结转下年度继续办理');
    expect(heads.join('')).not.toMatch(/第\d项/);
    await page.click('[data-testid="tab-text"]');
  });

  it('explains a rule in the page itself, with no request', async () => {
    const before = requests.length;
    await page.locator('[data-testid="finding"][data-rule="malformed-date"] .f-doc').first().click();
    const dialog = page.locator('[data-testid="rule-doc"]');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator('code').first().textContent()).toBe('malformed-date');
    const doc = readFileSync(join(ROOT, 'docs/rules/malformed-date.md'), 'utf8');
    const firstHeading = /^#\s+(.+)$/m.exec(doc)![1]!.replace(/`/g, '');
    expect(await dialog.textContent()).toContain(firstHeading);
    expect(await dialog.locator('pre').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'web-rule-doc.png') });
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(requests.length).toBe(before);
  });

  it('applies the safe fixes and downloads the corrected text in the file\'s own encoding, byte for byte as --fix writes it', async () => {
    const text = readFileSync(join(ROOT, 'fixtures/seeds/003_673a0e93baba7a0a.txt'), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-web-fix-'));
    try {
      const path = join(dir, '年报.txt');
      writeFileSync(path, iconv.encode(text, 'gbk'));
      await checked(() => page.setInputFiles('[data-testid="file"]', path));
      const before = await found();
      expect(await page.isEnabled('[data-testid="fix"]')).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), checked(() => page.click('[data-testid="fix"]'))]);
      expect(download.suggestedFilename()).toBe('年报（已改正）.txt');
      const bytes = readFileSync((await download.path())!);
      // The CLI fixes a copy of the same file.
      const cliCopy = join(dir, 'cli.txt');
      writeFileSync(cliCopy, iconv.encode(text, 'gbk'));
      await runCli(['cli.txt', '--fix'], dir);
      expect(bytes.equals(readFileSync(cliCopy))).toBe(true);
      expect(iconv.decode(bytes, 'gbk')).toContain('2018年1月1日');
      // The page now shows the corrected text's findings: the fixed ones are gone.
      const after = await found();
      expect(after.length).toBeLessThan(before.length);
      expect(after.filter((f) => f.rule === 'malformed-date')).toEqual([]);
      expect(await page.textContent('[data-testid="notice"]')).toContain('GBK 编码');
      expect(await page.isEnabled('[data-testid="fix"]')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scrolls the text to the first finding after a check', async () => {
    // Seed 001 pasted: the first finding is far below the top of the report.
    await page.fill('[data-testid="input"]', readFileSync(SEED_001, 'utf8'));
    await page.evaluate(() => (document.querySelector('.doc-pane')!.scrollTop = 1e6));
    await checked(() => page.click('[data-testid="run"]'));
    const first = await page.evaluate(() => {
      const pane = document.querySelector('.doc-pane')!;
      const mark = pane.querySelector('[data-findings]')!;
      const box = mark.getBoundingClientRect();
      const outer = pane.getBoundingClientRect();
      return { inView: box.top >= outer.top && box.bottom <= outer.bottom, scrolled: pane.scrollTop };
    });
    expect(first.inView).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.findings-pane')!.scrollTop)).toBe(0);
  });

  it('finds nothing in seed 002 pasted into the text box', async () => {
    await page.fill('[data-testid="input"]', readFileSync(SEED_002, 'utf8'));
    await checked(() => page.click('[data-testid="run"]'));
    expect(await found()).toEqual([]);
    expect(expected(readFileSync(SEED_002, 'utf8'), '粘贴的文本.txt')).toEqual([]);
    expect(await summary('errors')).toBe('0');
    expect(await summary('warnings')).toBe('0');
    expect(await page.locator('.all-clear').count()).toBe(1);
  });

  it('decodes a GBK copy of seed 002', async () => {
    const text = readFileSync(SEED_002, 'utf8');
    const gbk = iconv.encode(text, 'gbk');
    expect(iconv.decode(gbk, 'gbk')).toBe(text);
    const path = join(OUT, 'seed-002-gbk.txt');
    writeFileSync(path, gbk);
    await checked(() => page.setInputFiles('[data-testid="file"]', path));
    expect(await page.inputValue('[data-testid="input"]')).toBe(text);
    expect(await found()).toEqual([]);
    expect(await page.getAttribute('[data-testid="source"]', 'data-name')).toBe('seed-002-gbk.txt');
  });

  it('opens Word documents: nothing in seed 002, the findings of the HTML front end in seed 001', async () => {
    await checked(() => page.setInputFiles('[data-testid="file"]', DOCX('002')));
    expect(await found()).toEqual([]);
    expect(await summary('errors')).toBe('0');

    await checked(() => page.setInputFiles('[data-testid="file"]', DOCX('001')));
    const { html } = await docxToHtml(readFileSync(DOCX('001')));
    const want = expected(html, 'seed-001.docx', 'docx');
    expect(want.length).toBeGreaterThan(5);
    expect(await found()).toEqual(want);
    // Findings name their Word paragraph or table cell.
    expect(await page.locator('.f-place').first().textContent()).toMatch(/^第\d+段$|^表[二三四]（文档中第\d+个表格）第\d+行第\d+列$/);
  });

  it('opens PDFs: the findings of the extracted text, each with its page, the pages marked in the text; a scanned PDF is refused', async () => {
    const file = join(ROOT, 'fixtures/pdf/seed-001.libreoffice.pdf');
    await checked(() => page.setInputFiles('[data-testid="file"]', file));
    const { text } = await pdfToText(readFileSync(file));
    const want = expected(text, 'seed-001.pdf', 'pdf');
    expect(want.length).toBe(13);
    expect(await found()).toEqual(want);
    const places = await page.locator('.f-place').allTextContents();
    expect(places).toContain('第4页');
    expect(places.every((p) => /^第\d页$/.test(p))).toBe(true);
    expect(await page.locator('[data-testid="page-label"]').allTextContents()).toEqual(['第1页', '第2页', '第3页', '第4页']);
    // The highlight of the （七）总计 finding sits after the fourth page label.
    const after = await page.$$eval('[data-testid="highlight"]', (marks) =>
      marks.map((m) => Array.from(document.querySelectorAll('[data-testid="page-label"]')).filter((l) => l.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING).length),
    );
    expect(Math.max(...after)).toBe(4);
    // A font that is not embedded: the page carries the Simplified Chinese CMaps.
    const song = join(OUT, 'song.pdf');
    writeFileSync(song, unembeddedChinesePdf('某县2022年政府信息公开工作年度报告'));
    await checked(() => page.setInputFiles('[data-testid="file"]', song));
    expect(await page.locator('[data-testid="document"]').textContent()).toContain('某县2022年政府信息公开工作年度报告');
    await page.setInputFiles('[data-testid="file"]', join(ROOT, 'fixtures/pdf/scanned.pdf'));
    await page.waitForFunction(() => /扫描件没有文字层/.test(document.body.textContent ?? ''), undefined, { timeout: 15_000 });
  });

  it('shows report text as text: markup in a pasted report or an HTML file is never run', async () => {
    const evil = '一、总体情况\n<img src="http://127.0.0.1:9/x.png" onerror="window.__ran=1"><script>window.__ran=2</script>\n';
    await page.fill('[data-testid="input"]', evil);
    await checked(() => page.click('[data-testid="run"]'));
    expect(await page.locator('[data-testid="document"]').textContent()).toContain('<script>window.__ran=2</script>');
    const path = join(OUT, 'evil.html');
    writeFileSync(path, `<html><body><p>一、总体情况</p><img src="http://127.0.0.1:9/y.png" onerror="window.__ran=3"><script>window.__ran=4</script><p>二、主动公开政府信息情况</p></body></html>`);
    await checked(() => page.setInputFiles('[data-testid="file"]', path));
    expect(await page.locator('[data-testid="document"]').textContent()).toContain('二、主动公开政府信息情况');
    expect(await page.locator('main img, main script, main iframe').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  });

  it('switches to English', async () => {
    await checked(() => page.click('[data-testid="lang"]'));
    expect(await page.textContent('[data-testid="run"]')).toBe('Check');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checked(() => page.click('[data-testid="lang"]'));
    expect(await page.textContent('[data-testid="run"]')).toBe('检查');
  });

  it('loads nothing but the page itself, and its policy forbids requests', async () => {
    expect(problems).toEqual([]);
    const network = requests.filter((url) => !url.startsWith('blob:'));
    expect(network.length).toBeGreaterThan(0);
    expect(new Set(network)).toEqual(new Set([URL_]));
    // A request the page might try (here to a closed local port) is refused by the Content-Security-Policy.
    const violation = await page.evaluate(async () => {
      const seen = new Promise<string>((done) => document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true }));
      const outcome = await fetch('http://127.0.0.1:9/').then(() => 'sent', () => 'blocked');
      return `${outcome} ${await seen}`;
    });
    expect(violation).toBe('blocked connect-src');
    expect(requests.filter((url) => !url.startsWith('blob:') && url !== URL_)).toEqual([]);
  });
});
