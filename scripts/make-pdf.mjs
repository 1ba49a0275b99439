#!/usr/bin/env node
/**
 * Turns reports into PDF the way offices make them: a Word file (.docx) or
 * an HTML page exported by LibreOffice (`soffice --headless --convert-to
 * pdf`, Debian package libreoffice-writer-nogui), or an HTML page printed by
 * Chromium (`--print-to-pdf`, with the browser's own header and footer, as
 * a person printing from the browser gets them).
 *
 *   node scripts/make-pdf.mjs <input.docx|input.html> <output.pdf> [--engine libreoffice|chromium]
 *   node scripts/make-pdf.mjs --fixtures     # (re)makes fixtures/pdf/ from fixtures/corpus
 *
 * `toPdf(input, output, { engine })` is exported for other scripts, and for
 * many files at once (the accuracy lab) `libreofficeMany` (one LibreOffice
 * run) and `chromiumMany` (one browser session). Neither LibreOffice nor
 * Chromium is needed by the tests: the PDFs this makes are committed under
 * fixtures/pdf/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The first of these commands found on PATH. */
function which(...names) {
  for (const name of names) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const program = (engine) => (engine === 'chromium' ? which('chromium', 'chromium-browser', 'google-chrome') : which('soffice', 'libreoffice'));

/** True when the engine's program is installed. */
export function hasEngine(engine) {
  return !!program(engine);
}

/** The installed engine's version line ("LibreOffice 7.4.7.2 …", "Chromium 156.0…"), or undefined when it is missing. */
export function engineVersion(engine) {
  const path = program(engine);
  if (!path) return undefined;
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return (r.stdout ?? '').split('\n').find((line) => /\d/.test(line))?.trim() ?? path;
}

/**
 * LibreOffice's command line: a private profile in `work`, so that runs side
 * by side do not share LibreOffice's lock; HTML into Writer itself (Writer/Web's
 * export leaves the first page blank), as "Open with Writer, Export as PDF".
 */
function sofficeArgs(work, { html, password, outDir, inputs }) {
  return [
    `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless',
    ...(html ? ['--infilter=HTML (StarWriter)'] : []),
    '--convert-to', password ? `pdf:writer_pdf_Export:${JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: password } })}` : html ? 'pdf:writer_pdf_Export' : 'pdf',
    '--outdir', outDir, ...inputs,
  ];
}

/**
 * Converts a .docx or .html file to PDF. LibreOffice reads both (and can
 * encrypt the PDF with an open password); Chromium prints HTML only. Throws
 * when the program is missing or fails.
 */
export function toPdf(input, output, { engine = 'libreoffice', password } = {}) {
  input = resolve(input);
  output = resolve(output);
  mkdirSync(dirname(output), { recursive: true });
  rmSync(output, { force: true }); // a failed run must not leave an older file looking new
  const work = mkdtempSync(join(tmpdir(), 'report-lint-pdf-'));
  try {
    if (engine === 'chromium') {
      const chromium = which('chromium', 'chromium-browser', 'google-chrome');
      if (!chromium) throw new Error('Chromium is not installed');
      const r = spawnSync(chromium, [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${join(work, 'profile')}`, `--print-to-pdf=${output}`, pathToFileURL(input).href,
      ], { encoding: 'utf8', timeout: 120_000 });
      if (!existsSync(output)) throw new Error(`Chromium failed: ${r.stderr}`);
      return output;
    }
    const soffice = which('soffice', 'libreoffice');
    if (!soffice) throw new Error('LibreOffice is not installed');
    const r = spawnSync(soffice, sofficeArgs(work, { html: /\.html?$/i.test(input), password, outDir: work, inputs: [input] }), { encoding: 'utf8', timeout: 300_000 });
    const made = join(work, `${basename(input, extname(input))}.pdf`);
    if (!existsSync(made)) throw new Error(`LibreOffice failed: ${r.stdout}${r.stderr}`);
    copyFileSync(made, output);
    return output;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Converts many files of one kind (all .docx, or all .html) to PDF in one
 * LibreOffice run, as toPdf does one: starting LibreOffice costs seconds,
 * converting a report a fraction of one. Writes <outDir>/<input's name>.pdf
 * for every input (names must differ) and resolves to the inputs it could
 * not convert; rejects when LibreOffice is missing or cannot start.
 */
