/** Shared helpers for the CLI tests: temp dirs, sample reports, in-process runs and a GBK encoder. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { rules } from '../../rules/index.js';

/** A table 三 that balances (no findings). */
export const CLEAN = `三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |
二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
三、本年度办理结果 |
（一）予以公开 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |
（七）总计 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |
四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`;

/** The same table with two unbalanced columns: two application-balance errors at 7:25 and 7:33. */
export const BAD = `三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
三、本年度办理结果 |
（一）予以公开 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |
（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`;

/** A fresh temp directory with the given files (string or bytes); returns its path and a cleanup. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

type Files = Record<string, string | Uint8Array>;

/**
 * Temp directories for the tests of one file, each removed after the test
 * that made it (call at the top level of a test file). The function returned
 * makes one of `base` and `files` (a file of `files` wins) and returns its
 * path; `beforeRemove` runs on the path first (e.g. to make read-only files
 * writable again).
 */
export function tempTrees(base: Files = {}, beforeRemove?: (dir: string) => void): (files?: Files) => string {
  const made: ReturnType<typeof tempTree>[] = [];
  afterEach(() => {
    for (const t of made.splice(0)) {
      beforeRemove?.(t.dir);
      t.cleanup();
    }
  });
  return (files = {}) => {
    const t = tempTree({ ...base, ...files });
    made.push(t);
    return t.dir;
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(argv: string[], cwd: string, io: Partial<CliIO> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
    isTTY: false,
    env: {},
    ...io,
  });
  return { code, stdout, stderr };
}

let gbkTable: Map<string, number[]> | undefined;

/** Encodes text as GBK (double-byte GB18030 subset) by inverting Node's gbk TextDecoder. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // not a GBK code point
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`not encodable in GBK: ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** UTF-16 bytes with a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

/**
 * Config JSON that turns off every rule except the given settings, so the
 * tests see only application-balance even as rules are added to the registry.
 */
export function onlyRules(settings: Record<string, unknown> = { 'application-balance': 'error' }): string {
  const off = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off']));
  return JSON.stringify({ rules: { ...off, ...settings } });
}
