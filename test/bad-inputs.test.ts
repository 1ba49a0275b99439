/**
 * Bad inputs through the CLI (in-process): each gets a clear Chinese message
 * and the right exit code, and the good report beside it is still linted.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BAD, encodeGbk, onlyRules, runCli, tempTrees } from './cli/helpers.js';

// An unreadable file, even for root (who may read anything): readFile of "locked.txt" fails with EACCES.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = ((path: unknown, ...rest: unknown[]) =>
    String(path).endsWith('locked.txt')
      ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' }))
      : (actual.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest)) as typeof actual.readFile;
  return { ...actual, readFile, default: { ...actual, readFile } };
});


/** A temp dir with a config that runs only application-balance, the good report "good.txt" (two errors) and `files`. */
const tree = tempTrees({ 'report-lint.config.json': onlyRules(), 'good.txt': BAD });

/** Runs the CLI with JSON output; the parsed results by file path. */
async function lint(dir: string, args: string[]) {
  const run = await runCli(['-f', 'json', ...args], dir);
  const results = JSON.parse(run.stdout || '[]') as { filePath: string; errorCount: number; messages: { message: string; line: number; column: number }[] }[];
  return { ...run, byPath: new Map(results.map((r) => [r.filePath, r])) };
}

/** The good report was linted: its two application-balance errors at 7:25 and 7:33. */
function expectGoodLinted(byPath: Map<string, { messages: { line: number; column: number }[] }>) {
  expect(byPath.get('good.txt')?.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['7:25', '7:33']);
}

/** A zip of one deflated entry (CRC left 0: the size check refuses it before anything reads the data). */
function zipOf(name: string, data: Buffer): Buffer {
  const packed = deflateRawSync(data, { level: 1 });
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + file.length, 12);
  end.writeUInt32LE(30 + file.length + packed.length, 16);
  return Buffer.concat([local, file, packed, central, file, end]);
}

