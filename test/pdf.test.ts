/**
 * PDF input: fixtures/pdf holds the Word and HTML fixtures of
 * fixtures/corpus exported by LibreOffice and printed by Chromium (and a
 * two-column page made from seed 002), made by scripts/make-pdf.mjs. Every
 * table cell read from a PDF equals the same report's Word or HTML version
 * (through the extract record), and so do the findings, apart from where
 * they point.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, lintText } from '../src/lint.js';
import { convertPdf, readReport } from '../src/cli/read.js';
import { extractRecord } from '../src/extract/record.js';
import { pageLocator } from '../src/frontends/pdf/pages.js';
import { rules } from '../rules/index.js';
import type { LintMessage } from '../src/results.js';

const root = join(import.meta.dirname, '..');
const fixture = (...p: string[]) => join(root, 'fixtures', ...p);

/** Each PDF fixture and the file it was made from. */
const PAIRS: [pdf: string, source: string][] = [
  ['seed-001.libreoffice.pdf', 'corpus/docx/seed-001.docx'],
  ['seed-002.libreoffice.pdf', 'corpus/docx/seed-002.docx'],
  ['r004.libreoffice.pdf', 'pdf/src/r004.html'],
  ['r004.chromium.pdf', 'pdf/src/r004.html'],
  ['r019.libreoffice.pdf', 'pdf/src/r019.html'],
  ['r019.chromium.pdf', 'pdf/src/r019.html'],
  ['r019.borderless.chromium.pdf', 'pdf/src/r019.html'],
  ['r020.libreoffice.pdf', 'pdf/src/r020.html'],
  ['r020.chromium.pdf', 'pdf/src/r020.html'],
  ['two-column.chromium.pdf', 'pdf/src/two-column.html'],
];

/** The text and reading notes of a fixture as the CLI reads it (PDF, Word or HTML by extension). */
async function read(rel: string, isPdf: boolean) {
  const outcome = isPdf ? await convertPdf(readFileSync(fixture('pdf', rel))) : await readReport(fixture(rel));
  if (!outcome.ok) throw new Error(`${rel}: ${JSON.stringify(outcome.problem)}`);
  return { filePath: rel, text: outcome.text, ...(outcome.pdf ? { uncertain: outcome.pdf.uncertain } : {}) };
}

const cache = new Map<string, Promise<Awaited<ReturnType<typeof read>>>>();
const cached = (rel: string, isPdf: boolean) => {
  if (!cache.has(rel)) cache.set(rel, read(rel, isPdf));
  return cache.get(rel)!;
};

/** A message without its place: rule, severity and text, the "（第N段）"/"（第N页）" suffix removed. */
const finding = (m: LintMessage) => `${m.ruleId} ${m.severity} ${m.message.replace(/（(?:第\d+[段页]|表\d+第\d+行第\d+列)）$/, '')}`;

describe.each(PAIRS)('%s', (pdf, source) => {
  it('has every table cell of its source, and the same title, year and period', async () => {
    const a = await cached(pdf, true);
    const b = await cached(source, false);
    const fromPdf = extractRecord(pdf, analyse(a));
    const fromSource = extractRecord(source, analyse(b));
    expect(fromSource.tables.applications ?? fromSource.tables.active).not.toBeNull();
    expect(fromPdf.tables).toEqual(fromSource.tables);
    expect(fromPdf.uncertain).toEqual(fromSource.uncertain);
    const { title, agency, year, template, period } = fromSource;
    expect({ title: fromPdf.title, agency: fromPdf.agency, year: fromPdf.year, template: fromPdf.template, period: fromPdf.period }).toEqual({ title, agency, year, template, period });
  }, 30_000);

  it('joins every merged cell cut by a page break: no table row of the text starts with an empty cell', async () => {
    const { text } = await cached(pdf, true);
    expect(text.split('\n').filter((line) => /^\f*\|\s+\|/.test(line))).toEqual([]);
  });

  it('gets the findings of its source, each naming its page', async () => {
    const a = await cached(pdf, true);
    const b = await cached(source, false);
    const fromPdf = lintText(a, { rules }).messages;
    const fromSource = lintText(b, { rules }).messages;
    expect(fromPdf.map(finding).sort()).toEqual(fromSource.map(finding).sort());
    const pageOf = pageLocator(a.text);
    for (const m of fromPdf) {
      expect(m.location).toEqual({ page: pageOf(m.range![0]) });
    }
  }, 30_000);
});
