#!/usr/bin/env node
/**
 * Builds the offline checker page: src/web/app.ts and everything it uses
 * (engine, rules, front ends, mammoth for .docx, the rules' docs) bundled by
 * esbuild for the browser, and src/web/styles.css, both inlined into one HTML file with a
 * Content-Security-Policy that forbids every request. Writes
 * dist-web/report-lint.html and prints its size.
 *
 * src/require.ts (synchronous require() of packages on first use, Node only)
 * is swapped for src/web/require.ts, which maps the same package names to
 * bundled modules evaluated on first use.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist-web', 'report-lint.html');
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const started = performance.now();
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Resolves imports of src/require.ts to its browser stand-in. */
const browserRequire = {
  name: 'browser-require',
  setup(build) {
    build.onResolve({ filter: /(^|\/)require\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (target === join(ROOT, 'src', 'require.ts')) return { path: join(ROOT, 'src', 'web', 'require.ts') };
      return undefined;
    });
  },
};

/**
 * Adobe's predefined CMaps for Simplified Chinese (Adobe-GB1: GB, GBK, UniGB…; about 290 KB), by file
 * name, base64: PDFs whose Chinese fonts are not embedded need them to be read (PDF.js loads them from
 * files, which a page that fetches nothing cannot do).
 */
function chineseCMaps() {
  const dir = join(ROOT, 'node_modules', 'pdfjs-dist', 'cmaps');
  const maps = {};
  for (const name of readdirSync(dir)) if (/^(?:Adobe-GB1-|GB|UniGB-)/.test(name)) maps[name] = readFileSync(join(dir, name)).toString('base64');
  return maps;
}

/** The rules' docs (docs/rules/<id>.md) by rule id, so the page explains every rule without a network. */
function ruleDocs() {
  const dir = join(ROOT, 'docs', 'rules');
  const docs = {};
  for (const name of readdirSync(dir)) if (name.endsWith('.md')) docs[name.slice(0, -3)] = readFileSync(join(dir, name), 'utf8');
  return docs;
}

const bundle = await esbuild.build({
  entryPoints: [join(ROOT, 'src', 'web', 'app.ts')],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome100', 'edge100', 'firefox100', 'safari15'],
  minify: true,
  charset: 'utf8', // Chinese text as UTF-8, not \u escapes (a third smaller)
  legalComments: 'eof',
  write: false,
  metafile: true,
  logLevel: 'warning',
  define: {
    __REPORT_LINT_VERSION__: JSON.stringify(version),
    __REPORT_LINT_CMAPS__: JSON.stringify(chineseCMaps()),
    __REPORT_LINT_DOCS__: JSON.stringify(ruleDocs()),
  },
  plugins: [browserRequire],
});

const css = await esbuild.transform(readFileSync(join(ROOT, 'src', 'web', 'styles.css'), 'utf8'), { loader: 'css', minify: true, charset: 'utf8' });

// Inside <script>, "</script" would end the element and "<!--" would change how it is parsed: escape both.
const js = bundle.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const styles = css.code.replace(/<\/(style)/gi, '<\\/$1');

const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>政府信息公开年度报告检查 · report-lint</title>
<style>${styles}</style>
</head>
<body>
<noscript>本页面需要启用 JavaScript。This page needs JavaScript.</noscript>
<script>${js}</script>
</body>
</html>
`;

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, html);

const bytes = Buffer.byteLength(html);
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(`dist-web/report-lint.html: ${mb(bytes)} (${bytes} bytes; gzip ${mb(gzipSync(html).length)}), built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