export async function libreofficeMany(inputs, outDir) {
  const soffice = which('soffice', 'libreoffice');
  if (!soffice) throw new Error('LibreOffice is not installed');
  const html = inputs.map((input) => /\.html?$/i.test(input));
  if (html.some((h) => h !== html[0])) throw new Error('libreofficeMany: give .docx and .html files in separate runs');
  outDir = resolve(outDir);
  mkdirSync(outDir, { recursive: true });
  const made = (input) => join(outDir, `${basename(input, extname(input))}.pdf`);
  for (const input of inputs) rmSync(made(input), { force: true });
  const work = mkdtempSync(join(tmpdir(), 'report-lint-pdf-'));
  try {
    const output = await new Promise((done, fail) => {
      const child = spawn(soffice, sofficeArgs(work, { html: html[0], outDir, inputs: inputs.map((i) => resolve(i)) }), { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (d) => (text += d));
      child.stderr.on('data', (d) => (text += d));
      const timer = setTimeout(() => child.kill(), 60_000 + 20_000 * inputs.length);
      child.on('error', fail);
      child.on('close', () => {
        clearTimeout(timer);
        done(text);
      });
    });
    const failed = inputs.filter((input) => !existsSync(made(input)));
    if (failed.length === inputs.length && inputs.length) throw new Error(`LibreOffice failed: ${output.slice(0, 500)}`);
    return failed;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Prints many HTML pages to PDF in one Chromium session (playwright-core), as
 * a person prints a page from the browser: A4, the default margins, the
 * browser's header (date and page title) and footer (the page's address and
 * "page/pages"). The date and address are given (`date`, `url`), so the same
 * page always prints the same. `pages`: [{ input, output, date, url }].
 * Rejects when Chromium is missing or a page cannot be printed.
 */
export async function chromiumMany(pages) {
  const executablePath = which('chromium', 'chromium-browser', 'google-chrome');
  if (!executablePath) throw new Error('Chromium is not installed');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const band = (left, right) => `<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;padding:0 0.4in;font-family:sans-serif">${left}${right}</div>`;
  try {
    const page = await browser.newPage();
    for (const p of pages) {
      const output = resolve(p.output);
      mkdirSync(dirname(output), { recursive: true });
      rmSync(output, { force: true });
      await page.goto(pathToFileURL(resolve(p.input)).href, { waitUntil: 'load' });
      await page.pdf({
        path: output, format: 'A4', margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' },
        displayHeaderFooter: true,
        headerTemplate: band(`<span>${escape(p.date)}</span>`, '<span class="title"></span><span></span>'),
        footerTemplate: band(`<span>${escape(p.url)}</span>`, '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span>'),
      });
    }
  } finally {
    await browser.close();
  }
}

/**
 * A scanned report: the pages of a PDF as pictures only (rendered by
 * pdftoppm, poppler-utils), no text layer — what a scanner makes.
 */
export function scannedPdf(input, output, { pages = 1, dpi = 60 } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'report-lint-scan-'));
  try {
    const r = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', String(pages), input, join(work, 'p')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    const images = [];
    for (let i = 1; i <= pages; i++) {
      const file = [String(i), String(i).padStart(2, '0'), String(i).padStart(3, '0')].map((n) => join(work, `p-${n}.pgm`)).find(existsSync);
      images.push(readPgm(readFileSync(file)));
    }
    writeFileSync(output, imagePdf(images));
    return output;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A binary PGM (P5) image: width, height and 8-bit grey pixels. */
function readPgm(bytes) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  const [whole, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: bytes.subarray(whole.length) };
}

/** A PDF whose pages are each one grey image filling an A4 page. */
function imagePdf(images) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pagesObj = add(null);
  const kids = [];
  for (const img of images) {
    const data = deflateSync(img.pixels);
    const image = add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]));
    const content = Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q');
    const contents = add(Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]));
    kids.push(add(Buffer.from(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${contents} 0 R >>`)));
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesObj} 0 R >>`);
  objects[pagesObj - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** Seed 002's Word file as HTML with its first two sections set in two columns (a newsletter-style page). */
async function twoColumnHtml(output) {
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ path: join(root, 'fixtures', 'corpus', 'docx', 'seed-002.docx') });
  const start = value.indexOf('<p>一、总体情况');
  const end = value.indexOf('<p>二、主动公开政府信息情况');
  if (start < 0 || end < 0) throw new Error('seed-002.docx: section headings not found');
  const body = `${value.slice(0, start)}<div class="two">${value.slice(start, end)}</div>${value.slice(end)}`;
  const style = 'body{font-family:serif;font-size:10.5pt;margin:0 1cm}.two{column-count:2;column-gap:1.2cm}p{margin:0 0 .4em}table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 4px}';
  writeFileSync(output, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>两栏排版</title><style>${style}</style></head><body>${body}</body></html>\n`);
}

/**
 * A crawled report page made printable: its <title> (the report title, which
 * the portal showed above the report) repeated as a heading at the top of
 * the body, as on the page the office published.
 */
function printableHtml(input, output) {
  const html = readFileSync(input, 'utf8');
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  if (!title) throw new Error(`${input}: no <title>`);
  writeFileSync(output, html.replace(/<body[^>]*>/i, (body) => `${body}<h1 style="text-align:center;font-size:16pt">${title}</h1>`));
}

/** fixtures/pdf/: every Word and HTML fixture of fixtures/corpus as PDF, plus a two-column page and a scanned page. */
async function makeFixtures() {
  const out = join(root, 'fixtures', 'pdf');
  mkdirSync(out, { recursive: true });
  const made = [];
  for (const n of ['001', '002']) made.push(toPdf(join(root, 'fixtures', 'corpus', 'docx', `seed-${n}.docx`), join(out, `seed-${n}.libreoffice.pdf`)));
  const source = join(out, 'src');
  mkdirSync(source, { recursive: true });
  for (const r of ['r004', 'r019', 'r020']) {
    const html = join(source, `${r}.html`);
    printableHtml(join(root, 'fixtures', 'corpus', 'html', `${r}.html`), html);
    made.push(toPdf(html, join(out, `${r}.libreoffice.pdf`)));
    made.push(toPdf(html, join(out, `${r}.chromium.pdf`), { engine: 'chromium' }));
  }
  await twoColumnHtml(join(source, 'two-column.html'));
  made.push(toPdf(join(source, 'two-column.html'), join(out, 'two-column.chromium.pdf'), { engine: 'chromium' }));
  made.push(toPdf(join(root, 'fixtures', 'corpus', 'docx', 'seed-002.docx'), join(out, 'encrypted.pdf'), { password: 'report' }));
  made.push(scannedPdf(join(out, 'seed-002.libreoffice.pdf'), join(out, 'scanned.pdf'), { pages: 2 }));
  for (const file of made) process.stdout.write(`${file}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--fixtures') await makeFixtures();
  else if (args.length >= 2) {
    const engine = args.includes('--engine') ? args[args.indexOf('--engine') + 1] : 'libreoffice';
    process.stdout.write(`${toPdf(args[0], args[1], { engine })}\n`);
  } else {
    process.stderr.write('usage: node scripts/make-pdf.mjs <input.docx|input.html> <output.pdf> [--engine libreoffice|chromium]\n       node scripts/make-pdf.mjs --fixtures\n');
    process.exitCode = 2;
  }
}
