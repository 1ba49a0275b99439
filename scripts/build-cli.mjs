#!/usr/bin/env node
/**
 * Bundles the command line (src/cli/main.ts with the engine, rules, front ends
 * and formatters) into one ES module, dist/report-lint.js, which
 * bin/report-lint.js loads: one file to read and compile instead of ~150
 * modules. Part of `npm run build` (and so of `prepare`, at install).
 *
 * The packages that only some runs need stay outside the bundle and are
 * loaded from node_modules when a file needs them: the markdown and HTML
 * parsers (unified, remark, rehype), mammoth (Word), PDF.js, OpenCC's
 * dictionaries, iconv-lite, string-width, picomatch, tinyglobby and exceljs
 * (spreadsheets). The small
 * package every run uses (chalk) is inside.
 *
 * The file is written beside its final name and renamed, so a CLI started
 * while it is rebuilt sees the old bundle or the new one, never half of one.
 * `--readable` keeps the line breaks (for CPU profiles: `node --cpu-prof
 * bin/report-lint.js …` then names each function's own line).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'dist', 'report-lint.js');

/** Packages loaded on first use (import() or src/require.ts): never bundled. */
export const LAZY_PACKAGES = [
  'unified',
  'remark-parse',
  'remark-gfm',
  'rehype-parse',
  'mammoth',
  'pdfjs-dist',
  'opencc-js',
  'iconv-lite',
  'string-width',
  'picomatch',
  'tinyglobby',
  'exceljs',
];

/** Builds the bundle at `outfile` (whitespace kept when `readable`); returns the esbuild metafile. */
export async function buildCli(outfile = BUNDLE, { readable = false } = {}) {
  const dependencies = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies ?? {});
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Every lazily loaded package, and any dependency not known to be small and always needed.
    external: [...new Set([...LAZY_PACKAGES, ...dependencies.filter((name) => name !== 'chalk')])].flatMap(
      (name) => [name, `${name}/*`],
    ),
    charset: 'utf8',
    legalComments: 'none',
    minifyWhitespace: !readable,
    minifySyntax: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, output.contents);
  renameSync(temporary, outfile);
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const metafile = await buildCli(BUNDLE, { readable: process.argv.includes('--readable') });
  const bytes = Object.values(metafile.outputs)[0]?.bytes ?? 0;
  const inputs = Object.keys(metafile.inputs).length;
  process.stdout.write(`dist/report-lint.js: ${inputs} modules, ${(bytes / 1024).toFixed(0)} KB, ${Math.round(performance.now() - started)} ms\n`);
}
