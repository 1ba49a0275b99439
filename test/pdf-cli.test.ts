/**
 * PDF files through the command line: findings name their page in every
 * format, extract and --print-ast read PDFs, directories include them, and
 * PDFs that cannot be read (scanned, encrypted, damaged, truncated, page and
 * stream bombs) cost one clear Chinese error and exit 2 while the other
 * files are still linted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LintResult } from '../src/results.js';
import { runCli, tempTrees } from './cli/helpers.js';
import { pagesPdf, unembeddedChinesePdf } from './helpers/pdf-bytes.js';
import { pdfToText } from '../src/frontends/pdf/extract.js';

const root = join(import.meta.dirname, '..');
const pdf = (name: string) => readFileSync(join(root, 'fixtures', 'pdf', name));

const dir = tempTrees();

const SCANNED = '无法检查 scanned.pdf：扫描件没有文字层，无法检查；请提供可复制文字的PDF或Word文件';

describe('a PDF report', () => {
  it('is linted, each finding naming its page in JSON (location) and in words', async () => {
    const r = await runCli(['seed-001.pdf', '-f', 'json'], dir({ 'seed-001.pdf': pdf('seed-001.libreoffice.pdf') }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as LintResult[];
    expect(result!.messages).toHaveLength(13);
    const where = result!.messages.map((m) => `${m.ruleId} ${JSON.stringify(m.location)}`);
    expect(where.filter((w) => w.startsWith('malformed-date'))).toEqual(['malformed-date {"page":1}', 'malformed-date {"page":1}']);
    // Table 三's （七）总计 row is on the fourth page of the LibreOffice export.
    expect(where.filter((w) => /^(?:application-balance|table-sum)/.test(w))).toEqual(['table-sum {"page":4}']);
    // JSON keeps each message as the rule wrote it; the page is in `location`.
    expect(result!.messages.filter((m) => /第\d+页/.test(m.message))).toEqual([]);
  });

  it('names the page in stylish (with a code frame of the extracted row), unix, the html summary and English output', async () => {
    const cwd = dir({ 'seed-001.pdf': pdf('seed-001.libreoffice.pdf') });
    const stylish = (await runCli(['seed-001.pdf'], cwd)).stdout;
    expect(stylish).toContain('（七）总计 的数值似乎错列（右移了一列）：各办理结果之和为 法律服务机构 1、其他 0，总计行却是 0、1；1 应在“法律服务机构”列（第4页）');
    expect(stylish).toMatch(/│ .*（七）总计 \| 3 \| 0 \| 0 \| 0 \| 0 \| 1 \| 4/);
    const unix = (await runCli(['seed-001.pdf', '-f', 'unix'], cwd)).stdout;
    expect(unix.match(/（第\d页）/g)).toHaveLength(13);
    const summary = (await runCli(['seed-001.pdf', '-f', 'html'], cwd)).stdout;
    expect(summary).toContain('网址缺失：“网址为/”后面没有网址（第4页）');
    const en = (await runCli(['seed-001.pdf', '-f', 'unix', '--locale', 'en'], cwd)).stdout;
    expect(en.match(/ \(page \d\)/g)).toHaveLength(13);
  });

  it('is found in directories, read from standard input, and never rewritten by --fix', async () => {
    const cwd = dir({ 'reports/a.pdf': pdf('seed-002.libreoffice.pdf'), 'reports/b.txt': '某县2022年政府信息公开工作年度报告\n' });
    const r = await runCli(['reports', '-f', 'json'], cwd);
    expect((JSON.parse(r.stdout) as LintResult[]).map((x) => x.filePath)).toEqual([join('reports', 'a.pdf'), join('reports', 'b.txt')]);
    const piped = await runCli(['--stdin', '--stdin-filename', 'x.pdf', '-f', 'json'], cwd, { stdin: async () => pdf('seed-001.libreoffice.pdf') });
    expect((JSON.parse(piped.stdout) as LintResult[])[0]!.messages).toHaveLength(13);
    const before = readFileSync(join(cwd, 'reports', 'a.pdf'));
    await runCli(['reports/a.pdf', '--fix'], cwd);
    expect(readFileSync(join(cwd, 'reports', 'a.pdf')).equals(before)).toBe(true);
  });

  it('reads Chinese in a font that is not embedded, with the CMaps pdfjs-dist ships; PDF.js warnings never reach stdout', async () => {
    const bytes = unembeddedChinesePdf('某县2022年政府信息公开工作年度报告');
    const r = await runCli(['--print-ast', 'song.pdf'], dir({ 'song.pdf': bytes }));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).children[0]).toMatchObject({ type: 'paragraph', value: '某县2022年政府信息公开工作年度报告' });
    // Without the CMaps the text cannot be read (PDF.js would warn about the font): nothing is printed.
    const log = vi.spyOn(console, 'log');
    await expect(pdfToText(bytes)).rejects.toMatchObject({ problem: 'scanned' });
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it('reads a run set letter by letter without its spaces, and keeps a single space', async () => {
    const spaced = await runCli(['--print-ast', 'a.pdf'], dir({ 'a.pdf': unembeddedChinesePdf('申 请 人 无 正 当 理 由 逾 期 不 补 正 、 行 政 机 关') }));
    expect(JSON.parse(spaced.stdout).children[0].value).toBe('申请人无正当理由逾期不补正、行政机关');
    const single = await runCli(['--print-ast', 'b.pdf'], dir({ 'b.pdf': unembeddedChinesePdf('对《办法》等 份文件进行了解读') }));
    expect(JSON.parse(single.stdout).children[0].value).toBe('对《办法》等 份文件进行了解读');
  });

  it('works with extract and --print-ast', async () => {
    const cwd = dir({ 'seed-002.pdf': pdf('seed-002.libreoffice.pdf') });
    const extract = await runCli(['extract', 'seed-002.pdf'], cwd);
    expect(extract.code).toBe(0);
    const [record] = JSON.parse(extract.stdout);
    expect(record.tables.applications.rows.new).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(record.tables.active[0].rows.map((r: { key: string }) => r.key)).toEqual(['rules', 'normative']);
    const ast = await runCli(['--print-ast', 'seed-002.pdf'], cwd);
    expect(ast.code).toBe(0);
    const tree = JSON.parse(ast.stdout);
    expect(tree.data.format).toBe('pdf');
    expect(JSON.stringify(tree)).toContain('"type":"table"');
  });
});

describe('PDFs that cannot be read', () => {
  const good = pdf('seed-002.libreoffice.pdf');
  const cases: [string, Uint8Array, string][] = [
    ['scanned.pdf', pdf('scanned.pdf'), SCANNED],
    ['encrypted.pdf', pdf('encrypted.pdf'), '无法读取 encrypted.pdf：PDF 文件已加密（有密码保护），无法取出文字；请提供未加密的PDF或Word文件'],
    ['damaged.pdf', Buffer.from('这不是PDF文件，只是改了扩展名\n'), '无法读取 damaged.pdf：不是有效的 PDF 文件，文件可能已损坏、不完整或只是改了扩展名'],
    ['truncated.pdf', good.subarray(0, Math.floor(good.length * 0.6)), '无法读取 truncated.pdf：不是有效的 PDF 文件，文件可能已损坏、不完整或只是改了扩展名'],
    ['pages.pdf', pagesPdf(5000, Buffer.from('BT /F1 12 Tf 72 720 Td (Annual report) Tj ET')), '跳过 pages.pdf：PDF 页数超过上限（5000 页，上限 1000 页）'],
    // 40 MB of content that draws nothing, compressed to a small file: read to the end, no text.
    ['stream.pdf', pagesPdf(1, Buffer.alloc(40 * 1024 * 1024, 0x20), true), '无法检查 stream.pdf：扫描件没有文字层，无法检查；请提供可复制文字的PDF或Word文件'],
  ];

  it.each(cases)('%s: one Chinese error, exit 2, the other files are still linted', async (name, bytes, message) => {
    const r = await runCli([name, 'good.pdf', '-f', 'json'], dir({ [name]: bytes, 'good.pdf': good }));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`report-lint: ${message}\n`);
    const results = JSON.parse(r.stdout) as LintResult[];
    expect(results.map((x) => [x.filePath, x.errorCount])).toEqual([['good.pdf', 0]]);
  }, 60_000);

  it('a PDF over --max-file-size is skipped before it is read', async () => {
    const r = await runCli(['good.pdf', '--max-file-size', '100KB'], dir({ 'good.pdf': good }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^report-lint: 跳过 good\.pdf：文件大小 .* 超过上限/);
  });

  it('a short page of text in a standard font is read, not refused', async () => {
    const r = await runCli(['--print-ast', 'one.pdf'], dir({ 'one.pdf': pagesPdf(1, Buffer.from('BT /F1 12 Tf 72 720 Td (Annual report of the county) Tj ET')) }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).children[0]).toMatchObject({ type: 'paragraph', value: 'Annual report of the county' });
  });
});