describe('bad inputs', () => {
  it('empty file: one error "文件是空的", exit 1', async () => {
    const dir = tree({ 'empty.txt': '', 'blank.txt': ' \n\u3000\n' });
    const run = await lint(dir, ['empty.txt', 'blank.txt', 'good.txt']);
    expect(run.code).toBe(1);
    for (const name of ['empty.txt', 'blank.txt']) {
      expect(run.byPath.get(name)?.messages.map((m) => m.message)).toEqual(['文件是空的，没有可检查的报告内容']);
    }
    expectGoodLinted(run.byPath);
  });

  it('empty standard input: the same error and exit code as an empty file', async () => {
    for (const bytes of ['', ' \n\u3000\n']) {
      const piped = await runCli(['-f', 'json', '--stdin', '--stdin-filename', 'piped.txt'], tree({}), { stdin: async () => Buffer.from(bytes) });
      expect(piped.code).toBe(1);
      const results = JSON.parse(piped.stdout) as { filePath: string; messages: { message: string }[] }[];
      expect(results.map((r) => [r.filePath, r.messages.map((m) => m.message)])).toEqual([['piped.txt', ['文件是空的，没有可检查的报告内容']]]);
    }
  });

  it('UTF-16 without a byte-order mark, little- and big-endian: decoded and linted like UTF-8', async () => {
    const le = Buffer.from(BAD, 'utf16le');
    const be = Buffer.from(le).swap16();
    const run = await lint(tree({ 'le.txt': le, 'be.txt': be }), ['le.txt', 'be.txt', 'good.txt']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    for (const name of ['le.txt', 'be.txt']) expect(run.byPath.get(name)?.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['7:25', '7:33']);
    expectGoodLinted(run.byPath);
  });

  it('a .docx that inflates to hundreds of megabytes (a zip bomb): refused while counting, exit 2', async () => {
    const bomb = zipOf('word/document.xml', Buffer.alloc(210 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = performance.now();
    const run = await lint(tree({ 'bomb.docx': bomb }), ['bomb.docx', 'good.txt']);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('跳过 bomb.docx：Word 文档解压后超过 200.0 MB（可能是压缩炸弹），未读取');
    expectGoodLinted(run.byPath);
  }, 60_000);

  it('a PDF whose FlateDecode streams inflate to more than 200 MB (a compression bomb): refused before parsing, exit 2, both locales', async () => {
    // Eight object streams and content streams of 27 MB of zeros each (deflate packs them about 1,000 to 1).
    const packed = deflateSync(Buffer.alloc(27 * 1024 * 1024, 0x20), { level: 9 });
    const objects = Array.from({ length: 8 }, (_, k) =>
      Buffer.concat([Buffer.from(`${k + 4} 0 obj\n<< /Length ${packed.length} /Filter /FlateDecode${k % 2 ? ' /Type /ObjStm /N 1 /First 4' : ''} >>\nstream\n`, 'latin1'), packed, Buffer.from('\nendstream\nendobj\n', 'latin1')]),
    );
    const bomb = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n', 'latin1'), ...objects, Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')]);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const dir = tree({ 'bomb.pdf': bomb });
    const run = await lint(dir, ['bomb.pdf', 'good.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('跳过 bomb.pdf：PDF 文件中的压缩数据解压后超过 200.0 MB（可能是压缩炸弹），未读取');
    expectGoodLinted(run.byPath);
    const en = await lint(dir, ['--locale', 'en', 'bomb.pdf', 'good.txt']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('skipped bomb.pdf: the compressed data in the PDF unpacks to more than 200.0 MB (possibly a compression bomb); not read');
    expectGoodLinted(en.byPath);
  }, 60_000);

  it('100,000 nested <div>s: linted, with a plain note about the depth, no JavaScript error text', async () => {
    const html = `<p>一、总体情况</p>${'<div>'.repeat(100_000)}<p>本年度共收到申请10件。</p>`;
    const run = await lint(tree({ 'deep.html': html }), ['deep.html', 'good.txt']);
    expect(run.stderr).toBe('');
    expect(run.byPath.get('deep.html')?.messages.map((m) => m.message)).toContain('HTML 元素嵌套超过100层，更深的标签按不存在处理（其中的文字照常检查）');
    expectGoodLinted(run.byPath);
  }, 60_000);

  it('binary file: not a text encoding, exit 2', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const run = await lint(tree({ 'binary.txt': bytes }), ['binary.txt', 'good.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法读取 binary.txt：文件不是可识别的文本编码（支持 UTF-8、UTF-16、GB18030/GBK）');
    expectGoodLinted(run.byPath);
  });

  it('invalid UTF-8 (and not GB18030 either): exit 2', async () => {
    const bytes = Buffer.concat([Buffer.from('一、总体情况\n', 'utf8'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from('报告\n', 'utf8')]);
    const run = await lint(tree({ 'invalid.txt': bytes }), ['invalid.txt', 'good.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法读取 invalid.txt：文件不是可识别的文本编码');
    expectGoodLinted(run.byPath);
  });

  it('GBK without a byte-order mark: decoded and linted like UTF-8', async () => {
    const run = await lint(tree({ 'gbk.txt': encodeGbk(BAD) }), ['gbk.txt', 'good.txt']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.byPath.get('gbk.txt')?.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['7:25', '7:33']);
    expectGoodLinted(run.byPath);
  });

  it('a 50 MB file: skipped at once over the 10 MB default of --max-file-size, exit 2', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, Buffer.from('一、总体情况 本年度共公开信息 12 条。\n'));
    const started = performance.now();
    const run = await lint(tree({ 'big.txt': big }), ['big.txt', 'good.txt']);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('跳过 big.txt：文件大小 50.0 MB 超过上限 10.0 MB（可用 --max-file-size 调整，0 表示不限制）');
    expectGoodLinted(run.byPath);
  });

  it('--max-file-size takes KB/MB sizes and rejects bad values', async () => {
    const dir = tree({ 'small.txt': 'x'.repeat(3000) });
    expect(Buffer.byteLength(BAD)).toBeLessThan(2048);
    const limited = await lint(dir, ['--max-file-size', '2KB', 'small.txt', 'good.txt']);
    expect(limited.code).toBe(2);
    expect(limited.stderr).toContain('跳过 small.txt：文件大小 2.9 KB 超过上限 2.0 KB');
    expectGoodLinted(limited.byPath);
    const bad = await runCli(['--max-file-size', 'ten', 'good.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('无效的 --max-file-size 值：ten');
  });

  it('a single 5 MB line: linted in reasonable time without a crash', async () => {
    const line = BAD.replace(/\n/g, '\u3000');
    const text = line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line)));
    const started = performance.now();
    const run = await lint(tree({ 'line.txt': text }), ['line.txt', 'good.txt']);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(run.byPath.has('line.txt')).toBe(true);
    expectGoodLinted(run.byPath);
  }, 120_000);

  it('a directory symlink loop: the walk ends and each report is linted once', async () => {
    const dir = tree({ 'loop/a.txt': BAD });
    mkdirSync(join(dir, 'loop', 'sub'));
    symlinkSync('..', join(dir, 'loop', 'sub', 'up'));
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'again'));
    const run = await lint(dir, ['loop', 'good.txt']);
    expect(run.code).toBe(1);
    expect([...run.byPath.keys()].sort()).toEqual(['good.txt', join('loop', 'a.txt')]);
    expectGoodLinted(run.byPath);
  });

  it('a missing path: "找不到文件", exit 2', async () => {
    const run = await lint(tree({}), ['missing.txt', 'good.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('找不到文件：missing.txt');
    expectGoodLinted(run.byPath);
  });

  it('an unreadable file: "没有读取权限", exit 2', async () => {
    const run = await lint(tree({ 'locked.txt': BAD }), ['locked.txt', 'good.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法读取 locked.txt：没有读取权限');
    expectGoodLinted(run.byPath);
  });

  it('a malformed config: the files under it are not checked (said once), the others are, exit 2', async () => {
    const dir = tree({ 'broken/report-lint.config.json': '{ "rules": ', 'broken/c.txt': BAD, 'broken/d.txt': BAD });
    const run = await lint(dir, ['broken', 'good.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr.match(/配置文件 .*report-lint\.config\.json 有误：JSON 语法错误/g)).toHaveLength(1);
    expect(run.byPath.has(join('broken', 'c.txt'))).toBe(false);
    expectGoodLinted(run.byPath);
  });

  it('a malformed --config: the whole run stops with exit 2', async () => {
    const dir = tree({ 'bad.json': '{ "rules": [' });
    const run = await runCli(['--config', 'bad.json', 'good.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('有误');
    expect(run.stdout).toBe('');
  });
});
