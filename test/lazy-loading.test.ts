/**
 * Cold start: a run over plain-text reports must not load the parsers of
 * other formats (remark, rehype, mammoth), the OpenCC Simplified →
 * Traditional dictionaries, nor packages only some runs need. The CLI runs
 * in a child process with a module hook that lists every module loaded.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempTree } from './cli/helpers.js';

const root = join(import.meta.dirname, '..');
/** tsx's loader, by URL: the child runs in a temp dir where the package cannot be resolved by name. */
const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const { dir, cleanup } = tempTree({});
afterAll(cleanup);

// Prints "LOADED <url>" for every ES module loaded and, at exit, every CommonJS module.
const hook = join(dir, 'list-modules.mjs');
writeFileSync(
  hook,
  `import { register, createRequire } from 'node:module';
register('data:text/javascript,' + encodeURIComponent('export async function load(url, context, next) { process.stderr.write("LOADED " + url + "\\\\n"); return next(url, context); }'));
process.on('exit', () => { for (const path of Object.keys(createRequire(process.cwd() + '/').cache)) process.stderr.write('LOADED ' + path + '\\n'); });
`,
);

/** The modules loaded by one CLI run over `file` (in the temp dir, no config file). */
function modulesLoaded(file: string): string[] {
  const script = `import { main } from ${JSON.stringify(join(root, 'src', 'cli', 'main.ts'))};
process.exitCode = await main([${JSON.stringify(file)}], { stdout: () => {}, stderr: (s) => process.stderr.write(s), cwd: process.cwd(), isTTY: false, env: {} });`;
  const run = spawnSync(process.execPath, ['--import', tsx, '--import', hook, '--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr = run.stderr;
  return stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
}

const packageOf = (url: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];

describe('lazy loading', () => {
  it('a .txt run loads no markdown/HTML/Word parser, no Simplified → Traditional dictionary, no glob, encoder or spreadsheet package', () => {
    copyFileSync(join(root, 'fixtures', 'seeds', '002_968440a473f92860.txt'), join(dir, 'report.txt'));
    const loaded = modulesLoaded('report.txt');
    expect(loaded.some((url) => url.includes('/src/lint.ts'))).toBe(true); // the hook sees the modules
    const packages = new Set(loaded.map(packageOf).filter(Boolean));
    for (const name of ['unified', 'remark-parse', 'remark-gfm', 'rehype-parse', 'parse5', 'mammoth', 'pdfjs-dist', 'string-width', 'picomatch', 'tinyglobby', 'iconv-lite', 'exceljs']) {
      expect(packages.has(name), name).toBe(false);
    }
    expect(loaded.filter((url) => /opencc-js\/dist\/(esm|umd)\/cn2t\.js$/.test(url))).toEqual([]);
  }, 60_000);

  it('a .pdf run loads the PDF.js parser only: no display layer, canvas or native module, no markup parser', () => {
    copyFileSync(join(root, 'fixtures', 'pdf', 'seed-002.libreoffice.pdf'), join(dir, 'report.pdf'));
    const loaded = modulesLoaded('report.pdf');
    expect(loaded.filter((url) => url.includes('pdfjs-dist')).map((url) => url.replace(/^.*pdfjs-dist\//, ''))).toEqual(['legacy/build/pdf.worker.min.mjs']);
    const packages = new Set(loaded.map(packageOf));
    for (const name of ['@napi-rs/canvas', 'canvas', 'rehype-parse', 'remark-parse', 'mammoth']) expect(packages.has(name), name).toBe(false);
    expect(loaded.some((url) => url.endsWith('.node'))).toBe(false);
  }, 60_000);

  it('a .md run loads remark', () => {
    writeFileSync(join(dir, 'report.md'), '# 某县2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本年度公开信息 12 条。\n');
    const packages = new Set(modulesLoaded('report.md').map(packageOf));
    expect(packages.has('remark-parse')).toBe(true);
    expect(packages.has('rehype-parse')).toBe(false);
  }, 60_000);
});
