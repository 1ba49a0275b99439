import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli/helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'fixtures', 'corpus');
const files = readdirSync(CORPUS)
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => `fixtures/corpus/${f}`)
  .concat(readdirSync(join(CORPUS, 'html')).filter((f) => f.endsWith('.html')).map((f) => `fixtures/corpus/html/${f}`));

const RULE_IDS = new Set([
  'required-sections', 'required-tables', 'template-version', 'declared-count', 'numbering',
  'application-balance', 'table-sum', 'cell-value', 'prose-table-mismatch', 'prose-sum', 'growth-rate',
  'placeholder', 'duplicated-text', 'malformed-date', 'period-consistency', 'publication-deadline',
  'injected-content', 'mixed-script', 'foreign-region', 'page-residue', 'impossible-value',
  'fee-consistency', 'carryover-continuity', 'year-over-year-reuse', 'parse-uncertain',
]);

describe('every corpus report', () => {
  it('is linted with exit code 0 or 1 and JSON that follows the contract', async () => {
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const run = await runCli(['--format', 'json', file], ROOT);
      expect(run.stderr, file).toBe('');
      expect([0, 1], file).toContain(run.code);
      const results = JSON.parse(run.stdout) as unknown[];
      expect(results).toHaveLength(1);
      const result = results[0] as Record<string, unknown>;
      expect(result.filePath).toBe(file);
      const messages = result.messages as Record<string, unknown>[];
      let errors = 0;
      let warnings = 0;
      for (const m of messages) {
        expect(RULE_IDS.has(m.ruleId as string), `${file}: ${String(m.ruleId)}`).toBe(true);
        expect([1, 2, 3]).toContain(m.severity);
        expect(typeof m.message).toBe('string');
        for (const k of ['line', 'column', 'endLine', 'endColumn']) expect(Number.isInteger(m[k]) && (m[k] as number) >= 1, `${file} ${k}`).toBe(true);
        expect((m.endLine as number) > (m.line as number) || (m.endColumn as number) >= (m.column as number)).toBe(true);
        if (m.severity === 2) errors++;
        if (m.severity === 1) warnings++;
      }
      expect(result.errorCount).toBe(errors);
      expect(result.warningCount).toBe(warnings);
      expect(run.code).toBe(errors > 0 ? 1 : 0);
    }
  });

  it('lints all of them in one run, in input order', async () => {
    const run = await runCli(['--format', 'json', ...files], ROOT);
    expect([0, 1]).toContain(run.code);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual(files);
  });
});
