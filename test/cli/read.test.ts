import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, readReport } from '../../src/cli/read.js';
import type { LintResult } from '../../src/results.js';
import { BAD, encodeGbk, encodeUtf16, onlyRules, runCli, tempTrees } from './helpers.js';


const tree = tempTrees({ '.reportlintrc.json': onlyRules() });

/** Messages without the file path, to compare runs over differently encoded copies. */
const findings = (stdout: string) =>
  (JSON.parse(stdout) as LintResult[]).map((r) => r.messages.map(({ ruleId, line, column, endLine, endColumn, message, range }) => ({ ruleId, line, column, endLine, endColumn, message, range })));

/** Random bytes that include NULs. */
function randomBinary(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  bytes[10] = 0;
  bytes[200] = 0;
  return bytes;
}

describe('decodeBytes', () => {
  it('decodes UTF-8, with and without BOM (the BOM is dropped)', () => {
    expect(decodeBytes(Buffer.from(BAD))).toEqual({ ok: true, text: BAD, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BAD)]))).toEqual({ ok: true, text: BAD, encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    expect(decodeBytes(encodeUtf16(BAD, 'le'))).toEqual({ ok: true, text: BAD, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16(BAD, 'be'))).toEqual({ ok: true, text: BAD, encoding: 'utf-16be' });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    const gbk = encodeGbk(BAD);
    expect(gbk.length).toBeLessThan(Buffer.byteLength(BAD)); // really two bytes per Chinese character
    expect(decodeBytes(gbk)).toEqual({ ok: true, text: BAD, encoding: 'gb18030' });
    // 中文 written by hand: D6 D0 CE C4.
    expect(decodeBytes(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ ok: true, text: '中文', encoding: 'gb18030' });
  });

  it('rejects binary data', () => {
    expect(decodeBytes(randomBinary(1000))).toEqual({ ok: false, problem: { kind: 'undecodable' } });
    expect(decodeBytes(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, problem: { kind: 'undecodable' } });
    // Control characters everywhere, no NUL.
    expect(decodeBytes(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x41 : 0x01))))).toMatchObject({ ok: false });
    // An odd number of bytes after a UTF-16 BOM.
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false });
  });

  it('keeps tabs, form feeds and CRLF', () => {
    expect(decodeBytes(Buffer.from('a\tb\r\n\fc'))).toMatchObject({ ok: true, text: 'a\tb\r\n\fc' });
  });
});

describe('readReport', () => {
  it('reports OS errors with their code', async () => {
    const dir = tree({});
    expect(await readReport(join(dir, 'missing.txt'))).toMatchObject({ ok: false, problem: { kind: 'io', code: 'ENOENT' } });
    mkdirSync(join(dir, 'folder.txt'));
    expect(await readReport(join(dir, 'folder.txt'))).toMatchObject({ ok: false, problem: { kind: 'io', code: 'EISDIR' } });
  });

  it('reads a missing .docx as an OS error, and a file that is no Word document as a problem of its own', async () => {
    expect(await readReport('/nowhere/report.DOCX')).toMatchObject({ ok: false, problem: { kind: 'io', code: 'ENOENT' } });
    const dir = tree({ 'fake.docx': 'PK\u0003\u0004' });
    expect(await readReport(join(dir, 'fake.docx'))).toMatchObject({ ok: false, problem: { kind: 'not-docx' } });
  });
});

describe('encodings through the CLI', () => {
  it('an undecodable file exits 2 with the Chinese message; the other files are still linted', async () => {
    const dir = tree({ 'binary.txt': randomBinary(2000), 'bad.txt': BAD });
    const r = await runCli(['binary.txt', 'bad.txt', '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: 无法读取 binary.txt：文件不是可识别的文本编码（支持 UTF-8、UTF-16、GB18030/GBK）\n');
    expect((JSON.parse(r.stdout) as LintResult[]).map((x) => [x.filePath, x.errorCount])).toEqual([['bad.txt', 2]]);
  });

  it('GB18030, UTF-16LE and UTF-8-with-BOM copies give exactly the findings of the UTF-8 file', async () => {
    const dir = tree({
      'utf8.txt': BAD,
      'gbk.txt': encodeGbk(BAD),
      'utf16le.txt': encodeUtf16(BAD, 'le'),
      'utf16be.txt': encodeUtf16(BAD, 'be'),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BAD)]),
    });
    const r = await runCli(['utf8.txt', 'gbk.txt', 'utf16le.txt', 'utf16be.txt', 'bom.txt', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const [utf8, ...others] = findings(r.stdout);
    expect(utf8).toHaveLength(2);
    expect(utf8![0]).toMatchObject({ line: 7, column: 25 });
    for (const other of others) expect(other).toEqual(utf8);
  });

  it('a .docx file that is no Word document is an exit-2 problem for that file only', async () => {
    const dir = tree({ 'report.docx': 'PK\u0003\u0004', 'bad.txt': BAD });
    const r = await runCli(['report.docx', 'bad.txt', '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: 无法读取 report.docx：不是有效的 Word 文档（.docx），文件可能已损坏或只是改了扩展名\n');
    expect((JSON.parse(r.stdout) as LintResult[]).map((x) => x.filePath)).toEqual(['bad.txt']);
  });

  it('an unreadable file exits 2 with the reason in Chinese', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = tree({ 'secret.txt': BAD, 'bad.txt': BAD });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const r = await runCli(['secret.txt', 'bad.txt', '-f', 'json'], dir);
    chmodSync(join(dir, 'secret.txt'), 0o644);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: 无法读取 secret.txt：没有读取权限\n');
    expect((JSON.parse(r.stdout) as LintResult[]).map((x) => x.filePath)).toEqual(['bad.txt']);
  });
});
