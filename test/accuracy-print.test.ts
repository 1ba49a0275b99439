/**
 * The accuracy lab's PDF layouts with the programs themselves (LibreOffice,
 * Chromium; each test skipped where its program is missing): a report
 * printed into an empty cache is read, and reads the same when read from the
 * cache again, without printing. In the project of the tests that start
 * programs (vitest.config.ts), since printing takes seconds.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCases, type CaseOutcome } from '../accuracy/lab.js';
import { printedLayouts } from '../accuracy/layouts/printed.js';
import { Printer } from '../accuracy/layouts/printer.js';
import { prepare } from '../accuracy/product.js';
import { hasEngine } from '../scripts/make-pdf.mjs';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** One report through a PDF layout, printed into the cache `dir` (or read from it): the outcome as comparable data. */
async function printAndRead(name: string, dir: string): Promise<unknown[]> {
  const layouts = printedLayouts(new Printer(dir));
  const out: unknown[] = [];
  const keep = (c: CaseOutcome) =>
    out.push({
      kind: c.kind, injector: c.injector?.name, recall: c.recall, text: c.rendered.text, crash: c.reading.crash,
      cells: c.cells?.map((x) => [x.id, x.outcome, x.read]), findings: c.reading.findings.map((f) => [f.ruleId, f.range, f.message]),
    });
  // One rendering (a table-sum defect) keeps the printing short; it goes through the lab's two passes all the same.
  await runCases({ seed: 7, count: 1, pdfCount: 1, rules: ['table-sum'], onCase: keep }, layouts.filter((l) => l.name === name));
  return out;
}

/** The PDF files under a cache directory. */
const cachedPdfs = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'));

describe.each([
  ['pdf-docx-libreoffice', 'libreoffice'],
  ['pdf-html-chromium-borderless', 'chromium'],
] as const)('accuracy lab: %s with %s installed', (name, engine) => {
  it.skipIf(!hasEngine(engine))('prints a report into an empty cache, reads it, and reads the same from the cache without printing again', async () => {
    await prepare();
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-pdf-cache-'));
    dirs.push(dir);
    const printed = await printAndRead(name, dir);
    expect(printed.map((c) => (c as { kind: string }).kind)).toEqual(['injected']);
    for (const c of printed as { text: string; crash?: string }[]) {
      expect(c.crash).toBeUndefined();
      expect(c.text.length).toBeGreaterThan(500);
    }
    const files = cachedPdfs(dir);
    expect(files).toHaveLength(1);
    const made = statSync(join(dir, files[0]!)).mtimeMs;
    expect(await printAndRead(name, dir)).toEqual(printed);
    expect(cachedPdfs(dir)).toEqual(files);
    expect(statSync(join(dir, files[0]!)).mtimeMs, 'the cached PDF is read, not printed again').toBe(made);
  }, 180_000);
});
