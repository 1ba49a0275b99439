/**
 * Every test file of the main project reads the same fixtures, so each
 * expensive step is done once per test worker and shared by all the test
 * files the worker runs:
 * - the analysed report (by path, format, text and the stretches marked
 *   uncertain): rules only read it, so sharing it changes no result;
 * - the text read out of a PDF and the HTML converted from a Word document
 *   (by the file's bytes and the reading options): the conversions are
 *   deterministic, and a conversion that fails is done afresh each time, so
 *   tests of refused files still see the reader refuse them.
 */
import { createHash } from 'node:crypto';
import { vi } from 'vitest';
import type { LintInput } from '../../src/analyse.js';
import type { ProjectReport } from '../../src/engine/types.js';

type Memo = { analysed?: Map<string, ProjectReport>; converted?: Map<string, Promise<unknown>> };
const memo: Memo = ((globalThis as { __memo?: Memo }).__memo ??= {});
const analysed = (memo.analysed ??= new Map());
const converted = (memo.converted ??= new Map());

/** Functions among the options (a CMap reader) are told apart by identity. */
const functionIds = new WeakMap<object, number>();
let functions = 0;
function idOf(f: object): number {
  if (!functionIds.has(f)) functionIds.set(f, ++functions);
  return functionIds.get(f)!;
}

/** The key of a conversion: the bytes' hash and the options (data by value, functions by identity). */
function conversionKey(kind: string, bytes: ArrayBuffer | Uint8Array, options: object = {}): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const shown = Object.entries(options).map(([k, v]) => [k, typeof v === 'function' ? `function ${idOf(v)}` : v]);
  return `${kind}\u0000${createHash('sha256').update(data).digest('hex')}\u0000${JSON.stringify(shown)}`;
}

/** Runs `convert` once per key; a failed conversion is forgotten so that it runs (and fails) again. */
function once<T>(key: string, convert: () => Promise<T>): Promise<T> {
  let result = converted.get(key) as Promise<T> | undefined;
  if (!result) {
    result = convert();
    converted.set(key, result);
    result.catch(() => converted.delete(key));
  }
  return result;
}

vi.mock('../../src/analyse.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/analyse.js')>();
  return {
    ...actual,
    analyse(input: LintInput): ProjectReport {
      const key = `${input.format ?? ''}\u0000${input.filePath}\u0000${input.text}\u0000${input.uncertain ? JSON.stringify(input.uncertain) : ''}`;
      let report = analysed.get(key);
      if (!report) {
        report = actual.analyse(input);
        analysed.set(key, report);
      }
      return report;
    },
  };
});

vi.mock('../../src/frontends/pdf/extract.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/frontends/pdf/extract.js')>();
  return {
    ...actual,
    pdfToText: (bytes: Uint8Array, options: Parameters<typeof actual.pdfToText>[1] = {}) =>
      once(conversionKey('pdf', bytes, options), () => actual.pdfToText(bytes, options)),
  };
});

vi.mock('../../src/frontends/docx.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/frontends/docx.js')>();
  return {
    ...actual,
    docxToHtml: (bytes: ArrayBuffer | Uint8Array) => once(conversionKey('docx', bytes), () => actual.docxToHtml(bytes)),
  };
});
