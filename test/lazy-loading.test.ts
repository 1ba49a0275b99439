/**
 * Cold start: a run over plain-text reports must not load the parsers of
 * other formats (remark, rehype, mammoth), OpenCC's dictionaries (a
 * Simplified report needs neither direction), nor packages only some runs
 * need. The command (bin/report-lint.js and its bundle, dist/report-lint.js,
 * built here when stale) runs in a child process with a module hook that lists every
 * module loaded; so does the library's own module graph (src/, through tsx).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempTree } from './cli/helpers.js';
import { buildCli } from './helpers/build.js';

const root = join(import.meta.dirname, '..');
/** tsx's loader, by URL: the child runs in a temp dir where the package cannot be resolved by name. */
const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const { dir, cleanup } = tempTree({});
afterAll(cleanup);
beforeAll(buildCli, 60_000);

// Prints "LOADED <url>" for every ES module loaded and, at exit, every CommonJS module.
const hook = join(dir, 'list-modules.mjs');
writeFileSync(
  hook,
  `import { register, createRequire } from 'node:module';
register('data:text/javascript,' + encodeURIComponent('export async function load(url, context, next) { process.stderr.write("LOADED " + url + "\\\\n"); return next(url, context); }'));
process.on('exit', () => { for (const path of Object.keys(createRequire(process.cwd() + '/').cache)) process.stderr.write('LOADED ' + path + '\\n'); });
`,
);

/** The modules loaded by one run of the command over `file` (in the temp dir, no config file). */
function modulesLoaded(file: string): string[] {
  return listed([join(root, 'bin', 'report-lint.js'), file]);
}

/** The modules loaded by one run of the CLI from its TypeScript sources (the library's module graph). */
function sourceModulesLoaded(file: string): string[] {
  const script = `import { main } from ${JSON.stringify(join(root, 'src', 'cli', 'main.ts'))};
process.exitCode = await main([${JSON.stringify(file)}], { stdout: () => {}, stderr: (s) => process.stderr.write(s), cwd: process.cwd(), isTTY: false, env: {} });`;
  return listed(['--import', tsx, '--input-type=module', '-e', script]);
}

function listed(args: string[]): string[] {
  const run = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return run.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
}

const packageOf = (url: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];

const LAZY = ['unified', 'remark-parse', 'remark-gfm', 'rehype-parse', 'parse5', 'mammoth', 'pdfjs-dist', 'string-width', 'picomatch', 'tinyglobby', 'iconv-lite', 'exceljs'];

describe('lazy loading', () => {
  it('a .txt run loads no markdown/HTML/Word parser, no OpenCC dictionary, no glob, encoder or spreadsheet package', () => {
    copyFileSync(join(root, 'fixtures', 'seeds', '002_968440a473f92860.txt'), join(dir, 'report.txt'));
    const loaded = modulesLoaded('report.txt');
    expect(loaded.some((url) => url.endsWith('/dist/report-lint.js'))).toBe(true); // the hook sees the bundle
    const packages = new Set(loaded.map(packageOf).filter(Boolean));
    for (const name of [...LAZY, 'opencc-js']) expect(packages.has(name), name).toBe(false);
  }, 60_000);

  it('the same from the sources: no module of src/ imports a lazily loaded package up front', () => {
    const loaded = sourceModulesLoaded('report.txt');
    expect(loaded.some((url) => url.includes('/src/lint.ts'))).toBe(true);
    const packages = new Set(loaded.map(packageOf).filter(Boolean));
    for (const name of [...LAZY, 'opencc-js']) expect(packages.has(name), name).toBe(false);
  }, 60_000);

  it('a Traditional report without Simplified characters loads the Traditional → Simplified dictionary only', () => {
    writeFileSync(join(dir, 'traditional.txt'), '某縣人民政府2022年政府資訊公開工作年度報告\n\n一、總體情況\n\n本年度主動公開政府資訊12條，辦理依申請公開3件。\n');
    const loaded = modulesLoaded('traditional.txt').filter((url) => url.includes('opencc-js'));
    expect(loaded.some((url) => /opencc-js\/dist\/(esm|umd)\/t2cn\.js$/.test(url))).toBe(true);
    expect(loaded.filter((url) => /opencc-js\/dist\/(esm|umd)\/(cn2t|full)\.js$/.test(url))).toEqual([]);
  }, 60_000);

  it('a .pdf run loads the PDF.js parser only: no display layer, canvas or native module, no markup parser', () => {
    copyFileSync(join(root, 'fixtures', 'pdf', 'seed-002.libreoffice.pdf'), join(dir, 'report.pdf'));
    const loaded = modulesLoaded('report.pdf');
    expect(loaded.filter((url) => url.includes('pdfjs-dist')).map((url) => url.replace(/^.*pdfjs-dist\//, ''))).toEqual(['legacy/build/pdf.worker.min.mjs']);
    const packages = new Set(loaded.map(packageOf));
    for (const name of ['@napi-rs/canvas', 'canvas', 'rehype-parse', 'remark-parse', 'mammoth']) expect(packages.has(name), name).toBe(false);
    expect(loaded.some((url) => url.endsWith('.node'))).toBe(false);
  }, 60_000);

  it('a .docx run loads mammoth and the HTML parser, not remark', () => {
    copyFileSync(join(root, 'fixtures', 'corpus', 'docx', 'seed-002.docx'), join(dir, 'report.docx'));
    const packages = new Set(modulesLoaded('report.docx').map(packageOf));
    expect(packages.has('mammoth')).toBe(true);
    expect(packages.has('rehype-parse')).toBe(true);
    expect(packages.has('remark-parse')).toBe(false);
  }, 60_000);

  it('a .md run loads remark', () => {
    writeFileSync(join(dir, 'report.md'), '# 某县2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本年度公开信息 12 条。\n');
    const packages = new Set(modulesLoaded('report.md').map(packageOf));
    expect(packages.has('remark-parse')).toBe(true);
    expect(packages.has('rehype-parse')).toBe(false);
  }, 60_000);
});
